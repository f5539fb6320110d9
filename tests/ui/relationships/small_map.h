// Two small accounts for map tests: Nordic Test AB (Åsa in Sales at the top, Bo and Cecilia in
// Finance reporting to her) and Baltic Test AS (Dina in Operations, Egil in Finance; nobody in
// Sales). Our Anna covers Åsa and Dina and is on both account teams.
#pragma once

#include "ui_harness.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace kam::test {

inline Workspace small_map_workspace() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Anna Berg", "Account manager", ""}};
    Account a;
    a.id = "a1";
    a.name = "Nordic Test AB";
    a.team = {"p1"};
    a.contacts = {contact_at("c1", "Åsa Öberg", "Sales", 0, 0), contact_at("c2", "Bo Lind", "Finance", 220, 140),
                  contact_at("c3", "Cecilia Holm", "Finance", 440, 140)};
    a.links = {{"c2", "c1", LinkKind::ReportsTo, 1}, {"c3", "c1", LinkKind::ReportsTo, 1}};
    a.coverage = {{"p1", "c1", 3, ""}};
    Account b;
    b.id = "a2";
    b.name = "Baltic Test AS";
    b.team = {"p1"};
    b.contacts = {contact_at("c4", "Dina Ozola", "Operations", 0, 0), contact_at("c5", "Egil Berzins", "Finance", 220, 140)};
    b.coverage = {{"p1", "c4", 2, ""}};
    ws.accounts = {a, b};
    ws.next_id = 100;
    return ws;
}

// The map of Nordic Test AB open at 1280 x 800.
struct SmallMapUi : UiHarness {
    SmallMapUi() : UiHarness(small_map_workspace()) {
        app.selected_account = "a1";
        click("tab/map");
    }
    ImVec2 card(const std::string& id) const { return center("map/card/" + id); }
    // The rectangle of an exposed item as a box.
    ui::Box box(const std::string& name) const {
        const auto r = rect(name);
        return {ImVec2(r[0], r[1]), ImVec2(r[0] + r[2], r[1] + r[3])};
    }
};

}  // namespace kam::test

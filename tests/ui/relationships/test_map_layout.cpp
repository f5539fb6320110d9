// The relationship map's Arrange (org-chart layout, one undo step, keeping selected cards),
// its filter (cards left out drawn faint, a count, one-click clear, Enter flies to a match) and
// the highlighted coverage of one of our people, driven through the UI.
#include "ui_harness.h"

#include <catch2/catch.hpp>

#include <cmath>

using kam::test::contact_at;
using kam::test::UiHarness;
using namespace kam;

namespace {

// A client imported without positions: every card at 0,0 except Frida, placed by hand.
// Ebba is CEO; Bo (Finance) and Cia (IT) report to her; Dan and Eva to Cia.
// Our Anna covers Ebba and Dan, our Karl covers Bo.
Workspace org_workspace() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Anna Berg", "Account manager", ""}, {"p2", "Karl Ek", "Solution architect", ""}};
    Account a;
    a.id = "a1";
    a.name = "Nordic Test AB";
    a.team = {"p1", "p2"};
    a.contacts = {contact_at("c1", "Ebba Ström", "Board"), contact_at("c2", "Bo Lind", "Finance"),
                  contact_at("c3", "Cia Holm", "IT"),      contact_at("c4", "Dan Holm", "IT"),
                  contact_at("c5", "Eva Ek", "IT"),        contact_at("c6", "Frida Nord", "Sales")};
    a.contacts[5].x = 900;
    a.contacts[5].y = -400;
    a.links = {{"c2", "c1", LinkKind::ReportsTo, 1},
               {"c3", "c1", LinkKind::ReportsTo, 1},
               {"c4", "c3", LinkKind::ReportsTo, 1},
               {"c5", "c3", LinkKind::ReportsTo, 1},
               {"c2", "c4", LinkKind::Influence, 2}};
    a.coverage = {{"p1", "c1", 3, ""}, {"p1", "c4", 2, ""}, {"p2", "c2", 1, ""}};
    ws.accounts = {a};
    ws.next_id = 100;
    return ws;
}

struct OrgUi : UiHarness {
    OrgUi() : UiHarness(org_workspace()) {
        app.selected_account = "a1";
        click("tab/map");
    }
    const Account& account() const { return app.doc.ws().accounts[0]; }
    int index(const Id& id) const { return app.map.scene.find_contact(id); }
    const Contact& contact(const Id& id) const { return account().contacts[index(id)]; }
    bool faint(const Id& id) const { return app.map.focus.card_is_faint(index(id)); }
    // The scene's line of this kind between these two (for coverage: our person, their contact).
    bool faint_line(ui::LineKind kind, const Id& from, const Id& to) const {
        const auto& lines = app.map.scene.lines;
        for (size_t k = 0; k < lines.size(); k++)
            if (ui::line_key(account(), lines[k]) == ui::LineKey{kind, from, to}) return app.map.focus.line_is_faint(static_cast<int>(k));
        throw std::runtime_error("no such line");
    }
    void arrange(const char* how) {
        click("map/arrange");
        click(std::string("map/arrange/") + how);
    }
};

bool overlap(const Contact& a, const Contact& b) {
    return a.x < b.x + ui::kCardWidth && b.x < a.x + ui::kCardWidth && a.y < b.y + ui::kCardHeight && b.y < a.y + ui::kCardHeight;
}

void require_no_overlaps(const Account& a) {
    for (size_t i = 0; i < a.contacts.size(); i++)
        for (size_t j = i + 1; j < a.contacts.size(); j++) {
            INFO(a.contacts[i].id << " and " << a.contacts[j].id);
            REQUIRE_FALSE(overlap(a.contacts[i], a.contacts[j]));
        }
}

}  // namespace

TEST_CASE("Arrange lays the map out as an org chart in one undo step") {
    OrgUi ui;
    REQUIRE(ui.text("map/stacked") == "4 cards lie exactly on top of another (added without a position?): Arrange lays them out.");
    const std::vector<Contact> before = ui.account().contacts;
    const uint64_t revision = ui.app.doc.revision();
    ui.arrange("all");
    REQUIRE(ui.app.doc.revision() == revision + 1);
    REQUIRE(ui.app.doc.undo_label() == "Arrange as org chart");
    REQUIRE(ui.text("map/stacked").empty());
    require_no_overlaps(ui.account());
    // Every report sits below its manager.
    for (const Link& l : ui.account().links)
        if (l.kind == LinkKind::ReportsTo) REQUIRE(ui.contact(l.from).y >= ui.contact(l.to).y + ui::kCardHeight);
    // In place: the chart starts at the top-left of the cards it replaced.
    float min_x = 1e9f, min_y = 1e9f;
    for (const Contact& c : ui.account().contacts) min_x = std::min(min_x, c.x), min_y = std::min(min_y, c.y);
    REQUIRE(min_x == 0);
    REQUIRE(min_y == -400);
    // The whole chart is in view afterwards.
    for (const Contact& c : ui.account().contacts) REQUIRE(ui.has_item("map/card/" + c.id));

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.account().contacts == before);
    REQUIRE_FALSE(ui.app.doc.can_undo());

    // Arranging an arranged map changes nothing, and says so.
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl | ImGuiMod_Shift);
    const uint64_t arranged = ui.app.doc.revision();
    ui.arrange("all");
    REQUIRE(ui.app.doc.revision() == arranged);
    REQUIRE(ui.app.notice.text == "The map is arranged as an org chart already.");
}

TEST_CASE("Arrange can keep the selected cards where they are") {
    OrgUi ui;
    const uint64_t revision = ui.app.doc.revision();
    ui.click("map/arrange");   // nothing selected: the choice is there but off
    ui.click("map/arrange/keep");
    REQUIRE(ui.app.doc.revision() == revision);
    ui.press(ImGuiKey_Escape);
    REQUIRE_FALSE(ui.has_item("map/arrange/keep"));

    ui.click_at(ui.center("map/card/c6"));
    REQUIRE(ui.app.map.selection == std::set<Id>{"c6"});
    ui.arrange("keep");
    REQUIRE(ui.contact("c6").x == 900);
    REQUIRE(ui.contact("c6").y == -400);
    require_no_overlaps(ui.account());
    REQUIRE(ui.contact("c3").y >= ui.contact("c1").y + ui::kCardHeight);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.contact("c2").x == 0);
    REQUIRE_FALSE(ui.app.doc.can_undo());
}

TEST_CASE("the map filter draws the contacts it leaves out faint, counts the rest and clears in one click") {
    OrgUi ui;
    REQUIRE(ui.text("map/matching").empty());
    REQUIRE_FALSE(ui.app.map.focus.active);
    ui.app.map.filter.department = "IT";   // as the department combo sets it
    ui.frame();
    REQUIRE(ui.text("map/matching") == "3 of 6");
    for (const char* id : {"c3", "c4", "c5"}) REQUIRE_FALSE(ui.faint(id));
    for (const char* id : {"c1", "c2", "c6"}) REQUIRE(ui.faint(id));
    REQUIRE_FALSE(ui.faint_line(ui::LineKind::ReportsTo, "c4", "c3"));   // both ends stand out
    REQUIRE(ui.faint_line(ui::LineKind::ReportsTo, "c3", "c1"));         // one end faint
    REQUIRE(ui.faint_line(ui::LineKind::Coverage, "p1", "c1"));
    REQUIRE_FALSE(ui.faint_line(ui::LineKind::Coverage, "p1", "c4"));
    // Faint, not gone: every card is still on the map.
    for (const Contact& c : ui.account().contacts) REQUIRE(ui.has_item("map/card/" + c.id));

    // The name search narrows it further; Enter flies to the next match.
    ui.fill("map/filter/search", "Holm");
    REQUIRE(ui.text("map/matching") == "2 of 6");
    REQUIRE(ui.app.map.selection.size() == 1);
    REQUIRE((ui.app.map.selection.count("c3") || ui.app.map.selection.count("c4")));

    ui.click("map/filter/clear");
    REQUIRE(ui.app.map.filter == MapFilter{});
    REQUIRE(ui.text("map/matching").empty());
    REQUIRE_FALSE(ui.faint("c1"));
}

TEST_CASE("a click on one of our people highlights their coverage, and again or Escape ends it") {
    OrgUi ui;
    ui.click_at(ui.center("map/team/p1"));
    REQUIRE(ui.app.map.highlight == "p1");
    REQUIRE(ui.text("map/matching") == "2 of 6");
    REQUIRE_FALSE(ui.faint("c1"));
    REQUIRE_FALSE(ui.faint("c4"));
    REQUIRE(ui.faint("c2"));
    REQUIRE(ui.faint_line(ui::LineKind::Coverage, "p2", "c2"));
    REQUIRE_FALSE(ui.faint_line(ui::LineKind::Coverage, "p1", "c4"));
    REQUIRE(ui.app.map.focus.team_is_faint(1));
    REQUIRE_FALSE(ui.app.map.focus.team_is_faint(0));

    ui.frames(30);   // not a double-click
    ui.click_at(ui.center("map/team/p1"));
    REQUIRE(ui.app.map.highlight.empty());
    REQUIRE_FALSE(ui.app.map.focus.active);

    ui.frames(30);
    ui.click_at(ui.center("map/team/p2"));
    REQUIRE(ui.app.map.highlight == "p2");
    REQUIRE(ui.text("map/matching") == "1 of 6");
    ui.press(ImGuiKey_Escape);
    REQUIRE(ui.app.map.highlight.empty());

    // From the combo beside the filter, combined with the filter.
    ui.click("map/highlight");
    ui.click("map/highlight/p1");
    REQUIRE(ui.app.map.highlight == "p1");
    ui.app.map.filter.department = "IT";
    ui.frame();
    REQUIRE(ui.text("map/matching") == "1 of 6");   // Anna covers Ebba and Dan; only Dan is in IT

    // A drag that starts on a team card pans the map and changes no highlight.
    const ImVec2 from = ui.center("map/team/p2");
    const ImVec2 origin = ui.app.map.view.origin;
    ui.drag(from, ImVec2(from.x + 40, from.y + 20));
    REQUIRE(ui.app.map.highlight == "p1");
    REQUIRE(ui.app.map.view.origin.x == Approx(origin.x + 40).margin(1));
}

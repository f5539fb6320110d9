// Snapshots in the app: one is taken by name in one step (undoable), compared with now its changes
// are listed and marked on the map (changed cards, gone contacts as ghosts), a change opens what it
// names, and deleting one is undoable too.
#include "core/snapshot_diff.h"
#include "core/sample_workspace.h"
#include "ui_harness.h"

#include <catch2/catch.hpp>

using namespace kam;
using kam::test::UiHarness;

namespace {

// The app on the sample workspace on 2026-12-01, its first account selected.
struct SampleApp : UiHarness {
    SampleApp() : UiHarness(make_sample_workspace()) {
        app.host.today = [] { return std::string("2026-12-01"); };
        app.scale_hint_answered = true;
        app.selected_account = app.doc.ws().accounts[0].id;
        frames(2);
    }
    // Workshop > Take a snapshot now, then that snapshot compared with now in the Snapshots window.
    void snapshot_and_compare_with_now() {
        click("menu/workshop");
        click("menu/workshop/take_snapshot");
        REQUIRE(app.doc.ws().snapshots.size() == 1);
        app.workshop.snapshots_open = true;
        frames(2);
        click("snapshots/Snapshot of 2026-12-01/compare");
        frames(2);
    }
};

}  // namespace

TEST_CASE("take a snapshot, change the map, compare: the changes are listed and marked on the map", "[workshop][snapshot]") {
    SampleApp ui;
    const Account& first = ui.app.doc.ws().accounts[0];
    ui.click("menu/workshop");
    ui.click("menu/workshop/snapshots");
    REQUIRE(ui.has_item("snapshots/window"));
    ui.fill("snapshots/name", "Q3 workshop");   // Enter takes it
    REQUIRE(ui.app.doc.ws().snapshots.size() == 1);
    CHECK(ui.app.doc.ws().snapshots[0].name == "Q3 workshop");
    CHECK(ui.app.doc.ws().snapshots[0].taken == "2026-12-01");
    CHECK(ui.app.doc.undo_label() == "Take snapshot \"Q3 workshop\"");
    CHECK(ui.text("snapshots/cost").find("1 snapshot takes") == 0);

    // The team changes an attitude and drops a coverage, and a contact leaves.
    Account a = first;
    const Contact changed = a.contacts[0], gone = a.contacts.back();
    a.contacts[0].attitude = changed.attitude == 2 ? 1 : changed.attitude + 1;
    REQUIRE(!a.coverage.empty());
    const Coverage dropped = a.coverage[0];
    a.coverage.erase(a.coverage.begin());
    a.contacts.pop_back();
    std::erase_if(a.links, [&](const Link& l) { return l.from == gone.id || l.to == gone.id; });
    std::erase_if(a.coverage, [&](const Coverage& c) { return c.contact == gone.id; });
    ui.app.doc.set_account(a, "Edit the map");

    ui.click("snapshots/Q3 workshop/compare");
    ui.frames(2);
    const std::string listed = ui.text("snapshots/changes");
    INFO(listed);
    CHECK(listed.find("attitude: " + changed.name + ": attitude ") != std::string::npos);
    CHECK(listed.find("coverage-lost: ") != std::string::npos);
    CHECK(listed.find(" no longer covers ") != std::string::npos);
    CHECK(listed.find("contact-gone: " + gone.name + " gone") != std::string::npos);
    CHECK(ui.text("snapshots/summary").find(" in 1 account.") != std::string::npos);

    // On the map: the changed card marked, the gone contact a ghost where it was.
    ui.app.workshop.snapshots_open = false;
    ui.click("tab/map");
    ui.frames(3);
    CHECK(ui.text("map/changes_since") == "Q3 workshop");
    const std::string marked = ui.text("map/changed");
    CHECK(marked.find(changed.id) != std::string::npos);
    CHECK(marked.find(dropped.contact) != std::string::npos);
    CHECK(ui.has_item("map/ghost/" + gone.id));

    // Another account has none of the marks.
    ui.app.selected_account = ui.app.doc.ws().accounts[1].id;
    ui.frames(3);
    CHECK(ui.text("map/changed").empty());
    CHECK(!ui.has_item("map/ghost/" + gone.id));

    // A change opens what it names: the second (after the gone contact) is the attitude, on the
    // first account's map.
    ui.app.workshop.snapshots_open = true;
    ui.frames(2);
    ui.click("snapshots/change/1");
    ui.frames(3);
    CHECK(ui.app.selected_account == first.id);
    CHECK(ui.app.current_tab == "Map");
    CHECK(ui.text("map/selection") == changed.id);

    // Deleted, the comparison ends; undo brings the snapshot back.
    ui.app.workshop.snapshots_open = true;
    ui.frames(2);
    ui.click("snapshots/Q3 workshop/delete");
    ui.frames(2);
    CHECK(ui.app.doc.ws().snapshots.empty());
    CHECK(ui.app.map.changes.since.empty());
    ui.app.doc.undo();
    ui.frames(2);
    CHECK(ui.app.doc.ws().snapshots.size() == 1);
}

TEST_CASE("two snapshots compare with each other, and a snapshot of an unchanged workspace shows nothing changed", "[workshop][snapshot]") {
    SampleApp ui;
    ui.snapshot_and_compare_with_now();
    CHECK(ui.app.doc.ws().snapshots[0].name == "Snapshot of 2026-12-01");
    CHECK(ui.text("snapshots/summary") == "Nothing changed.");

    Account a = ui.app.doc.ws().accounts[0];
    a.stage = a.stage == Stage::Review ? Stage::Delivery : Stage::Review;
    ui.app.doc.set_account(a, "Change stage");
    ui.app.workshop.snapshot_name = "After";
    ui.click("snapshots/take");
    REQUIRE(ui.app.doc.ws().snapshots.size() == 2);
    ui.app.workshop.compare_to = ui.app.doc.ws().snapshots[1].id;   // the first against the second
    ui.frames(2);
    CHECK(ui.text("snapshots/changes").find("stage: Stage ") != std::string::npos);
    CHECK(ui.app.map.changes.since.empty());   // the map shows now: no marks for two snapshots
}

TEST_CASE("compared with now, edits are listed as they are made, and undone they go", "[workshop][snapshot]") {
    SampleApp ui;
    ui.snapshot_and_compare_with_now();
    REQUIRE(ui.text("snapshots/summary") == "Nothing changed.");
    // What the window lists is what a whole comparison gives.
    auto listed_as_whole = [&] {
        const Workspace& ws = ui.app.doc.ws();
        const std::vector<Change> whole = compare_sides(side_of(ws.snapshots[0]), side_of(ws, "2026-12-01"));
        REQUIRE(ui.app.workshop.changes.size() == whole.size());
        for (size_t i = 0; i < whole.size(); i++) CHECK(ui.app.workshop.changes[i].text == whole[i].text);
    };
    auto set_stage = [&](size_t index) {
        Account a = ui.app.doc.ws().accounts[index];
        a.stage = a.stage == Stage::Review ? Stage::Delivery : Stage::Review;
        ui.app.doc.set_account(a, "Change stage");
        ui.frames(2);
    };
    set_stage(2);
    CHECK(ui.text("snapshots/summary") == "1 change in 1 account.");
    set_stage(1);
    CHECK(ui.text("snapshots/summary") == "2 changes in 2 accounts.");
    listed_as_whole();
    REQUIRE(ui.app.doc.undo());
    ui.frames(2);
    CHECK(ui.text("snapshots/summary") == "1 change in 1 account.");
    listed_as_whole();
    // A new tier threshold moves accounts nobody edited: the comparison is made whole again.
    TierScheme scheme = ui.app.doc.ws().tier_scheme;
    scheme.tiers[0].min_score -= 30;
    ui.app.doc.set_tier_scheme(scheme, "Lower the top tier");
    ui.frames(2);
    listed_as_whole();
    CHECK(ui.text("snapshots/changes").find("tier: ") != std::string::npos);
}

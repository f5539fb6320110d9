// What changed between a snapshot and now: every kind of change, each naming its account (and
// contact), and nothing at all for a workspace compared with itself.
#include "core/snapshot_diff.h"

#include "core/card_look.h"
#include "core/sample_workspace.h"
#include "core/workshop/snapshots.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kam;

namespace {

const std::string kToday = "2026-12-01";

// The changes of one kind, as their texts.
std::vector<std::string> texts_of(const std::vector<Change>& changes, ChangeKind kind) {
    std::vector<std::string> out;
    for (const Change& c : changes)
        if (c.kind == kind) out.push_back(c.text);
    return out;
}

std::vector<Change> since_snapshot(const Workspace& ws) { return compare_sides(side_of(ws.snapshots.back()), side_of(ws, kToday)); }

Workspace sample_with_snapshot() {
    Workspace ws = make_sample_workspace();
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    return ws;
}

}  // namespace

TEST_CASE("a workspace compared with a snapshot of itself has no changes", "[snapshot]") {
    const Workspace ws = sample_with_snapshot();
    CHECK(since_snapshot(ws).empty());
    CHECK(compare_sides(side_of(ws, kToday), side_of(ws, kToday)).empty());
    CHECK(compare_sides(side_of(ws.snapshots[0]), side_of(ws.snapshots[0])).empty());
}

TEST_CASE("every kind of change on a map is listed with its account and contact", "[snapshot]") {
    Workspace ws = sample_with_snapshot();
    Account& a = ws.accounts[0];
    Contact& first = a.contacts[0];
    const int attitude = first.attitude;
    first.attitude = attitude == 2 ? 1 : attitude + 1;
    first.power = (first.power + 1) % 6;
    first.role = first.role == BuyingRole::Coach ? BuyingRole::User : BuyingRole::Coach;
    Contact added;
    added.id = ws.new_id('c'), added.name = "Nina Holm", added.title = "CFO";
    a.contacts.push_back(added);
    const Contact gone = a.contacts[1];
    a.contacts.erase(a.contacts.begin() + 1);
    std::erase_if(a.links, [&](const Link& l) { return l.from == gone.id || l.to == gone.id; });
    std::erase_if(a.coverage, [&](const Coverage& c) { return c.contact == gone.id; });
    a.links.push_back({added.id, first.id, LinkKind::ReportsTo, 1});
    a.coverage.push_back({ws.team[0].id, added.id, 3, ""});

    const std::vector<Change> changes = since_snapshot(ws);
    for (const Change& c : changes) CHECK(c.account == a.id);
    const auto attitude_changes = texts_of(changes, ChangeKind::AttitudeChanged);
    REQUIRE(attitude_changes.size() == 1);
    CHECK(attitude_changes[0] == first.name + ": attitude " + attitude_name(attitude) + " -> " + attitude_name(first.attitude));
    CHECK(texts_of(changes, ChangeKind::PowerChanged).size() == 1);
    CHECK(texts_of(changes, ChangeKind::RoleChanged).size() == 1);
    CHECK(texts_of(changes, ChangeKind::ContactAdded) == std::vector<std::string>{"Nina Holm added (CFO)"});
    CHECK(texts_of(changes, ChangeKind::ContactGone) == std::vector<std::string>{gone.name + " gone"});
    CHECK(texts_of(changes, ChangeKind::LineAdded) == std::vector<std::string>{"New line: Nina Holm reports to " + first.name});
    CHECK(!texts_of(changes, ChangeKind::LineRemoved).empty());
    CHECK(texts_of(changes, ChangeKind::CoverageGained) == std::vector<std::string>{ws.team[0].name + " now covers Nina Holm (strength 3)"});
    // The changes of an account come in kind order; the map marks the contacts they name.
    CHECK(std::is_sorted(changes.begin(), changes.end(), [](const Change& x, const Change& y) { return x.kind < y.kind; }));
    const MapChanges marks = map_changes(changes, side_of(ws.snapshots.back()), a.id);
    CHECK(std::count(marks.changed.begin(), marks.changed.end(), first.id) == 1);
    CHECK(std::count(marks.changed.begin(), marks.changed.end(), added.id) == 1);
    REQUIRE(marks.gone.size() == 1);
    CHECK(marks.gone[0]->id == gone.id);
    CHECK(marks.gone[0]->x == gone.x);
    CHECK(map_changes(changes, side_of(ws.snapshots.back()), ws.accounts[1].id).changed.empty());
}

TEST_CASE("tier, score, stage, level, objectives and forecasts changed are listed", "[snapshot]") {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Åsa"}};
    Account a;
    a.id = ws.new_id('a'), a.name = "Nordhavn";
    for (const Criterion& c : ws.criteria) a.scores[c.id] = 6;   // 60: Silver
    Objective won, late;
    won.id = "o1", won.text = "Win the Oslo plant", won.due = "2027-06-30";
    late.id = "o2", late.text = "Agree the frame contract", late.due = "2026-11-01";
    a.plan.objectives = {won, late};
    a.months = {{"2027-01", 100000.0, std::nullopt}, {"2027-02", 100000.0, std::nullopt}};
    Account b;
    b.id = ws.new_id('a'), b.name = "Calm AB";
    ws.accounts = {a, b};
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");

    Account& now = ws.accounts[0];
    for (const Criterion& c : ws.criteria) now.scores[c.id] = 8;   // 80: Gold
    now.stage = Stage::Negotiation;
    now.partnership = PartnershipLevel::Cooperative;
    now.plan.objectives[0].status = ObjectiveStatus::Achieved;
    now.months[1].forecast = 120000.0;
    Account added;
    added.id = ws.new_id('a'), added.name = "New Co";
    ws.accounts.erase(ws.accounts.begin() + 1);   // Calm AB gone
    ws.accounts.push_back(added);

    const std::vector<Change> changes = since_snapshot(ws);
    CHECK(texts_of(changes, ChangeKind::TierChanged) == std::vector<std::string>{"Tier Silver -> Gold (score 60 -> 80)"});
    CHECK(texts_of(changes, ChangeKind::StageChanged) == std::vector<std::string>{"Stage Pre-sales -> Contract negotiation"});
    CHECK(texts_of(changes, ChangeKind::LevelChanged) == std::vector<std::string>{"Relationship level Exploratory -> Cooperative"});
    CHECK(texts_of(changes, ChangeKind::ObjectiveAchieved) == std::vector<std::string>{"Objective achieved: Win the Oslo plant"});
    // Due on 1 November: not overdue when the snapshot was taken, overdue now.
    CHECK(texts_of(changes, ChangeKind::ObjectiveOverdue) == std::vector<std::string>{"Objective overdue since 2026-11-01: Agree the frame contract"});
    CHECK(texts_of(changes, ChangeKind::ForecastChanged) == std::vector<std::string>{"Forecast changed for 1 month: 2027-02 100k -> 120k"});
    CHECK(texts_of(changes, ChangeKind::AccountAdded) == std::vector<std::string>{"New account: New Co"});
    CHECK(texts_of(changes, ChangeKind::AccountGone) == std::vector<std::string>{"Account gone: Calm AB"});
    CHECK(changes.back().kind == ChangeKind::AccountGone);   // gone accounts last

    // A small move within the tier is a score change; a new tier threshold moves an unchanged account.
    for (const Criterion& c : ws.criteria) now.scores[c.id] = 6.5;
    CHECK(texts_of(since_snapshot(ws), ChangeKind::ScoreChanged) == std::vector<std::string>{"Score 60 -> 65"});
    ws.accounts[0] = *ws.snapshots[0].accounts[0];
    ws.tier_scheme.tiers[1].min_score = 65;
    CHECK(texts_of(since_snapshot(ws), ChangeKind::TierChanged) == std::vector<std::string>{"Tier Silver -> Bronze (score 60 -> 60)"});
}

TEST_CASE("snapshots share the accounts unchanged since the one before, and can be deleted", "[snapshot]") {
    Workspace ws = sample_with_snapshot();
    ws.accounts[0].name += " (renamed)";
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "", "2026-12-01");
    REQUIRE(ws.snapshots.size() == 2);
    const Snapshot &q3 = ws.snapshots[0], &now = ws.snapshots[1];
    CHECK(now.name == "Snapshot of 2026-12-01");
    CHECK(now.accounts[0] != q3.accounts[0]);
    for (size_t i = 1; i < now.accounts.size(); i++) CHECK(now.accounts[i] == q3.accounts[i]);   // the same copy
    const std::vector<Change> renamed = compare_sides(side_of(q3), side_of(now));
    REQUIRE(renamed.size() == 1);
    CHECK(renamed[0].kind == ChangeKind::AccountRenamed);
    CHECK(renamed[0].text == "Account renamed " + q3.accounts[0]->name + " -> " + now.accounts[0]->name);
    CHECK(find_snapshot(ws, q3.id) == &q3);
    const Id gone = q3.id;
    ws.snapshots = without_snapshot(ws, gone);
    CHECK(ws.snapshots.size() == 1);
    CHECK(find_snapshot(ws, gone) == nullptr);
}

TEST_CASE("a contact renamed is listed and marked on the map", "[snapshot]") {
    Workspace ws = sample_with_snapshot();
    Contact& c = ws.accounts[0].contacts[2];
    const std::string was = c.name;
    c.name = "Ida Lind";
    const std::vector<Change> changes = since_snapshot(ws);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == ChangeKind::ContactRenamed);
    CHECK(changes[0].text == "Renamed " + was + " -> Ida Lind");
    CHECK(changes[0].contact == c.id);
    CHECK(map_changes(changes, side_of(ws.snapshots[0]), ws.accounts[0].id).changed == std::vector<Id>{c.id});
}

// compare_again() after each of a series of edits gives what a whole new comparison gives.
TEST_CASE("comparing again only the accounts changed gives what comparing everything gives", "[snapshot]") {
    Workspace ws = sample_with_snapshot();
    const WorkspaceSide before = side_of(ws.snapshots[0]);
    std::vector<Change> changes = compare_sides(before, side_of(ws, kToday));
    auto edit = [&](auto&& change, std::unordered_set<Id> ids) {
        change();
        changes = compare_again(std::move(changes), before, side_of(ws, kToday), ids);
        const std::vector<Change> whole = compare_sides(before, side_of(ws, kToday));
        REQUIRE(changes.size() == whole.size());
        for (size_t i = 0; i < whole.size(); i++) {
            CHECK(changes[i].account == whole[i].account);
            CHECK(changes[i].text == whole[i].text);
        }
    };
    Contact& third = ws.accounts[2].contacts[0];
    edit([&] { third.attitude = (third.attitude + 3) % 5 - 2; }, {ws.accounts[2].id});
    edit([&] { ws.accounts[0].stage = Stage::Exploitation; }, {ws.accounts[0].id});
    REQUIRE_FALSE(changes.empty());
    const Id gone = ws.accounts[1].id;
    edit([&] { ws.accounts.erase(ws.accounts.begin() + 1); }, {gone});
    CHECK(changes.back().kind == ChangeKind::AccountGone);
    Account added;
    added.id = ws.new_id('a'), added.name = "New Co";
    edit([&] { ws.accounts.insert(ws.accounts.begin(), added); }, {added.id});
    CHECK(changes.front().kind == ChangeKind::AccountAdded);
    edit([&] { ws.accounts.erase(ws.accounts.begin()); }, {added.id});   // added, then deleted: nothing
    edit([&] { ws.accounts[1].contacts[0].attitude = ws.snapshots[0].accounts[2]->contacts[0].attitude; }, {ws.accounts[1].id});   // back as it was
    edit([] {}, {});
}

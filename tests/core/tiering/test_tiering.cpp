// Tests of account selection and tiering (core/tiering/tiering.h): totals, missing scores, tiers and overrides,
// ranks, why-this-tier, what-if, presets and the edits that are refused.
#include "core/document.h"
#include "core/io/json_io.h"
#include "core/sample_workspace.h"
#include "core/tiering/tiering.h"
#include "core/io/validate.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace kam;

namespace {

// Three criteria (weights 2, 1, 1; the last on the relative-strength axis) and Gold 75 / Silver 50 / Bronze 20.
Workspace make_small() {
    Workspace ws;
    ws.criteria = {{"k1", "Revenue", "", 2, Axis::Attractiveness, "", "", ""},
                   {"k2", "Fit", "", 1, Axis::Attractiveness, "", "", ""},
                   {"k3", "Relationship", "", 1, Axis::RelativeStrength, "", "", ""}};
    ws.tier_scheme.tiers = {{"Gold", 0xFFFFFFFF, 75}, {"Silver", 0xFFFFFFFF, 50}, {"Bronze", 0xFFFFFFFF, 20}};
    return ws;
}

Account scored(const std::string& id, std::map<Id, double> scores) {
    Account a;
    a.id = id;
    a.name = "Account " + id;
    a.scores = std::move(scores);
    return a;
}

AccountScore score_of(const Workspace& ws, const Account& a) {
    return Scorer(ws.criteria, ws.tier_scheme.missing).score(a);
}

}  // namespace

TEST_CASE("weights become shares of 100%") {
    Workspace ws = make_small();
    CHECK(weight_shares(ws.criteria) == std::vector<double>{0.5, 0.25, 0.25});
    for (Criterion& c : ws.criteria) c.weight = 0;
    CHECK(weight_shares(ws.criteria) == std::vector<double>{0, 0, 0});
}

TEST_CASE("the weighted total runs from 0 to 100 over the criteria scales") {
    const Workspace ws = make_small();
    CHECK(score_of(ws, scored("a1", {{"k1", 10}, {"k2", 10}, {"k3", 10}})).total == 100);
    CHECK(score_of(ws, scored("a1", {{"k1", 0}, {"k2", 0}, {"k3", 0}})).total == 0);
    // (2*8 + 1*6 + 1*4) / 4 = 6.5 -> 65; attractiveness (2*8 + 6) / 3 -> 73.3; strength 40.
    const AccountScore s = score_of(ws, scored("a1", {{"k1", 8}, {"k2", 6}, {"k3", 4}}));
    CHECK(s.has_total);
    CHECK(s.total == Approx(65));
    CHECK(s.attractiveness == Approx(220.0 / 3));
    CHECK(s.strength == Approx(40));
    CHECK(s.missing == 0);
}

TEST_CASE("missing scores are left out, counted as zero, or leave no total, as the user chooses") {
    Workspace ws = make_small();
    const Account a = scored("a1", {{"k1", 8}, {"k3", 4}});   // no score for k2

    ws.tier_scheme.missing = MissingScores::Exclude;
    AccountScore s = score_of(ws, a);
    CHECK(s.missing == 1);
    CHECK(s.total == Approx((2 * 8 + 4) / 3.0 * 10));
    CHECK(s.attractiveness == Approx(80));   // only k1 scored on that axis

    ws.tier_scheme.missing = MissingScores::CountAsZero;
    s = score_of(ws, a);
    CHECK(s.missing == 1);
    CHECK(s.total == Approx((2 * 8 + 4) / 4.0 * 10));
    CHECK(s.attractiveness == Approx(16 / 3.0 * 10));

    ws.tier_scheme.missing = MissingScores::NoTotal;
    s = score_of(ws, a);
    CHECK(s.missing == 1);
    CHECK_FALSE(s.has_total);
    CHECK_FALSE(s.has_attractiveness);
    CHECK(s.has_strength);   // its one criterion is scored

    // Nothing scored: no total even when missing scores are left out.
    ws.tier_scheme.missing = MissingScores::Exclude;
    CHECK_FALSE(score_of(ws, scored("a2", {})).has_total);
    CHECK(score_of(ws, scored("a2", {})).missing == 3);

    // A criterion without weight is never missed.
    ws.criteria[1].weight = 0;
    ws.tier_scheme.missing = MissingScores::NoTotal;
    CHECK(score_of(ws, a).has_total);
    CHECK(score_of(ws, a).missing == 0);
}

TEST_CASE("tiers by threshold, below every threshold no tier, overrides win") {
    Workspace ws = make_small();
    CHECK(tier_for_total(ws.tier_scheme, 75) == 0);
    CHECK(tier_for_total(ws.tier_scheme, 74.99) == 1);
    CHECK(tier_for_total(ws.tier_scheme, 20) == 2);
    CHECK(tier_for_total(ws.tier_scheme, 19.9) == -1);

    Account a = scored("a1", {{"k1", 3}, {"k2", 3}, {"k3", 3}});   // 30: Bronze
    AccountTier t = tier_of(ws.tier_scheme, score_of(ws, a), a);
    CHECK(t.computed == 2);
    CHECK(t.effective == 2);
    CHECK_FALSE(t.overridden);

    a.tier_override = TierOverride{"Gold", "Reference customer"};
    t = tier_of(ws.tier_scheme, score_of(ws, a), a);
    CHECK(t.computed == 2);
    CHECK(t.effective == 0);
    CHECK(t.overridden);

    // An override lifts an account without a total too.
    t = tier_of(ws.tier_scheme, AccountScore{}, a);
    CHECK(t.computed == -1);
    CHECK(t.effective == 0);
}

TEST_CASE("ranking: best first, equal totals in document order, no total last, counts and capacity") {
    Workspace ws = make_small();
    ws.accounts = {scored("a1", {{"k1", 5}, {"k2", 5}, {"k3", 5}}),    // 50
                   scored("a2", {}),                                   // no total
                   scored("a3", {{"k1", 9}, {"k2", 9}, {"k3", 9}}),    // 90
                   scored("a4", {{"k1", 5}, {"k2", 5}, {"k3", 5}}),    // 50, tied with a1
                   scored("a5", {{"k1", 8}, {"k2", 8}, {"k3", 8}})};   // 80
    const Scoring s = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    CHECK(s.ranking == std::vector<int>{2, 4, 0, 3, 1});
    CHECK(s.rank == std::vector<int>{3, 0, 1, 4, 2});
    CHECK(s.tier_counts == std::vector<int>{2, 2, 0});
    CHECK(s.untiered == 1);

    ws.tier_scheme.top_tier_capacity = 1;
    CHECK(top_tier_excess(ws.tier_scheme, s) == 1);
    ws.tier_scheme.top_tier_capacity = 2;
    CHECK(top_tier_excess(ws.tier_scheme, s) == 0);
    ws.tier_scheme.top_tier_capacity = 0;   // no limit
    CHECK(top_tier_excess(ws.tier_scheme, s) == 0);

    // Retiering under new thresholds keeps the totals.
    TierScheme lower = ws.tier_scheme;
    lower.tiers[0].min_score = 50;
    lower.tiers[1].min_score = 30;
    Scoring again = s;
    retier(again, lower, ws.accounts);
    CHECK(again.tier_counts == std::vector<int>{4, 0, 0});
    CHECK(again.scores[0].total == s.scores[0].total);
}

TEST_CASE("why this tier: contributions add up to the total, distances and the scores that would move it") {
    Workspace ws = make_small();
    const Account a = scored("a1", {{"k1", 6}, {"k2", 6}, {"k3", 6}});   // 60: Silver
    const TierExplanation e = explain_tier(ws.criteria, ws.tier_scheme, a);
    REQUIRE(e.contributions.size() == 3);
    CHECK(e.contributions[0].points == Approx(30));
    CHECK(e.contributions[0].share == Approx(0.5));
    double sum = 0;
    for (const Contribution& c : e.contributions) sum += c.points;
    CHECK(sum == Approx(e.score.total));
    CHECK(e.tier.computed == 1);
    CHECK(*e.points_to_tier_up == Approx(15));
    CHECK(*e.points_above_floor == Approx(10));

    // Up to Gold (75) on k1 alone: 2*s + 12 >= 30 -> s = 9. On k2 or k3 alone it cannot reach Gold.
    REQUIRE(e.moves_up.size() == 1);
    CHECK(e.moves_up[0].criterion == 0);
    CHECK(e.moves_up[0].to == Approx(9));
    CHECK(e.moves_up[0].tier == 0);
    // Down below 50 on k1: 2*s + 12 < 20 -> s = 3.9; on k2 or k3: s + 18 < 20 -> 1.9.
    REQUIRE(e.moves_down.size() == 3);
    CHECK(e.moves_down[0].to == Approx(3.9));
    CHECK(e.moves_down[1].to == Approx(1.9));
    CHECK(e.moves_down[2].to == Approx(1.9));
    CHECK(e.moves_down[0].tier == 2);

    // The moves hold when rescored.
    Account moved = a;
    moved.scores["k1"] = e.moves_up[0].to;
    CHECK(tier_for_total(ws.tier_scheme, score_of(ws, moved).total) == 0);
    moved.scores["k1"] = e.moves_up[0].to - 0.1;
    CHECK(tier_for_total(ws.tier_scheme, score_of(ws, moved).total) == 1);

    // The top tier has no tier up; the bottom tier with threshold 0 cannot fall out.
    ws.tier_scheme.tiers[2].min_score = 0;
    const TierExplanation top = explain_tier(ws.criteria, ws.tier_scheme, scored("a2", {{"k1", 10}, {"k2", 10}, {"k3", 10}}));
    CHECK_FALSE(top.points_to_tier_up);
    CHECK(top.moves_up.empty());
    const TierExplanation bottom = explain_tier(ws.criteria, ws.tier_scheme, scored("a3", {{"k1", 1}, {"k2", 1}, {"k3", 1}}));
    CHECK_FALSE(bottom.points_above_floor);
    CHECK(bottom.moves_down.empty());
}

TEST_CASE("why this tier with a missing score: scoring it is a move") {
    Workspace ws = make_small();
    ws.tier_scheme.missing = MissingScores::NoTotal;
    const TierExplanation e = explain_tier(ws.criteria, ws.tier_scheme, scored("a1", {{"k1", 9}, {"k2", 9}}));
    CHECK_FALSE(e.score.has_total);
    CHECK(e.tier.computed == -1);
    CHECK(e.contributions[2].score == std::nullopt);
    REQUIRE(e.moves_up.size() == 1);   // only scoring k3 gives a total
    CHECK(e.moves_up[0].criterion == 2);
    CHECK(e.moves_up[0].to == 0);      // (18 + 9 + 0) / 4 = 6.75: Silver
    CHECK(e.moves_up[0].tier == 1);
}

TEST_CASE("what-if: a heavier weight moves the sample's Castellana de Aguas up, and only tier changes are listed") {
    const Workspace ws = make_sample_workspace();
    const Scoring before = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    CHECK(diff_tiers(before, before).up.empty());

    std::vector<Criterion> heavier = ws.criteria;
    REQUIRE(heavier[0].name == "Revenue potential");
    heavier[0].weight = 100;
    const Scoring after = score_accounts(heavier, ws.tier_scheme, ws.accounts);
    const TierDiff d = diff_tiers(before, after);
    REQUIRE(d.up.size() == 1);
    CHECK(ws.accounts[d.up[0].account].name == "Castellana de Aguas");
    CHECK(d.up[0].from == 2);
    CHECK(d.up[0].to == 1);
    CHECK(d.down.empty());

    // A higher Silver threshold: every computed Silver below it drops; the overridden Gold stays.
    TierScheme stricter = ws.tier_scheme;
    stricter.tiers[1].min_score = 70;
    Scoring retiered = before;
    retier(retiered, stricter, ws.accounts);
    const TierDiff down = diff_tiers(before, retiered);
    CHECK(down.up.empty());
    REQUIRE(down.down.size() == 3);   // Aurelia 67.5, Vellmar 65, Bergström 64, in ranking order
    CHECK(ws.accounts[down.down[0].account].name == "Aurelia Foods");
    CHECK(ws.accounts[down.down[2].account].name == "Bergström Papper");
}

TEST_CASE("portfolio quadrants and forecast totals") {
    CHECK(quadrant_of(80, 80) == Quadrant::Strategic);
    CHECK(quadrant_of(80, 20) == Quadrant::Star);
    CHECK(quadrant_of(20, 80) == Quadrant::Status);
    CHECK(quadrant_of(20, 20) == Quadrant::Streamline);
    CHECK(quadrant_of(50, 50) == Quadrant::Strategic);
    Account a;
    a.months = {{"2026-01", 10.0, 3.0}, {"2026-02", std::nullopt, 4.0}, {"2026-03", 2.5, std::nullopt}};
    CHECK(forecast_total(a) == 12.5);
}

TEST_CASE("every tier preset is a valid scheme") {
    const Workspace ws = make_small();
    REQUIRE(tier_presets().size() == 3);
    for (const TierPreset& preset : tier_presets()) {
        TierScheme scheme = ws.tier_scheme;
        scheme.tiers = preset.tiers;
        CHECK(plan_selection_edit(ws, ws.criteria, scheme).ok());
    }
    CHECK(tier_presets()[2].tiers.size() == 4);
}

TEST_CASE("bad criteria and tier schemes are refused with a clear message") {
    const Workspace ws = make_small();
    std::vector<Criterion> criteria = ws.criteria;
    criteria[1].weight = -1;
    SelectionEdit edit = plan_selection_edit(ws, criteria, ws.tier_scheme);
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].path == "/criteria/1/weight");
    CHECK(edit.problems[0].message == "expected a finite number >= 0, got -1");

    for (Criterion& c : criteria) c.weight = 0;
    edit = plan_selection_edit(ws, criteria, ws.tier_scheme);
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].message == "at least one criterion needs a weight above 0");

    TierScheme scheme = ws.tier_scheme;
    scheme.tiers[2].min_score = 60;
    edit = plan_selection_edit(ws, ws.criteria, scheme);
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].path == "/tier_scheme/tiers/2/min_score");
    CHECK(edit.problems[0].message == "expected below 50 (the tier above), got 60");

    scheme = ws.tier_scheme;
    scheme.tiers[0].min_score = 101;
    CHECK_FALSE(plan_selection_edit(ws, ws.criteria, scheme).ok());
}

TEST_CASE("removing a criterion drops its scores, renaming or removing a tier moves its overrides, one undo step") {
    Workspace ws = make_small();
    ws.accounts = {scored("a1", {{"k1", 5}, {"k2", 7}}), scored("a2", {{"k1", 5}}), scored("a3", {{"k2", 1}})};
    ws.accounts[1].tier_override = TierOverride{"Silver", "Growing fast"};
    Document doc(ws);

    std::vector<Criterion> criteria = {ws.criteria[0], ws.criteria[2]};   // without k2
    SelectionEdit edit = plan_selection_edit(doc.ws(), criteria, doc.ws().tier_scheme);
    REQUIRE(edit.ok());
    CHECK(edit.dropped_scores == 2);
    REQUIRE(edit.accounts.size() == 2);
    doc.set_selection(edit.criteria, edit.scheme, edit.accounts, "Remove criterion");
    CHECK(doc.ws().criteria.size() == 2);
    CHECK(doc.ws().accounts[0].scores == std::map<Id, double>{{"k1", 5}});
    CHECK(doc.ws().accounts[2].scores.empty());

    TierScheme renamed = doc.ws().tier_scheme;
    renamed.tiers[1].name = "Argent";
    edit = plan_selection_edit(doc.ws(), doc.ws().criteria, renamed);
    REQUIRE(edit.ok());
    CHECK(edit.moved_overrides == 1);
    doc.set_selection(edit.criteria, edit.scheme, edit.accounts, "Rename tier");
    CHECK(doc.ws().accounts[1].tier_override->tier == "Argent");
    CHECK(validate_workspace(doc.ws()).empty());

    TierScheme fewer = doc.ws().tier_scheme;
    fewer.tiers.erase(fewer.tiers.begin() + 1);   // Argent goes; Bronze takes its place
    edit = plan_selection_edit(doc.ws(), doc.ws().criteria, fewer);
    doc.set_selection(edit.criteria, edit.scheme, edit.accounts, "Remove tier");
    CHECK(doc.ws().accounts[1].tier_override->tier == "Bronze");

    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.ws() == ws);
    REQUIRE(doc.redo());
    CHECK(doc.ws().accounts[0].scores.size() == 1);
}

TEST_CASE("scores outside the scale and overrides without a reason or with an unknown tier are refused") {
    Workspace ws = make_small();
    ws.accounts = {scored("a1", {{"k1", 5}})};
    const Account& a = ws.accounts[0];

    AccountEdit edit = edit_score(ws, a, "k2", 7.5);
    REQUIRE(edit.ok());
    CHECK(edit.account.scores.at("k2") == 7.5);
    CHECK(edit_score(ws, a, "k1", std::nullopt).account.scores.empty());

    edit = edit_score(ws, a, "k1", 11);
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].message == "expected 0..10, got 11");
    CHECK_FALSE(edit_score(ws, a, "k1", -0.5).ok());
    CHECK_FALSE(edit_score(ws, a, "k1", std::nan("")).ok());
    CHECK_FALSE(edit_score(ws, a, "k9", 5).ok());   // no such criterion

    CHECK(edit_override(ws, a, TierOverride{"Gold", "Board decision"}).ok());
    edit = edit_override(ws, a, TierOverride{"Gold", ""});
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].message == "must not be empty (say why the tier is overridden)");
    CHECK_FALSE(edit_override(ws, a, TierOverride{"Platinum", "Why not"}).ok());
    CHECK(edit_override(ws, a, std::nullopt).ok());
}

TEST_CASE("the no-total rule for missing scores survives export and import") {
    Workspace ws = make_sample_workspace();
    ws.tier_scheme.missing = MissingScores::NoTotal;
    ReadResult read = read_workspace_json(write_workspace_json(ws));
    REQUIRE(read.ok());
    CHECK(read.workspace->tier_scheme.missing == MissingScores::NoTotal);
}

TEST_CASE("scoring from a table of scores gives the same as from the accounts, a stale table is not used") {
    const Workspace ws = make_sample_workspace();
    const ScoreTable table = make_score_table(ws.criteria, ws.accounts);
    CHECK(table.matches(ws.criteria));
    CHECK(table.row(0)[0] == 9);   // Nordhavn's revenue potential
    const Scoring direct = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);

    std::vector<Criterion> heavier = ws.criteria;
    heavier[0].weight = 100;   // the same ids: the table still serves
    CHECK(table.matches(heavier));
    const Scoring from_table = score_accounts(table, heavier, ws.tier_scheme, ws.accounts);
    const Scoring from_accounts = score_accounts(heavier, ws.tier_scheme, ws.accounts);
    CHECK(from_table.ranking == from_accounts.ranking);
    for (size_t i = 0; i < ws.accounts.size(); i++) CHECK(from_table.scores[i].total == from_accounts.scores[i].total);
    CHECK(from_table.scores[3].total != direct.scores[3].total);

    std::vector<Criterion> fewer(ws.criteria.begin() + 1, ws.criteria.end());   // other ids: the accounts are read again
    CHECK_FALSE(table.matches(fewer));
    const Scoring safe = score_accounts(table, fewer, ws.tier_scheme, ws.accounts);
    CHECK(safe.scores[0].total == score_accounts(fewer, ws.tier_scheme, ws.accounts).scores[0].total);
}

TEST_CASE("the accounts revision moves with account edits only") {
    Document doc(make_sample_workspace());
    const uint64_t start = doc.accounts_revision();
    std::vector<Criterion> criteria = doc.ws().criteria;
    criteria[0].weight = 30;
    doc.set_criteria(criteria, "Weight");
    doc.set_selection(criteria, doc.ws().tier_scheme, {}, "Weight");
    CHECK(doc.accounts_revision() == start);
    Account a = doc.ws().accounts[0];
    a.scores[criteria[0].id] = 1;
    doc.set_account(a, "Score");
    CHECK(doc.accounts_revision() > start);
    const uint64_t edited = doc.accounts_revision();
    doc.undo();
    CHECK(doc.accounts_revision() > edited);
}

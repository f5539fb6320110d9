#include "core/reviews/investigation.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {

// An account whose March actual is far below its forecast (flagged), with February on target.
Account account_off_in_march() {
    Account a;
    a.id = "a1";
    a.months = {{"2026-02", 100000.0, 101000.0}, {"2026-03", 120000.0, 45000.0}};
    return a;
}

const MonthRow& row_of(const FigureTable& t, const std::string& month) {
    for (const MonthRow& r : t.rows)
        if (r.month == month) return r;
    FAIL("no row " << month);
    return t.rows.front();
}

}  // namespace

TEST_CASE("a flagged month goes red, amber, green as it is investigated and its action done", "[reviews]") {
    Account a = account_off_in_march();
    FigureTable t = figure_table(a.months, "2026-03", 2);
    CHECK(follow_up(a, row_of(t, "2026-02")) == FollowUp::None);
    CHECK(follow_up(a, row_of(t, "2026-03")) == FollowUp::Open);
    CHECK(open_deviations(a, t).open == 1);

    set_investigation(a, {"2026-03", DeviationCause::LostBusiness, "Line 2 went to a rival", "p1"});
    CHECK(follow_up(a, row_of(t, "2026-03")) == FollowUp::Investigated);
    CHECK(open_deviations(a, t).open == 0);
    CHECK(open_deviations(a, t).investigated == 1);

    set_deviation_action(a, "2026-03", "Win line 2 back", "p1", "2026-04-30");
    REQUIRE(a.plan.actions.size() == 1);
    const Action& action = a.plan.actions[0];
    CHECK(action.deviation == "2026-03");
    CHECK(action.visibility == Visibility::Internal);   // our business, not the customer's
    CHECK(follow_up(a, row_of(t, "2026-03")) == FollowUp::Investigated);
    a.plan.actions[0].status = ActionStatus::Done;
    CHECK(follow_up(a, row_of(t, "2026-03")) == FollowUp::Resolved);

    set_deviation_action(a, "2026-03", "Win line 2 back by May", "p2", "2026-05-31");   // edits, not adds
    REQUIRE(a.plan.actions.size() == 1);
    CHECK(a.plan.actions[0].owner == "p2");
    CHECK(deviation_action(a.plan, "2026-03") == &a.plan.actions[0]);
}

TEST_CASE("investigations: one per month, in month order, and removing one keeps its action", "[reviews]") {
    Account a = account_off_in_march();
    set_investigation(a, {"2026-03", DeviationCause::Price});
    set_investigation(a, {"2026-01", DeviationCause::Timing});
    set_investigation(a, {"2026-03", DeviationCause::ForecastError, "Forecast double counted"});
    REQUIRE(a.investigations.size() == 2);
    CHECK(a.investigations[0].month == "2026-01");
    CHECK(a.investigations[1].cause == DeviationCause::ForecastError);
    CHECK(find_investigation(a, "2026-03")->explanation == "Forecast double counted");
    CHECK(find_investigation(a, "2026-02") == nullptr);

    set_deviation_action(a, "2026-03", "Fix the forecast sheet", "", "");
    remove_investigation(a, "2026-03");
    CHECK(find_investigation(a, "2026-03") == nullptr);
    REQUIRE(a.plan.actions.size() == 1);
    CHECK(a.plan.actions[0].deviation.empty());
    FigureTable t = figure_table(a.months, "2026-03", 1);
    CHECK(follow_up(a, t.rows[0]) == FollowUp::Open);
}

TEST_CASE("an investigated month keeps its record when its figures are corrected", "[reviews]") {
    Account a = account_off_in_march();
    set_investigation(a, {"2026-03", DeviationCause::Other, "Typo in the actual"});
    a.months[1].actual = 119000.0;   // no longer flagged
    FigureTable t = figure_table(a.months, "2026-03", 1);
    REQUIRE_FALSE(t.rows[0].flagged());
    CHECK(follow_up(a, t.rows[0]) == FollowUp::Investigated);
}

TEST_CASE("an account's own rules and currency, else the workspace's", "[reviews]") {
    Workspace ws;
    Account a;
    CHECK(&rules_of(ws, a) == &ws.review_defaults.deviation_rules);
    CHECK(currency_of(ws, a) == "EUR");
    a.currency = "SEK";
    a.deviation_rules = DeviationRules{5, 1000, 2, 20};
    CHECK(currency_of(ws, a) == "SEK");
    CHECK(rules_of(ws, a).amount == 1000);
}

#include "core/portfolio.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {

Workspace three_accounts() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Åsa"}};
    for (const char* name : {"Calm AB", "Late Ltd", "Falling GmbH"}) {
        Account a;
        a.id = ws.new_id('a');
        a.name = name;
        Review r;
        r.date = "2026-11-20", r.kind = ReviewKind::Executive;
        a.reviews = {r};
        r.date = "2026-10-01", r.kind = ReviewKind::Mentor;
        a.reviews.push_back(r);
        a.months = {{"2026-01", 100000.0, 101000.0}, {"2026-02", 100000.0, 99000.0}};
        ws.accounts.push_back(a);
    }
    // Late Ltd: its executive review last in September, and an action overdue since October.
    ws.accounts[1].reviews[0].date = "2026-09-15";
    Action late;
    late.text = "Send the offer", late.due = "2026-10-01";
    ws.accounts[1].plan.actions = {late};
    // Falling GmbH: February's actual far below its forecast, not investigated.
    ws.accounts[2].months[1].actual = 40000.0;
    ws.accounts[2].currency = "SEK";
    return ws;
}

}  // namespace

TEST_CASE("the portfolio puts what needs attention first, and totals the year to date", "[portfolio]") {
    const Workspace ws = three_accounts();
    const Scoring scoring = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    const Portfolio p = portfolio(ws, scoring, "2026-12-01");
    REQUIRE(p.rows.size() == 3);
    // Falling: one open deviation (4) and a year 30% under forecast (4); Late: one overdue review (3)
    // and one overdue action (1); Calm: nothing.
    CHECK(p.rows[0].account == 2);
    CHECK(p.rows[0].open_deviations == 1);
    CHECK(p.rows[0].attainment_percent == Approx(70.5));
    CHECK(p.rows[0].attention == 8);
    CHECK(p.rows[1].account == 1);
    CHECK(p.rows[1].overdue_reviews == 1);
    CHECK(p.rows[1].overdue_actions == 1);
    CHECK(p.rows[1].attention == 4);
    CHECK(p.rows[2].account == 0);
    CHECK(p.rows[2].attention == 0);
    CHECK(p.rows[2].ytd_forecast == 200000.0);
    CHECK(p.rows[2].ytd_actual == 200000.0);

    CHECK(p.totals.accounts == 3);
    CHECK(p.totals.ytd_forecast == 400000.0);   // Falling GmbH counts in SEK, apart
    CHECK(p.totals.other_currency == 1);
    CHECK(p.totals.open_deviations == 1);
    CHECK(p.totals.accounts_with_overdue_reviews == 1);
    CHECK(p.totals.overdue_actions == 1);
}

TEST_CASE("an investigated deviation weighs less than one nobody looked at", "[portfolio]") {
    Workspace ws = three_accounts();
    ws.accounts[2].investigations = {{"2026-02", DeviationCause::LostBusiness, "Lost line 2"}};
    const Portfolio p = portfolio(ws, score_accounts(ws.criteria, ws.tier_scheme, ws.accounts), "2026-12-01");
    const PortfolioRow& falling = *std::find_if(p.rows.begin(), p.rows.end(), [](const PortfolioRow& r) { return r.account == 2; });
    CHECK(falling.open_deviations == 0);
    CHECK(falling.open_investigations == 1);
    CHECK(falling.attention == 2 + 4);
    CHECK(p.totals.open_investigations == 1);
}

TEST_CASE("each row carries the account's health, its band and trend, and the totals count the healthy", "[portfolio][health]") {
    Workspace ws = three_accounts();
    ws.accounts[0].health_history = {{"2026-11", 60}};   // Calm AB was 60 last month
    const Portfolio p = portfolio(ws, score_accounts(ws.criteria, ws.tier_scheme, ws.accounts), "2026-12-01");
    const auto row = [&](int account) { return *std::find_if(p.rows.begin(), p.rows.end(), [&](const PortfolioRow& r) { return r.account == account; }); };
    // Calm: attainment 100 (weight 20), reviews 100 (10), plan 0 (10); no contacts or actions to judge.
    CHECK(row(0).health == 75);
    CHECK(row(0).band == HealthBand::Healthy);
    CHECK(row(0).health_trend == 1);
    // Late: attainment 100, an action 61 days overdue scores actions 0 (15), one review of two late
    // (50), and the action makes the plan's Actions section partial (0.5 of 6): 2583 / 55.
    CHECK(*row(1).health == 47);
    CHECK(row(1).band == HealthBand::Watch);
    CHECK(row(1).health_trend == 0);   // nothing kept before
    // Falling: 70.5% of forecast scores (70.5 - 50) * 2 = 41.
    CHECK(row(2).health == 46);
    CHECK(p.totals.with_health == 3);
    CHECK(p.totals.healthy == 1);
    // The row reads the reviews, the plan and the year to date once for itself and its score: the
    // same score as the account's own.
    for (int i = 0; i < 3; i++) CHECK(row(i).health == account_health(ws, ws.accounts[static_cast<size_t>(i)], "2026-12-01").score);
}

TEST_CASE("the portfolio's rows sort by a column either way, ties kept in attention order", "[portfolio]") {
    Workspace ws = three_accounts();
    ws.team.push_back({"p2", "bo"});
    ws.accounts[0].manager = "p2", ws.accounts[2].manager = "p1";   // Late Ltd has none
    ws.accounts[0].stage = Stage::Exploitation;
    const Scoring scoring = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    const std::vector<PortfolioRow> by_attention = portfolio(ws, scoring, "2026-12-01").rows;   // Falling, Late, Calm
    const auto order = [&](PortfolioColumn column, bool ascending, std::vector<PortfolioRow> rows) {
        sort_rows(rows, ws, column, ascending);
        std::string names;
        for (const PortfolioRow& r : rows) names += (names.empty() ? "" : ", ") + ws.accounts[static_cast<size_t>(r.account)].name;
        return names;
    };
    CHECK(order(PortfolioColumn::Attention, false, by_attention) == "Falling GmbH, Late Ltd, Calm AB");
    CHECK(order(PortfolioColumn::Attention, true, by_attention) == "Calm AB, Late Ltd, Falling GmbH");
    CHECK(order(PortfolioColumn::Account, true, by_attention) == "Calm AB, Falling GmbH, Late Ltd");
    CHECK(order(PortfolioColumn::Account, false, by_attention) == "Late Ltd, Falling GmbH, Calm AB");
    // Counts: the ties (zero) stay in attention order, whichever way.
    CHECK(order(PortfolioColumn::Deviations, false, by_attention) == "Falling GmbH, Late Ltd, Calm AB");
    CHECK(order(PortfolioColumn::Deviations, true, by_attention) == "Late Ltd, Calm AB, Falling GmbH");
    CHECK(order(PortfolioColumn::OverdueReviews, false, by_attention) == "Late Ltd, Falling GmbH, Calm AB");
    CHECK(order(PortfolioColumn::OverdueActions, true, by_attention) == "Falling GmbH, Calm AB, Late Ltd");
    CHECK(order(PortfolioColumn::Investigations, true, by_attention) == "Falling GmbH, Late Ltd, Calm AB");
    // The year by attainment: Falling at 70.5%, the two others at 100%.
    CHECK(order(PortfolioColumn::YearToDate, true, by_attention) == "Falling GmbH, Late Ltd, Calm AB");
    CHECK(order(PortfolioColumn::YearToDate, false, by_attention) == "Late Ltd, Calm AB, Falling GmbH");
    // Managers by name, none first (the bytes of "Å" come after ASCII).
    CHECK(order(PortfolioColumn::Manager, true, by_attention) == "Late Ltd, Calm AB, Falling GmbH");
    CHECK(order(PortfolioColumn::Manager, false, by_attention) == "Falling GmbH, Calm AB, Late Ltd");
    CHECK(order(PortfolioColumn::Stage, false, by_attention).starts_with("Calm AB"));
    CHECK(order(PortfolioColumn::Plan, true, by_attention) == "Falling GmbH, Late Ltd, Calm AB");

    // Tiers in the scheme's order, accounts in none last; a row without a forecast lowest of all years.
    std::vector<PortfolioRow> rows = by_attention;
    rows[0].tier = -1, rows[1].tier = 1, rows[2].tier = 0;
    CHECK(order(PortfolioColumn::Tier, true, rows) == "Calm AB, Late Ltd, Falling GmbH");
    CHECK(order(PortfolioColumn::Tier, false, rows) == "Falling GmbH, Late Ltd, Calm AB");
    rows[2].attainment_percent.reset();
    CHECK(order(PortfolioColumn::YearToDate, true, rows) == "Calm AB, Falling GmbH, Late Ltd");
}

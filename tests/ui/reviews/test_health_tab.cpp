// Account health in the UI: the Health tab shows core's score and each part's why; a weight edited
// there moves the score, a bad one is refused; the keeper keeps this month's score, which undo
// leaves; the dashboard shows the score with its trend and filters by band.
#include "ui_harness.h"

#include "core/account_health.h"
#include "core/sample_workspace.h"
#include "ui/health_keeper.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

namespace {

const std::string kToday = "2026-12-01";

std::string score_text(const Workspace& ws, const Account& a) {
    const AccountHealth h = account_health(ws, a, kToday);
    REQUIRE(h.score);
    return "Health " + std::to_string(*h.score) + " of 100: " + std::string(kHealthBandLabels[static_cast<size_t>(h.band)]);
}

}  // namespace

TEST_CASE("the Health tab shows the score and why, and edits the weights") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return kToday; };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/health");
    const auto account = [&]() -> const Account& { return ui.app.doc.ws().accounts[0]; };
    CHECK(ui.text("health/score") == score_text(ui.app.doc.ws(), account()));
    CHECK(ui.text("health/part/plan").find("plan sections complete") != std::string::npos);
    // The sample keeps its accounts' scores from June to November: Nordhavn was 71 in November.
    CHECK(ui.text("health/trend").ends_with("since the last month kept (71)"));

    ui.click("health/rules");
    ui.fill("health/weight/plan", "0");
    CHECK(ui.app.doc.ws().health_rules.weights[static_cast<size_t>(HealthPart::Plan)] == 0);
    CHECK(ui.text("health/part/plan").starts_with("not weighed"));
    CHECK(ui.text("health/score") == score_text(ui.app.doc.ws(), account()));

    const HealthRules before = ui.app.doc.ws().health_rules;
    ui.fill("health/watch", "95");   // above "healthy": refused, nothing changes
    CHECK(ui.app.doc.ws().health_rules == before);
    REQUIRE(ui.app.doc.undo());
    CHECK(ui.app.doc.ws().health_rules == HealthRules{});
}

TEST_CASE("an account with no month kept says so on the Health tab") {
    Workspace ws = make_sample_workspace();
    ws.accounts[0].health_history.clear();
    UiHarness ui(ws);
    ui.app.host.today = [] { return kToday; };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/health");
    CHECK(ui.text("health/trend") == "no earlier month kept yet");
}

TEST_CASE("the keeper keeps this month's score as it moves, and the dashboard shows score, trend and band") {
    Workspace ws = make_sample_workspace();
    ws.accounts[0].health_history = {{"2026-11", 5}};   // last month far lower: the trend is up
    UiHarness ui(ws);
    ui.app.host.today = [] { return kToday; };
    CHECK_FALSE(ui::keep_health_scores(ui.app, 10.0));  // all of them within the budget
    const auto account = [&](size_t i) -> const Account& { return ui.app.doc.ws().accounts[i]; };
    for (size_t i = 0; i < ui.app.doc.ws().accounts.size(); i++) {
        const std::optional<int> score = account_health(ui.app.doc.ws(), account(i), kToday).score;
        if (!score) continue;
        REQUIRE_FALSE(account(i).health_history.empty());
        CHECK(account(i).health_history.back() == HealthPoint{"2026-12", *score});
    }
    CHECK_FALSE(ui.app.doc.can_undo());                 // keeping is no edit
    const uint64_t revision = ui.app.doc.revision();
    ui::keep_health_scores(ui.app, 10.0);
    CHECK(ui.app.doc.revision() == revision);           // nothing moved: nothing kept

    // An edit that moves the score: the point follows it; undo takes the edit back, not the point.
    Account uncovered = account(0);
    uncovered.coverage.clear();
    ui.app.doc.set_account(uncovered, "Remove coverage");
    ui::keep_health_scores(ui.app, 10.0);
    const int lower = account(0).health_history.back().score;
    CHECK(lower == *account_health(ui.app.doc.ws(), account(0), kToday).score);
    REQUIRE(ui.app.doc.undo());
    CHECK(account(0).health_history.back().score == lower);
    ui::keep_health_scores(ui.app, 10.0);               // and then it follows the score again
    CHECK(account(0).health_history.back().score == *account_health(ui.app.doc.ws(), account(0), kToday).score);

    ui.frames(2);
    ui.click("tab/portfolio");
    const std::string name = account(0).name;
    const int score = account(0).health_history.back().score;
    CHECK(ui.text("portfolio/" + name + "/health") == std::to_string(score) + " \xE2\x86\x91");
    CHECK(ui.text("portfolio/health").find("% healthy (") != std::string::npos);
    ui.click("portfolio/" + name + "/health");
    ui.frames(2);
    CHECK(ui.app.current_tab == "Health");
    CHECK(ui.text("health/trend").find("since the last month kept (5)") != std::string::npos);

    // The band filter: only the accounts of that band stay.
    ui.click("tab/portfolio");
    const HealthBand band = band_of(ui.app.doc.ws().health_rules, score);
    ui.app.portfolio_view.band = static_cast<int>(band) == 0 ? 1 : 0;   // another band than account 0's
    ui.frames(2);
    CHECK_FALSE(ui.has_item("portfolio/" + name));
    ui.app.portfolio_view.band = static_cast<int>(band);
    ui.frames(2);
    CHECK(ui.has_item("portfolio/" + name));
}

TEST_CASE("the customer-safe view hides health, the review log, the portfolio and the investigations") {
    Workspace ws = make_sample_workspace();
    for (MonthFigures& m : ws.accounts[0].months)
        if (m.month == "2026-11") m.actual = 1000.0;   // far below its forecast: flagged
    UiHarness ui(ws);
    ui.app.host.today = [] { return kToday; };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/forecast");
    REQUIRE(ui.has_item("forecast/2026-11/investigate"));
    REQUIRE(ui.has_item("forecast/settings"));

    ui.app.map.customer_safe = true;
    ui.frames(2);
    CHECK_FALSE(ui.has_item("forecast/2026-11/investigate"));
    CHECK_FALSE(ui.has_item("forecast/settings"));
    ui.click("tab/health");
    CHECK_FALSE(ui.has_item("health/rules"));
    ui.click("tab/reviews");
    CHECK_FALSE(ui.has_item("reviews/record/executive"));
    ui.click("tab/portfolio");
    CHECK_FALSE(ui.has_item("portfolio/" + ui.app.doc.ws().accounts[0].name));
}

// The forecast chart in the Forecast tab, as a user sees it: value labels from zero with their
// unit steps, month labels with the years, a legend, and a month's figures under the mouse.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

TEST_CASE("the forecast chart draws its axes and legend, and shows a month's figures under the mouse") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;   // Nordhavn Logistics: 2026 figures
    ui.frames(2);
    ui.click("tab/forecast");
    REQUIRE(ui.has_item("forecast/chart"));
    CHECK(ui.text("forecast/chart/y_ticks").starts_with("0, "));
    CHECK(ui.text("forecast/chart/y_ticks").ends_with("00k"));   // about 350k at most, in round steps
    CHECK(ui.text("forecast/chart/months").starts_with("Jan 2025, "));
    CHECK(ui.text("forecast/chart/months").find("Jan 2026") != std::string::npos);
    CHECK(ui.text("forecast/chart/legend") == "Actual, Forecast, Last year's actual, Off the forecast, Bias or below last year");
    CHECK(ui.text("forecast/chart/hover").empty());
    CHECK(ui.text("forecast/chart/unit") == "EUR");   // the workspace's currency: the account has none of its own

    ui.move_to(ui.center("forecast/chart/month/2026-03"));
    CHECK(ui.text("forecast/chart/hover") ==
          "Mar 2026\nForecast: 345000 EUR\nActual: 352000 EUR\nLast year: -\nDeviation: 7000 EUR (+2.0%)\n"
          "Year to date: 981000 EUR of 975000 EUR forecast");
    ui.move_to(ui.center("forecast/chart/month/2026-02"));
    CHECK(ui.text("forecast/chart/hover").starts_with("Feb 2026\n"));
    ui.move_to(ImVec2(5, 5));   // away: no tooltip
    CHECK(ui.text("forecast/chart/hover").empty());
}

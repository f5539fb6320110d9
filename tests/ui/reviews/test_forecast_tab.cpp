// The Forecast tab driven like a user would: figures typed (with a decimal comma and thousands
// spaces), a month far off the forecast flagged, a bad number refused with a message, undo.
#include "forecast_ui.h"

#include <catch2/catch.hpp>

using kam::test::ForecastUi;
using namespace kam;

TEST_CASE("the forecast table takes typed figures, flags a month far below the forecast, and refuses what is not a number") {
    ForecastUi ui;
    ui.type_into("forecast/2026-12/forecast", "120 000");
    ui.type_into("forecast/2026-12/actual", "60000,5");
    REQUIRE(ui.month("2026-12"));
    CHECK(ui.month("2026-12")->forecast == 120000.0);
    CHECK(ui.month("2026-12")->actual == 60000.5);
    CHECK(ui.text("forecast/2026-12/flags").find("off the forecast") == 0);

    const Account before = ui.account();
    ui.type_into("forecast/2026-12/actual", "lots");
    CHECK(ui.account() == before);
    CHECK(ui.app.notice.is_error);
    CHECK(ui.app.notice.text == "Not changed: the actual of 2026-12: \"lots\" is not a number");
    CHECK(ui.text("forecast/2026-12/actual") == "60000.5");   // the cell shows the figure again

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // the actual
    CHECK_FALSE(ui.month("2026-12")->actual);
    CHECK(ui.text("forecast/2026-12/flags").empty());
}

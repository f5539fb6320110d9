// A flagged month followed up like a user would: investigated (red to amber), its action written
// into the plan and done (green), undone; the account's currency and thresholds set, and values
// out of range refused with a message.
#include "forecast_ui.h"

#include <catch2/catch.hpp>

using kam::test::ForecastUi;
using namespace kam;

TEST_CASE("a month far below its forecast is red until investigated, amber until its action is done, then green") {
    ForecastUi ui;
    ui.type_into("forecast/2026-11/actual", "45000");   // forecast 420 000
    CHECK(ui.text("forecast/2026-11/follow_up") == "open");
    CHECK(ui.text("forecast/2026-10/follow_up").empty());   // 396 000 against 410 000: within the thresholds

    ui.click("forecast/2026-11/investigate");
    ui.click("forecast/investigation/start");
    REQUIRE(ui.account().investigations.size() == 1);
    CHECK(ui.account().investigations[0].month == "2026-11");
    CHECK(ui.account().investigations[0].owner == ui.account().manager);
    CHECK(ui.text("forecast/2026-11/follow_up") == "investigated");

    const size_t actions = ui.account().plan.actions.size();
    ui.type_into("forecast/investigation/action/text", "Meet their buyer about the lost line");
    REQUIRE(ui.account().plan.actions.size() == actions + 1);
    const Action& action = ui.account().plan.actions.back();
    CHECK(action.text == "Meet their buyer about the lost line");
    CHECK(action.deviation == "2026-11");
    CHECK(action.visibility == Visibility::Internal);
    CHECK(ui.text("forecast/2026-11/follow_up") == "investigated");

    ui.click("forecast/investigation/action/done");
    CHECK(ui.account().plan.actions.back().status == ActionStatus::Done);
    CHECK(ui.account().plan.actions.back().done_on == "2026-12-01");
    CHECK(ui.text("forecast/2026-11/follow_up") == "resolved");

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.text("forecast/2026-11/follow_up") == "investigated");
}

TEST_CASE("an account's currency and thresholds are its own, and out-of-range values are refused") {
    ForecastUi ui;
    CHECK(ui.text("forecast/currency") == "EUR");
    ui.click("forecast/settings");
    ui.type_into("forecast/settings/Currency", "sek");   // typed in capitals
    CHECK(ui.account().currency == "SEK");
    CHECK(ui.text("forecast/currency") == "SEK");
    CHECK(ui.text("forecast/chart/unit") == "SEK");

    const Account before = ui.account();
    ui.type_into("forecast/settings/Currency", "EURO");
    CHECK(ui.account() == before);
    CHECK(ui.app.notice.is_error);
    CHECK(ui.app.notice.text.starts_with("Not changed: the currency: expected a currency code of three capital letters"));

    ui.click("forecast/settings/own_rules");
    REQUIRE(ui.account().deviation_rules);
    CHECK(*ui.account().deviation_rules == ui.app.doc.ws().review_defaults.deviation_rules);
    ui.type_into("forecast/settings/account/decline_percent", "5");
    CHECK(ui.account().deviation_rules->decline_percent == 5);
    ui.type_into("forecast/settings/account/decline_percent", "150");
    CHECK(ui.account().deviation_rules->decline_percent <= 100);
    CHECK(ui.app.notice.text == "Not changed: decline_percent: expected 0..100, got 150");
}

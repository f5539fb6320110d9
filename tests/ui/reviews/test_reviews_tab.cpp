// The Reviews tab: the executive review overdue, one recorded today (due again in a month), a
// decision made an action of the plan.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

TEST_CASE("the Reviews tab flags the overdue review, records one, and makes a decision an action") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;   // last executive review 2026-10-27
    ui.frames(2);
    ui.click("tab/reviews");
    CHECK(ui.text("reviews/due/executive") == "overdue by 4 days");
    CHECK(ui.text("reviews/due/mentor") == "due 2027-01-29");

    const auto account = [&]() -> const Account& { return ui.app.doc.ws().accounts[0]; };
    const size_t reviews = account().reviews.size();
    ui.click("reviews/record/executive");
    REQUIRE(account().reviews.size() == reviews + 1);
    CHECK(account().reviews.back().date == "2026-12-01");
    CHECK(account().reviews.back().reviewer == account().manager);
    CHECK(ui.text("reviews/due/executive") == "due 2027-01-01");

    const std::string key = "reviews/" + std::to_string(reviews);
    ui.click(key + "/add_decision");
    ui.click(key + "/decision/0");
    ui.type("Pilot the tracker in Lund");
    ui.press(ImGuiKey_Enter);
    CHECK(account().reviews.back().decisions == std::vector<std::string>{"Pilot the tracker in Lund"});
    const size_t actions = account().plan.actions.size();
    ui.click(key + "/decision/0/to_plan");
    REQUIRE(account().plan.actions.size() == actions + 1);
    CHECK(account().plan.actions.back().text == "Pilot the tracker in Lund");
    CHECK(account().plan.actions.back().owner == account().manager);
}

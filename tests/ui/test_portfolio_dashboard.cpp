// The portfolio dashboard: an overdue executive review shows on its account's row, a click opens
// the account's Reviews tab, and recording the review clears it.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

TEST_CASE("the portfolio dashboard shows an overdue review, opens the account's Reviews tab, and clears when it is held") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.frames(2);
    ui.click("tab/portfolio");
    REQUIRE(ui.has_item("portfolio/Nordhavn Logistics"));
    CHECK(ui.text("portfolio/Nordhavn Logistics/overdue_reviews") == "1");   // last executive review 2026-10-27
    CHECK(ui.text("portfolio/attention").find("accounts with a review overdue") != std::string::npos);
    CHECK(ui.text("portfolio/totals").starts_with("7 accounts. Year to date: "));

    ui.click("portfolio/Nordhavn Logistics/overdue_reviews");
    ui.frames(2);
    CHECK(ui.app.selected_account == ui.app.doc.ws().accounts[0].id);
    CHECK(ui.app.current_tab == "Reviews");
    ui.click("reviews/record/executive");
    ui.click("tab/portfolio");
    CHECK(ui.text("portfolio/Nordhavn Logistics/overdue_reviews") == "0");
}

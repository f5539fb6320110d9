// The portfolio dashboard: an overdue executive review shows on its account's row, a click opens
// the account's Reviews tab, and recording the review clears it.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

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

namespace {

// Three accounts that need attention in the order Falling (a deviation not investigated, the year
// under forecast), Late (an overdue review and action), Calm (nothing).
Workspace three_accounts() {
    Workspace ws = make_empty_workspace();
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
    ws.accounts[1].reviews[0].date = "2026-09-15";
    Action late;
    late.text = "Send the offer", late.due = "2026-10-01";
    ws.accounts[1].plan.actions = {late};
    ws.accounts[2].months[1].actual = 40000.0;
    return ws;
}

// The accounts' names top to bottom as the dashboard shows them.
std::string shown_order(const UiHarness& ui) {
    std::vector<std::pair<float, std::string>> rows;
    for (const char* name : {"Calm AB", "Late Ltd", "Falling GmbH"}) rows.emplace_back(ui.rect(std::string("portfolio/") + name)[1], name);
    std::sort(rows.begin(), rows.end());
    std::string names;
    for (const auto& [y, name] : rows) names += (names.empty() ? "" : ", ") + name;
    return names;
}

}  // namespace

TEST_CASE("a click on a heading of the portfolio dashboard sorts by it, a second click the other way") {
    UiHarness ui(three_accounts());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.frames(2);
    ui.click("tab/portfolio");
    CHECK(shown_order(ui) == "Falling GmbH, Late Ltd, Calm AB");   // attention first, by default
    const uint64_t computed = ui.app.portfolio_view.computed;

    ui.click("portfolio/header/Account");
    CHECK(shown_order(ui) == "Calm AB, Falling GmbH, Late Ltd");
    ui.click("portfolio/header/Account");
    CHECK(shown_order(ui) == "Late Ltd, Falling GmbH, Calm AB");
    // A count sorts most first; the ties in attention order.
    ui.click("portfolio/header/Reviews late");
    CHECK(shown_order(ui) == "Late Ltd, Falling GmbH, Calm AB");
    ui.click("portfolio/header/Reviews late");
    CHECK(shown_order(ui) == "Falling GmbH, Calm AB, Late Ltd");
    // Sorting reorders the rows it has: it does not compute the portfolio again, and a frame without
    // a click does not sort again.
    CHECK(ui.app.portfolio_view.computed == computed);
    const uint64_t sorts = ui.app.portfolio_view.sorts;
    ui.frames(3);
    CHECK(ui.app.portfolio_view.sorts == sorts);

    // An edit keeps the chosen order over the new figures: Calm's review made overdue ranks it with Late.
    Account calm = ui.app.doc.ws().accounts[0];
    calm.reviews[0].date = "2026-08-01";
    ui.app.doc.set_account(calm, "test");
    ui.frames(2);
    CHECK(ui.app.portfolio_view.computed > computed);
    CHECK(shown_order(ui) == "Falling GmbH, Late Ltd, Calm AB");   // ascending: Falling 0, then Late and Calm (1 each) in attention order

    ui.click("portfolio/header/Attention");
    CHECK(shown_order(ui) == "Falling GmbH, Late Ltd, Calm AB");
    ui.click("portfolio/header/Attention");
    CHECK(shown_order(ui) == "Calm AB, Late Ltd, Falling GmbH");
}

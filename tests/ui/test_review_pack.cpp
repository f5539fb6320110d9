// The executive review pack on screen: presented from the Portfolio tab over the whole window,
// paged with the arrow keys (and Page Up/Down, Home/End), left with Esc; exported as one file.
#include "ui_harness.h"

#include "core/review_pack.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

namespace {

// The pack the screen should show: the sample's key accounts in attention order.
std::vector<std::string> expected_pages(const Workspace& ws) {
    std::vector<std::string> names;
    for (const ReviewPage& p : review_pack(ws, score_accounts(ws.criteria, ws.tier_scheme, ws.accounts), "2026-12-01").pages) names.push_back(p.name);
    return names;
}

}  // namespace

TEST_CASE("the review pack is presented full screen, paged with the arrow keys, and left with Esc", "[review_pack]") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    const std::vector<std::string> pages = expected_pages(ui.app.doc.ws());
    REQUIRE(pages.size() >= 2);
    const std::string of = " / " + std::to_string(pages.size());
    ui.frames(2);
    ui.click("tab/portfolio");
    ui.click("portfolio/present_pack");
    CHECK(ui.app.review_pack.presenting);
    CHECK(ui.text("review_pack/page") == "1" + of);
    CHECK(ui.text("review_pack/account") == pages[0]);
    CHECK(!ui.has_item("tab/portfolio"));     // nothing else on screen: no tabs, no accounts list
    CHECK(!ui.has_item("accounts/add"));
    CHECK(ui.has_item("forecast/chart"));     // the Forecast tab's chart, on the page

    ui.press(ImGuiKey_RightArrow);
    CHECK(ui.text("review_pack/page") == "2" + of);
    CHECK(ui.text("review_pack/account") == pages[1]);
    ui.press(ImGuiKey_LeftArrow);
    CHECK(ui.text("review_pack/page") == "1" + of);
    ui.press(ImGuiKey_LeftArrow);             // no page before the first
    CHECK(ui.text("review_pack/page") == "1" + of);
    ui.press(ImGuiKey_End);
    CHECK(ui.text("review_pack/page") == std::to_string(pages.size()) + of);
    CHECK(ui.text("review_pack/account") == pages.back());
    ui.press(ImGuiKey_RightArrow);            // nor after the last
    CHECK(ui.text("review_pack/page") == std::to_string(pages.size()) + of);
    ui.press(ImGuiKey_Home);
    CHECK(ui.text("review_pack/page") == "1" + of);
    ui.press(ImGuiKey_PageDown);
    CHECK(ui.text("review_pack/page") == "2" + of);
    ui.press(ImGuiKey_PageUp);
    CHECK(ui.text("review_pack/page") == "1" + of);
    ui.click("review_pack/next");
    CHECK(ui.text("review_pack/page") == "2" + of);

    ui.press(ImGuiKey_Escape);
    CHECK(!ui.app.review_pack.presenting);
    CHECK(ui.has_item("tab/portfolio"));
    CHECK(ui.app.current_tab == "Portfolio");
}

TEST_CASE("the review pack is exported as one HTML file holding each key account", "[review_pack]") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    std::string name, text;
    ui.app.host.download = [&](const std::string& n, const std::string& t) { name = n, text = t; };
    ui.frames(2);
    ui.click("tab/portfolio");
    ui.click("portfolio/export_pack");
    CHECK(name == "Executive review pack 2026-12-01.html");
    for (const std::string& account : expected_pages(ui.app.doc.ws())) CHECK(text.find("<h2>" + account + "</h2>") != std::string::npos);
    CHECK(ui.text("status/notice").starts_with("Exported the review pack of "));
}

TEST_CASE("a workspace without key accounts presents a page that says why", "[review_pack]") {
    UiHarness ui;
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.click("tab/portfolio");
    ui.click("portfolio/present_pack");
    CHECK(ui.text("review_pack/page") == "0 / 0");
    CHECK(ui.text("review_pack/empty").find("No account is in the top tier") != std::string::npos);
    ui.press(ImGuiKey_RightArrow);
    CHECK(ui.text("review_pack/page") == "0 / 0");
    ui.click("review_pack/close");
    CHECK(!ui.app.review_pack.presenting);
}

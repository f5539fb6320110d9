// The tiering views driven like a user would: a weight edited in the criteria editor changes an
// account's tier; scores typed into the grid; what-if shows the movers before anything is committed;
// an override needs its reason.
#include "ui_harness.h"

#include "core/generate_workspace.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>

using kam::test::UiHarness;

static const std::string kCastellana = "Castellana de Aguas";   // 48 in the sample: Bronze

TEST_CASE("a heavier weight in the criteria editor moves an account up a tier, and undo moves it back") {
    UiHarness ui(kam::make_sample_workspace());
    REQUIRE(ui.text("accounts/tier/" + kCastellana) == "Bronze");
    ui.click("tab/tiering");
    ui.click("tab/tiering/criteria");
    REQUIRE(ui.text("criteria/share/0") == "25");
    ui.fill("criteria/weight/0", "100");
    CHECK(ui.app.doc.ws().criteria[0].weight == 100);
    CHECK(ui.text("criteria/share/0") == "57");   // 100 of 175
    CHECK(ui.text("accounts/tier/" + kCastellana) == "Silver");

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // the typed weight was one undo step
    CHECK(ui.app.doc.ws().criteria[0].weight == 25);
    CHECK(ui.text("accounts/tier/" + kCastellana) == "Bronze");
}

TEST_CASE("a negative weight is refused with a message and nothing changes") {
    UiHarness ui(kam::make_sample_workspace());
    const kam::Workspace before = ui.app.doc.ws();
    ui.click("tab/tiering");
    ui.click("tab/tiering/criteria");
    ui.fill("criteria/weight/1", "-5");
    CHECK(ui.app.doc.ws() == before);
    CHECK(ui.text("status/notice").find("expected a finite number >= 0, got -5") != std::string::npos);
}

TEST_CASE("scores are typed into the grid like a spreadsheet, a score off the scale is refused") {
    UiHarness ui(kam::make_sample_workspace());
    ui.click("tab/tiering");
    ui.click("tab/tiering/scores");
    const kam::Workspace& ws = ui.app.doc.ws();
    const int castellana = ws.account_index(ws.accounts[3].id);
    REQUIRE(ws.accounts[castellana].name == kCastellana);
    const kam::Id revenue = ws.criteria[0].id;

    ui.click("grid/cell/" + kCastellana + "/0");
    ui.type("9");   // a digit starts editing with that digit
    REQUIRE(ui.has_item("grid/editor"));
    ui.type("5");
    ui.press(ImGuiKey_Backspace);   // "95" -> "9"
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.doc.ws().accounts[castellana].scores.at(revenue) == 9);   // 48 + 5 = 53: still Bronze
    CHECK(ui.text("grid/tier/" + kCastellana) == "Bronze");

    // Castellana is the last row: Enter stays on it; its cursor follows it to its new rank (53 > Kestrel's 50).
    const std::vector<int>& rows = ui.app.tiering.shown;
    CHECK(rows[ui.app.tiering.cursor_row] == castellana);
    CHECK(ui.app.tiering.cursor_row == (int)rows.size() - 2);
    ui.press(ImGuiKey_DownArrow);
    CHECK(ui.app.tiering.cursor_row == (int)rows.size() - 1);
    ui.press(ImGuiKey_UpArrow);
    ui.press(ImGuiKey_Tab);   // right, onto Profitability
    CHECK(ui.app.tiering.cursor_column == 1);
    ui.type("8");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.doc.ws().accounts[castellana].scores.at(ws.criteria[1].id) == 8);   // 53 + 6 = 59: Silver
    CHECK(ui.text("grid/tier/" + kCastellana) == "Silver");

    ui.press(ImGuiKey_UpArrow);   // Enter moved down to Kestrel: back up
    ui.press(ImGuiKey_Enter);     // edits the current value
    REQUIRE(ui.app.tiering.edit_text == "8");
    ui.press(ImGuiKey_Escape);
    ui.type("11");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.doc.ws().accounts[castellana].scores.at(ws.criteria[1].id) == 8);
    CHECK(ui.text("status/notice").find("expected 0..10, got 11") != std::string::npos);

    ui.press(ImGuiKey_Delete);   // clears the score: shown as missing, never silently zero
    CHECK(ui.app.doc.ws().accounts[castellana].scores.count(ws.criteria[1].id) == 0);
}

TEST_CASE("what-if lists the movers before anything is committed, apply commits it") {
    UiHarness ui(kam::make_sample_workspace());
    const kam::Workspace before = ui.app.doc.ws();
    ui.click("tab/tiering");
    ui.click("tiering/what_if");
    ui.click("tab/tiering/criteria");
    ui.fill("criteria/weight/0", "100");
    CHECK(ui.app.doc.ws() == before);
    CHECK(ui.text("whatif/mover/" + kCastellana) == kCastellana + ": Bronze \xE2\x86\x92 Silver");
    CHECK(ui.text("accounts/tier/" + kCastellana) == "Bronze");

    ui.click("whatif/apply");
    CHECK(ui.app.doc.ws().criteria[0].weight == 100);
    CHECK(ui.text("accounts/tier/" + kCastellana) == "Silver");
    CHECK_FALSE(ui.app.tiering.what_if);
}

TEST_CASE("a tier override needs a reason and shows as an override") {
    UiHarness ui(kam::make_sample_workspace());
    ui.click("accounts/item/" + kCastellana);
    ui.click("tab/account");
    REQUIRE(ui.text("profile/tier") == "Bronze");
    ui.click("tier/override_open");
    ui.click("tier/override/Gold");   // no reason yet: refused
    CHECK_FALSE(ui.app.doc.ws().accounts[3].tier_override);
    CHECK(ui.text("status/notice").find("say why the tier is overridden") != std::string::npos);

    ui.fill("tier/override_reason", "Reference site for the water industry");
    ui.click("tier/override/Gold");
    REQUIRE(ui.app.doc.ws().accounts[3].tier_override);
    CHECK(ui.app.doc.ws().accounts[3].tier_override->reason == "Reference site for the water industry");
    CHECK(ui.text("profile/tier") == "Gold");
    CHECK(ui.text("accounts/tier/" + kCastellana) == "Gold");
    ui.click("tab/tiering");
    CHECK(ui.text("grid/tier/" + kCastellana) == "Gold");
    CHECK(ui.text("tiering/count/Gold") == "3");   // Nordhavn, Polaris (overridden) and now Castellana
}

TEST_CASE("the scoring grid exports as CSV in ranking order") {
    UiHarness ui(kam::make_sample_workspace());
    std::string name, text;
    ui.app.host.download = [&](const std::string& n, const std::string& t) { name = n, text = t; };
    ui.click("tab/tiering");
    ui.click("grid/export");
    CHECK(name == "kam-scoring.csv");
    CHECK(text.rfind("Rank,Account,Industry,Tier,", 0) == 0);
    CHECK(text.find("\r\n1,Nordhavn Logistics,") != std::string::npos);
}

TEST_CASE("a preset replaces the tiers, overrides follow by position, and capacity warns") {
    UiHarness ui(kam::make_sample_workspace());
    ui.click("tab/tiering");
    ui.click("tab/tiering/tiers");
    ui.click("tiers/preset");
    ui.click("tiers/preset/Premier / 1st Division / 2nd Division");
    const kam::Workspace& ws = ui.app.doc.ws();
    REQUIRE(ws.tier_scheme.tiers[0].name == "Premier");
    CHECK(ws.accounts[ws.account_index(ws.accounts[5].id)].tier_override->tier == "Premier");   // Polaris: was Gold
    CHECK(ui.text("tiering/count/Premier") == "2");
    CHECK(ui.text("tiering/capacity_warning").empty());
    ui.fill("tiers/capacity", "1");
    CHECK(ui.text("tiering/capacity_warning") == "2 Premier accounts: 1 more than the team can serve (1)");
}

TEST_CASE("what-if follows accounts added while it is on") {
    UiHarness ui(kam::make_sample_workspace());
    ui.click("tab/tiering");
    ui.click("tiering/what_if");
    ui.click("accounts/add");
    ui.click("tab/tiering");
    ui.click("tab/tiering/matrix");
    ui.click("tab/tiering/scores");
    CHECK(ui.app.tiering.shown.size() == ui.app.doc.ws().accounts.size());
    CHECK(ui.text("grid/tier/New account") == "no tier");
}

TEST_CASE("5,000 accounts: the matrix fits each draw list in 16-bit indices, the grid draws only what shows") {
    UiHarness ui(kam::generate_workspace(5000, 0, 10, 7));
    auto largest_draw_list = [] {
        int largest = 0;
        const ImDrawData* data = ImGui::GetDrawData();
        for (int i = 0; i < data->CmdListsCount; i++) largest = std::max(largest, data->CmdLists[i]->VtxBuffer.Size);
        return largest;
    };
    ui.click("tab/tiering");
    ui.click("tab/tiering/matrix");
    CHECK(largest_draw_list() < 65536);   // WebGL 2 renders without vertex offsets
    ui.click("tab/tiering/scores");
    CHECK(ui.app.tiering.shown.size() == 5000);
    CHECK(largest_draw_list() < 20000);   // a screenful of rows, not 5,000
}

TEST_CASE("a tier colour is picked from the palette in one undo step") {
    UiHarness ui(kam::make_sample_workspace());
    const uint32_t before = ui.app.doc.ws().tier_scheme.tiers[0].color;
    ui.click("tab/tiering");
    ui.click("tab/tiering/tiers");
    ui.click("tiers/colour/0");
    ui.click("palette/3");
    CHECK(ui.app.doc.ws().tier_scheme.tiers[0].color == 0x6A3FA0FFu);
    CHECK(ui.app.doc.ws().tier_scheme.tiers[1].color != 0x6A3FA0FFu);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.app.doc.ws().tier_scheme.tiers[0].color == before);
}

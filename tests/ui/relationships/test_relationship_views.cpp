// The relationship views driven like a user would: edit a matrix cell by mouse and keyboard
// and undo it, follow a finding of the coverage analysis, switch the outline to customer-safe.
#include "ui_harness.h"

#include "core/relationships/coverage_analysis.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using kam::test::UiHarness;
using namespace kam;

namespace {

const char* const kAccount = "Nordhavn Logistics";

const Account& account(const UiHarness& ui) { return *std::find_if(ui.app.doc.ws().accounts.begin(), ui.app.doc.ws().accounts.end(), [](const Account& a) { return a.name == kAccount; }); }

Id person_id(const UiHarness& ui, const std::string& name) {
    for (const Person& p : ui.app.doc.ws().team)
        if (p.name == name) return p.id;
    return {};
}

Id contact_id(const UiHarness& ui, const std::string& name) {
    for (const Contact& c : account(ui).contacts)
        if (c.name == name) return c.id;
    return {};
}

// The strength of a relationship, or -1 when there is no coverage entry.
int coverage(const UiHarness& ui, const Id& person, const Id& contact) {
    for (const Coverage& c : account(ui).coverage)
        if (c.person == person && c.contact == contact) return c.strength;
    return -1;
}

void open_tab(UiHarness& ui, const char* tab) {
    ui.click(std::string("accounts/item/") + kAccount);
    ui.click(tab);
}

}  // namespace

TEST_CASE("a matrix cell is set by click and keys, totals follow, undo restores") {
    UiHarness ui(make_sample_workspace());
    open_tab(ui, "tab/matrix");
    const Id jurgen = person_id(ui, "Jürgen Groß"), ceo = contact_id(ui, "Mette Kjær Sørensen");
    const std::string cell = "matrix/cell/" + ceo + "/" + jurgen;
    REQUIRE(ui.has_item(cell));
    REQUIRE(coverage(ui, jurgen, ceo) == -1);
    const int row_total = std::stoi(ui.text("matrix/row-total/" + ceo));
    const int column_total = std::stoi(ui.text("matrix/column-total/" + jurgen));

    ui.click(cell);   // none -> 1
    REQUIRE(coverage(ui, jurgen, ceo) == 1);
    REQUIRE(std::stoi(ui.text("matrix/row-total/" + ceo)) == row_total + 1);
    REQUIRE(std::stoi(ui.text("matrix/column-total/" + jurgen)) == column_total + 1);
    REQUIRE(ui.app.doc.undo_label() == "Set coverage");

    ui.press(ImGuiKey_3);   // the clicked cell has focus
    REQUIRE(coverage(ui, jurgen, ceo) == 3);
    REQUIRE(std::stoi(ui.text("matrix/row-total/" + ceo)) == row_total + 3);
    ui.press(ImGuiKey_Delete);   // 0 without a contact date removes the entry
    REQUIRE(coverage(ui, jurgen, ceo) == -1);

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(coverage(ui, jurgen, ceo) == 3);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(coverage(ui, jurgen, ceo) == -1);
    REQUIRE(account(ui) == *make_sample_workspace().find_account(account(ui).id));
    REQUIRE(std::stoi(ui.text("matrix/row-total/" + ceo)) == row_total);
}

TEST_CASE("choosing a finding brings the map forward and selects its contact") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-11-23"); };
    open_tab(ui, "tab/analysis");
    AnalysisOptions options;
    options.today = "2026-11-23";
    const CoverageAnalysis expected = analyse_coverage(account(ui), ui.app.doc.ws(), options);
    REQUIRE(ui.text("analysis/count/blocked") == std::to_string(expected.counts[(size_t)FindingKind::BlockedPath]));

    const auto blocked = std::find_if(expected.findings.begin(), expected.findings.end(), [](const Finding& f) { return f.kind == FindingKind::BlockedPath; });
    REQUIRE(blocked != expected.findings.end());
    REQUIRE(ui.app.map_fly_to.empty());
    ui.click("analysis/group/single-threaded");   // collapse the long list above
    ui.click("analysis/finding/blocked/0");
    ui.frames(2);   // a tab switch shows the new tab's content a frame after it is requested
    REQUIRE(blocked->contact == contact_id(ui, "Anders Holm"));
    REQUIRE(ui.app.map.selection == std::set<Id>{blocked->contact});
    REQUIRE(ui.app.map_fly_to.empty());   // the map took the request
    REQUIRE(ui.has_item("map/fit"));
}

TEST_CASE("the customer-safe view hides opponents and blocked paths from the analysis") {
    UiHarness ui(make_sample_workspace());
    open_tab(ui, "tab/analysis");
    REQUIRE(ui.text("analysis/count/opponent") == "1");
    REQUIRE(ui.text("analysis/count/blocked") == "3");
    ui.app.map.customer_safe = true;   // the one toggle, shared with the map and the outline
    ui.frames(2);
    REQUIRE(ui.text("analysis/count/opponent").empty());
    REQUIRE(ui.text("analysis/count/blocked").empty());
    REQUIRE(ui.text("analysis/count/single-threaded") == "28");
}

TEST_CASE("the stale-days setting changes what counts as no recent contact") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-11-23"); };
    open_tab(ui, "tab/analysis");
    const int at_90 = std::stoi(ui.text("analysis/count/stale"));
    REQUIRE(at_90 > 0);
    ui.fill("analysis/stale-days", "365");
    REQUIRE(std::stoi(ui.text("analysis/count/stale")) < at_90);
    REQUIRE(ui.app.relationship_views.stale_days == 365);
}

TEST_CASE("a view's tab request selects that tab once") {
    UiHarness ui(make_sample_workspace());
    ui.click(std::string("accounts/item/") + kAccount);
    REQUIRE_FALSE(ui.has_item("outline/copy"));
    ui.app.request_tab = "Outline";
    ui.frames(2);
    REQUIRE(ui.has_item("outline/copy"));
    REQUIRE(ui.app.request_tab.empty());
    ui.click("tab/account");   // and the user can leave it again
    REQUIRE_FALSE(ui.has_item("outline/copy"));
}

TEST_CASE("the outline turns customer-safe and copies what it shows") {
    UiHarness ui(make_sample_workspace());
    open_tab(ui, "tab/outline");
    REQUIRE(ui.text("outline/text").find("Conflict lines") != std::string::npos);
    REQUIRE(ui.text("outline/text").find("Queen") != std::string::npos);
    ui.click("outline/customer-safe");
    REQUIRE(ui.app.map.customer_safe);   // one toggle for every view
    const std::string safe = ui.text("outline/text");
    REQUIRE(safe.find("Conflict lines") == std::string::npos);
    REQUIRE(safe.find("Queen") == std::string::npos);
    REQUIRE(safe.find("Mette Kjær Sørensen") != std::string::npos);
    ui.click("outline/copy");
    REQUIRE(std::string(ImGui::GetClipboardText()) == safe);
}

TEST_CASE("a finding about an overloaded team member opens the matrix at their column") {
    Workspace ws;
    for (const char* name : {"Åsa Öberg", "Bo Ek", "Cy Lund"}) ws.team.push_back({ws.new_id('p'), name, "", ""});
    Account a;
    a.id = ws.new_id('a');
    a.name = "Overloaded AB";
    for (const Person& p : ws.team) a.team.push_back(p.id);
    for (int i = 0; i < 9; i++) {   // Åsa covers all nine: fair share 3, limit 5
        Contact c;
        c.id = ws.new_id('c');
        c.name = "Contact " + std::to_string(i);
        a.contacts.push_back(c);
        a.coverage.push_back({ws.team[0].id, c.id, 2, "2026-11-01"});
    }
    ws.accounts.push_back(a);
    UiHarness ui(ws);
    ui.click("accounts/item/Overloaded AB");
    ui.click("tab/analysis");
    REQUIRE(ui.text("analysis/count/overloaded") == "1");
    ui.click("analysis/group/single-threaded");   // collapse the nine single-threaded contacts
    ui.click("analysis/finding/overloaded/0");
    ui.frame();   // a tab switch shows the new tab's content a frame after it is requested
    REQUIRE(ui.app.relationship_views.matrix_focus_person == ws.team[0].id);
    REQUIRE(ui.app.request_tab.empty());
    REQUIRE(ui.text("matrix/column-total/" + ws.team[0].id) == "18");
}

TEST_CASE("the matrix filter narrows its rows") {
    UiHarness ui(make_sample_workspace());
    open_tab(ui, "tab/matrix");
    const Id ceo = contact_id(ui, "Mette Kjær Sørensen"), coo = contact_id(ui, "Anders Holm");
    REQUIRE(ui.has_item("matrix/contact/" + ceo));
    ui.fill("matrix/filter/search", "operating");   // Anders Holm's title
    REQUIRE(ui.has_item("matrix/contact/" + coo));
    REQUIRE_FALSE(ui.has_item("matrix/contact/" + ceo));
}

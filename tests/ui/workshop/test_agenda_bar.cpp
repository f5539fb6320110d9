// The workshop agenda: started from the menu, it presents the selected account step by step (why
// this tier, the map, the coverage analysis, the plan, the forecast, the actions), each step opening
// its view at its section, with Next and Previous, PageDown and PageUp, kept within the agenda.
#include "core/sample_workspace.h"
#include "core/workshop_agenda.h"
#include "ui/workshop/presenter.h"
#include "ui_harness.h"

#include <catch2/catch.hpp>

using namespace kam;
using kam::test::UiHarness;

static void expect_step(UiHarness& ui, const char* step, const char* tab) {
    INFO("step " << step);
    CHECK(ui.text("agenda/step") == step);
    CHECK(ui.app.current_tab == tab);
}

// Presses the key (PageDown: next step, PageUp: previous) and checks the step and tab it leads to.
static void press_to(UiHarness& ui, ImGuiKey key, const char* step, const char* tab) {
    ui.press(key);
    ui.frames(3);
    expect_step(ui, step, tab);
}

TEST_CASE("the workshop agenda walks an account's steps, each in its view, and Esc leaves", "[workshop][agenda]") {
    UiHarness ui(make_sample_workspace());
    ui.app.host.today = [] { return std::string("2026-12-01"); };
    ui.app.scale_hint_answered = true;
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/map");
    ui.click("menu/workshop");
    ui.click("menu/workshop/agenda");
    ui.frames(3);
    REQUIRE(ui.app.workshop.presenting);
    expect_step(ui, "Why this tier", "Account");
    const std::vector<AgendaItem> agenda = workshop_agenda(ui.app.doc.ws(), 0, "2026-12-01");
    CHECK(ui.text("agenda/status") == agenda[0].status);

    ui.click("agenda/next");
    ui.frames(3);
    expect_step(ui, "Map", "Map");
    CHECK(ui.has_item("map/canvas"));
    CHECK(ui.text("agenda/status") == agenda[1].status);

    press_to(ui, ImGuiKey_PageDown, "Coverage analysis", "Analysis");
    press_to(ui, ImGuiKey_PageDown, "Plan", "Plan");
    press_to(ui, ImGuiKey_PageDown, "Forecast", "Forecast");
    press_to(ui, ImGuiKey_PageDown, "Actions", "Plan");
    // The plan is scrolled to its actions: their header is in the top half of the screen.
    REQUIRE(ui.has_item("plan/section/actions"));
    CHECK(ui.rect("plan/section/actions")[1] < ImGui::GetIO().DisplaySize.y * 0.5f);
    CHECK(ui.text("agenda/status") == agenda[5].status);

    // Next on the last step stays there; PageUp goes back; a step's own button goes straight to it.
    press_to(ui, ImGuiKey_PageDown, "Actions", "Plan");
    press_to(ui, ImGuiKey_PageUp, "Forecast", "Forecast");
    ui.click("agenda/step/0");
    ui.frames(2);
    expect_step(ui, "Why this tier", "Account");
    ui.click("agenda/previous");
    ui.frames(2);
    expect_step(ui, "Why this tier", "Account");

    // Closing the agenda keeps presenting the view; Esc leaves, and the tab bar shows that view.
    ui.click("agenda/step/1");
    ui.frames(2);
    ui.click("presenter/agenda");
    ui.frames(2);
    CHECK(ui.app.workshop.presenting);
    CHECK_FALSE(ui.has_item("agenda/next"));
    ui.press(ImGuiKey_Escape);
    ui.frames(3);
    CHECK_FALSE(ui.app.workshop.presenting);
    CHECK(ui.app.current_tab == "Map");
    CHECK(ui.has_item("tab/map"));
}

TEST_CASE("PageDown in a field being typed in edits the field, not the agenda", "[workshop][agenda]") {
    UiHarness ui(make_sample_workspace());
    ui.app.scale_hint_answered = true;
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("menu/workshop");
    ui.click("menu/workshop/agenda");
    ui.frames(2);
    ui.click("agenda/step/3");   // the plan, at its header
    ui.frames(3);
    REQUIRE(ui.has_item("plan/period"));
    ui.click("plan/period");
    ui.frames(1);
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.press(ImGuiKey_PageDown);
    ui.frames(2);
    CHECK(ui.text("agenda/step") == "Plan");
}

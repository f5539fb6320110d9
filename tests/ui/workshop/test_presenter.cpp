// Presenter mode: F5 and the menu show the view on screen alone (no menu, no accounts list, no
// status line) with a bar that says where you are; the view's controls still work; Esc and F5
// leave, but Esc first closes a popup; the browser's full screen is asked for and left with it.
#include "core/sample_workspace.h"
#include "ui/workshop/presenter.h"
#include "ui_harness.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using namespace kam;
using kam::test::UiHarness;

TEST_CASE("presenter mode shows the view alone, editing still works, Esc leaves", "[workshop]") {
    UiHarness ui(make_sample_workspace());
    int fullscreen_asks = 0;
    bool fullscreen = false;
    ui.app.host.set_fullscreen = [&](bool on) { fullscreen_asks++, fullscreen = on; };
    ui.app.host.is_fullscreen = [&] { return fullscreen; };
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/map");
    REQUIRE(ui.has_item("menu/present"));

    ui.press(ImGuiKey_F5);
    ui.frames(2);
    CHECK(ui.app.workshop.presenting);
    CHECK(fullscreen);
    CHECK(ui.text("presenter/where") == ui.app.doc.ws().accounts[0].name + " \xC2\xB7 Map");
    CHECK_FALSE(ui.has_item("menu/file"));
    CHECK_FALSE(ui.has_item("tab/map"));
    CHECK_FALSE(ui.has_item("accounts/item/" + ui.app.doc.ws().accounts[0].name));
    // The map's own controls are there and work: arranging is an edit, one undo step.
    REQUIRE(ui.has_item("map/arrange"));
    ui.click("map/arrange");
    REQUIRE(ui.has_item("map/arrange/all"));
    // Esc closes the popup first, and only then leaves.
    ui.press(ImGuiKey_Escape);
    ui.frames(2);
    CHECK(ui.app.workshop.presenting);
    CHECK_FALSE(ui.has_item("map/arrange/all"));
    ui.press(ImGuiKey_Escape);
    ui.frames(2);
    CHECK_FALSE(ui.app.workshop.presenting);
    CHECK_FALSE(fullscreen);
    CHECK(ui.has_item("menu/file"));
    CHECK(ui.has_item("tab/map"));

    // The menu's Present, and F5 again to leave.
    ui.click("menu/present");
    ui.frames(2);
    CHECK(ui.app.workshop.presenting);
    ui.press(ImGuiKey_F5);
    ui.frames(2);
    CHECK_FALSE(ui.app.workshop.presenting);
    CHECK(fullscreen_asks == 4);
}

TEST_CASE("leaving the browser's full screen leaves presenter mode", "[workshop]") {
    UiHarness ui(make_sample_workspace());
    bool fullscreen = false;
    ui.app.host.set_fullscreen = [&](bool) {};   // granted a little later, as a browser does
    ui.app.host.is_fullscreen = [&] { return fullscreen; };
    ui.frames(2);
    ui.press(ImGuiKey_F5);
    ui.frames(3);
    CHECK(ui.app.workshop.presenting);   // not full screen yet: still presenting, in the window
    fullscreen = true;
    ui.frames(2);
    CHECK(ui.app.workshop.presenting);
    fullscreen = false;                  // the browser's own Esc
    ui.frames(2);
    CHECK_FALSE(ui.app.workshop.presenting);
}

// The first account's map on a screen of 'display' pixels, and then presented at the user's
// 'scale' (times the presenter's own, as the app applies it).
static void open_map(UiHarness& ui, ImVec2 display) {
    ui.app.scale_hint_answered = true;
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ImGui::GetIO().DisplaySize = display;
    ui.frames(2);
    ui.click("tab/map");
}

static void present(UiHarness& ui, float scale) {
    ui.press(ImGuiKey_F5);
    kam::ui::apply_style(scale * kam::ui::kPresenterScale, KAM_FONT_PATH);
    ui.frames(3);
}

// At a large scale on a small screen the bar has no room for all it says: its texts must never
// run under its buttons (the hint goes first, then the buttons move below), and Leave stays on
// screen.
TEST_CASE("the presenter bar's texts never run under its buttons, at any scale", "[workshop][scale]") {
    const auto overlap = [](const std::array<float, 4>& a, const std::array<float, 4>& b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    };
    for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        for (const float scale : {1.0f, 2.0f}) {
            UiHarness ui(make_sample_workspace());
            open_map(ui, display);
            present(ui, scale);
            INFO(display.x << " x " << display.y << " at " << scale * 100 << "% presented");
            REQUIRE(ui.app.workshop.presenting);
            std::vector<std::string> texts = {"presenter/where", "presenter/save"};
            if (ui.has_item("presenter/hint")) texts.push_back("presenter/hint");
            for (const std::string& text : texts)
                for (const char* button : {"presenter/agenda", "presenter/leave"}) {
                    INFO(text << " and " << button);
                    CHECK_FALSE(overlap(ui.rect(text), ui.rect(button)));
                }
            const std::array<float, 4> leave = ui.rect("presenter/leave");
            CHECK(leave[0] + leave[2] <= display.x);
            if (scale == 1.0f) CHECK(ui.has_item("presenter/hint"));   // room for all of it at 150%
        }
    }
}

// Presenting, the map's filters fold behind one button (at 300% on a laptop they took five rows
// of the screen); it says when a filter is on, and opens them.
TEST_CASE("presenting, the map's filters fold behind one button that says when one is on", "[workshop]") {
    UiHarness ui(make_sample_workspace());
    ui.app.selected_account = ui.app.doc.ws().accounts[0].id;
    ui.frames(2);
    ui.click("tab/map");
    REQUIRE(ui.has_item("map/filter/search"));
    CHECK_FALSE(ui.has_item("map/filters"));   // not folded outside presenter mode
    ui.app.map.filter.with_target = true;      // a filter on before presenting
    ui.press(ImGuiKey_F5);
    ui.frames(3);
    REQUIRE(ui.app.workshop.presenting);
    CHECK_FALSE(ui.has_item("map/filter/search"));
    CHECK_FALSE(ui.has_item("map/highlight"));
    REQUIRE(ui.has_item("map/filters"));
    CHECK(ui.text("map/filters") == "Filters (on)");
    CHECK(ui.text("map/matching") != "");      // what the filter leaves standing out is still said
    ui.click("map/filters");
    ui.frames(2);
    CHECK(ui.text("map/filters") == "Hide filters");
    CHECK(ui.has_item("map/filter/search"));
    CHECK(ui.has_item("map/highlight"));
    ui.click("map/filters");
    ui.frames(2);
    CHECK_FALSE(ui.has_item("map/filter/search"));
}

// Presenting at 300% on a laptop's 1280 x 800, the map's toolbar took three rows; with the lines
// and the legend behind one Show button it takes two (one on a projector's 1920 x 1080), and what
// folded still works from the button's popup.
TEST_CASE("presenting, the map's toolbar folds its lines and legend behind one Show button", "[workshop][scale]") {
    for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        UiHarness ui(make_sample_workspace());
        open_map(ui, display);
        CHECK(ui.has_item("map/show/Reports"));   // not presenting: in the toolbar's row
        CHECK_FALSE(ui.has_item("map/show"));
        present(ui, 2.0f);
        INFO(display.x << " x " << display.y << " at 300% presented");
        REQUIRE(ui.app.workshop.presenting);
        CHECK_FALSE(ui.has_item("map/show/Reports"));
        const float row = ImGui::GetFrameHeightWithSpacing();
        const float first = ui.rect("map/add_contact")[1], last = ui.rect("map/export_png")[1];
        const int rows = 1 + static_cast<int>((last - first + row / 2) / row);
        CHECK(rows == (display.x < 1920 ? 2 : 1));

        const bool reports = ui.app.map.show_lines[0];
        ui.click("map/show");
        REQUIRE(ui.has_item("map/show/Reports"));
        REQUIRE(ui.has_item("map/show/Legend"));
        ui.click("map/show/Reports");
        CHECK(ui.app.map.show_lines[0] != reports);
    }
}

// Presenter mode: F5 and the menu show the view on screen alone (no menu, no accounts list, no
// status line) with a bar that says where you are; the view's controls still work; Esc and F5
// leave, but Esc first closes a popup; the browser's full screen is asked for and left with it.
#include "core/sample_workspace.h"
#include "ui/workshop/presenter.h"
#include "ui_harness.h"

#include <catch2/catch.hpp>

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

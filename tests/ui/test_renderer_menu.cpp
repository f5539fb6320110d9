// View > Renderer and Help > About: the choice goes to the platform, the menu says a reload
// applies it, and About says which renderer draws and why.
#include "ui_harness.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {

// A platform that chose the CPU renderer at start, and remembers a new choice.
struct FakeRenderer {
    RendererChoice at_start = RendererChoice::Automatic, chosen = RendererChoice::Automatic;
    int choices = 0;
    explicit FakeRenderer(Host& host) {
        host.renderer_status = [this] { return RendererStatus{true, "CPU: WebGL 2 runs in software (SwiftShader)", chosen, true, chosen != at_start}; };
        host.choose_renderer = [this](RendererChoice c) {
            chosen = c;
            choices++;
        };
    }
};

}  // namespace

TEST_CASE("View > Renderer passes the choice to the platform and says a reload applies it", "[menu]") {
    test::UiHarness ui;
    FakeRenderer renderer(ui.app.host);
    ui.frames(2);
    ui.click("menu/view");
    ui.move_to(ui.center("menu/view/renderer"));
    ui.frames(3);
    REQUIRE(ui.has_item("menu/view/renderer/cpu"));
    CHECK(ui.text("menu/view/renderer/note").empty());
    ui.click("menu/view/renderer/cpu");
    CHECK(renderer.chosen == RendererChoice::Cpu);
    CHECK(renderer.choices == 1);

    ui.click("menu/view");
    ui.move_to(ui.center("menu/view/renderer"));
    ui.frames(3);
    CHECK(ui.text("menu/view/renderer/note") == "Reload the page to switch.");
    ui.click("menu/view/renderer/cpu");   // already chosen: nothing new to remember
    CHECK(renderer.choices == 1);
}

TEST_CASE("Help > About says which renderer draws and why", "[menu]") {
    test::UiHarness ui;
    FakeRenderer renderer(ui.app.host);
    ui.frames(2);
    ui.click("menu/help");
    ui.click("menu/help/about");
    ui.frames(2);
    CHECK(ui.text("about/renderer") == "Renderer: CPU: WebGL 2 runs in software (SwiftShader)");
}

TEST_CASE("Without a choice to make (the desktop build) View has no Renderer menu", "[menu]") {
    test::UiHarness ui;
    ui.app.host.renderer_status = [] { return RendererStatus{false, "GPU: OpenGL 3 (the desktop build)", RendererChoice::Automatic, false, false}; };
    ui.frames(2);
    ui.click("menu/view");
    ui.frames(2);
    CHECK(ui.has_item("menu/view"));
    CHECK_FALSE(ui.has_item("menu/view/renderer"));
}

#include "core/workshop/ui_scale.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("UI scale steps: up and down over the zoom steps, and stuck at either end", "[workshop][scale]") {
    CHECK(step_ui_scale(100, +1) == 110);
    CHECK(step_ui_scale(110, +1) == 125);
    CHECK(step_ui_scale(100, -1) == 90);
    CHECK(step_ui_scale(80, -1) == 75);
    CHECK(step_ui_scale(75, -1) == 75);
    CHECK(step_ui_scale(300, +1) == 300);
    CHECK(step_ui_scale(275, +1) == 300);
    // Between two steps (a slider left it there): the nearer step in that direction.
    CHECK(step_ui_scale(133, +1) == 150);
    CHECK(step_ui_scale(133, -1) == 125);
    CHECK(step_ui_scale(100, 0) == 100);
    // Out of range (a hand-edited preference): into range first.
    CHECK(step_ui_scale(20, +1) == 80);
    CHECK(step_ui_scale(900, -1) == 275);
}

TEST_CASE("UI scale is kept within 75..300 percent", "[workshop][scale]") {
    CHECK(clamp_ui_scale(10) == 75);
    CHECK(clamp_ui_scale(150) == 150);
    CHECK(clamp_ui_scale(1000) == 300);
}

TEST_CASE("the suggested UI scale follows the room the window gives the layout", "[workshop][scale]") {
    CHECK(suggested_ui_scale(1280, 720) == 100);
    CHECK(suggested_ui_scale(1280, 800) == 100);   // the laptop the issue was tried on
    CHECK(suggested_ui_scale(1366, 768) == 100);   // 107% of room: no step fits above 100
    CHECK(suggested_ui_scale(1920, 1080) == 150);  // a projector
    CHECK(suggested_ui_scale(1920, 1200) == 150);
    CHECK(suggested_ui_scale(2560, 1440) == 200);
    CHECK(suggested_ui_scale(3840, 2160) == 300);  // a 4K wall screen at pixel ratio 1
    CHECK(suggested_ui_scale(7680, 4320) == 300);  // never beyond the largest
    // The narrower side decides: a tall portrait window is not made larger for its height.
    CHECK(suggested_ui_scale(1080, 1920) == 100);
    // A laptop's browser window, short of 720 but room enough at 100%: left alone.
    CHECK(suggested_ui_scale(1366, 650) == 100);
    CHECK(suggested_ui_scale(1024, 600) == 100);
    // Too small for the layout at 100%: the step that fits.
    CHECK(suggested_ui_scale(900, 520) == 80);
    CHECK(suggested_ui_scale(800, 450) == 75);
    CHECK(suggested_ui_scale(400, 300) == 75);
    CHECK(suggested_ui_scale(0, 0) == 100);        // not known yet
    CHECK(suggested_ui_scale(-5, 700) == 100);
}

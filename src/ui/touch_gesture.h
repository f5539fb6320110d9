// KAM Canvas: two-finger touch gestures: pinch to zoom, move both fingers to pan. Dear ImGui's
// input knows one pointer, and Emscripten's GLFW gives it no second finger, so the platform
// layer (web: platform/web/web_touch.cpp) gathers these itself and the app hands them to the
// UI once a frame in AppState::touch; the map applies them (ui/relationships/map_canvas.cpp).
// Platform-neutral so headless tests can feed gestures too.
#pragma once

#include "imgui.h"

namespace kam::ui {

struct TouchGesture {
    // Two or more fingers are on the screen, or were since the last frame. The press a touch
    // screen also reports as a mouse button is then part of the gesture, not a click or drag.
    bool active = false;
    // The fingers moved since the last frame: their centre went from 'from' to 'to' (display
    // pixels) and their spread grew by the factor 'zoom'.
    bool moved = false;
    ImVec2 from{}, to{};
    float zoom = 1.0f;

    // Adds one move: several moves between two frames make one (the centre's first and last
    // positions, the product of the spread factors), which moves the view the same.
    void add(ImVec2 move_from, ImVec2 move_to, float move_zoom) {
        if (!moved) from = move_from, zoom = 1.0f;
        moved = true;
        to = move_to;
        zoom *= move_zoom;
    }
};

}  // namespace kam::ui

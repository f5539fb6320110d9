// KAM Canvas: touch input on the page's canvas. Emscripten's GLFW turns a touch into a
// left-button press at wherever the mouse last was, in the same frame as any move, and knows
// no second finger. So touch events on the canvas are handled here instead of by GLFW:
// - one finger is the mouse: it moves the pointer to itself, and presses a frame later (as a
//   hand with a mouse does: ImGui's tabs and buttons take a press only over an item they saw
//   hovered), drags, and releases when lifted;
// - two fingers are a ui::TouchGesture (pinch to zoom, move to pan) for the map, handed over
//   once a frame by window_take_touch_gesture(); a press the first finger made is released.
#include "platform/web/web_touch.h"
#include "platform/window.h"

#include "imgui.h"

#include <emscripten.h>

namespace kam::platform {

static ui::TouchGesture g_gesture;     // gathered since the last frame took it
static bool g_two_fingers = false;     // a gesture is going on (until every finger is lifted)
static bool g_press_next_frame = false, g_release_next_frame = false;
static bool g_pressed = false;         // the left button is down for a finger

extern "C" EMSCRIPTEN_KEEPALIVE void kam_touch_pointer(float x, float y, int press) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    if (press) g_press_next_frame = true;
}

extern "C" EMSCRIPTEN_KEEPALIVE void kam_touch_release() {
    if (g_press_next_frame || g_pressed) g_release_next_frame = true;   // a quick tap: press, then release
}

// 'down': a gesture goes on; its centre moved from (fx, fy) to (tx, ty), its spread by 'zoom'.
extern "C" EMSCRIPTEN_KEEPALIVE void kam_touch_gesture(int down, float fx, float fy, float tx, float ty, float zoom) {
    g_two_fingers = down != 0;
    if (!down) return;
    g_gesture.active = true;
    g_press_next_frame = false;   // the first finger's press, if not made yet, never is
    if (g_pressed) g_release_next_frame = true;
    if (fx != tx || fy != ty || zoom != 1.0f) g_gesture.add(ImVec2(fx, fy), ImVec2(tx, ty), zoom);
}

ui::TouchGesture window_take_touch_gesture() {
    // Called after this frame's input was read: a button change queued now is read next frame.
    ImGuiIO& io = ImGui::GetIO();
    if (g_press_next_frame) io.AddMouseButtonEvent(ImGuiMouseButton_Left, g_pressed = true);
    if (g_release_next_frame) io.AddMouseButtonEvent(ImGuiMouseButton_Left, g_pressed = false);
    g_press_next_frame = g_release_next_frame = false;
    ui::TouchGesture taken = g_gesture;
    g_gesture = {};
    g_gesture.active = g_two_fingers;
    return taken;
}

// Listeners on the window in the capture phase run before GLFW's on the canvas, which never
// see touch events. Positions are canvas pixels, ImGui's display coordinates. A gesture lasts
// until the last finger is lifted, so the finger left after a pinch does not drag; a new pair
// of fingers starts afresh.
EM_JS(void, js_install_touch_input, (), {
    const canvas = Module.canvas;
    let pair = null;   // the gesture's two fingers and their last centre and spread
    const point = (touch) => {
        const r = canvas.getBoundingClientRect();
        return { x: (touch.clientX - r.left) * canvas.width / r.width, y: (touch.clientY - r.top) * canvas.height / r.height };
    };
    const movePointer = (p, press) => {
        Browser.mouseX = p.x;   // where GLFW's cursor position says the mouse is
        Browser.mouseY = p.y;
        Module._kam_touch_pointer(p.x, p.y, press);
    };
    const onTouch = (event) => {
        if (event.target !== canvas) return;
        event.stopPropagation();   // not to GLFW
        // No emulated mouse events after a tap, no page zoom or scroll.
        if (event.cancelable) event.preventDefault();
        const touches = event.touches;
        if (touches.length >= 2) {
            const a = point(touches[0]), b = point(touches[1]);
            const now = { ids: touches[0].identifier + "," + touches[1].identifier, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2,
                          spread: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)) };
            if (pair === null) movePointer(now, 0);
            const from = pair !== null && pair.ids === now.ids ? pair : now;
            Module._kam_touch_gesture(1, from.x, from.y, now.x, now.y, now.spread / from.spread);
            pair = now;
        } else if (touches.length === 1 && pair === null) {
            movePointer(point(touches[0]), event.type === "touchstart" ? 1 : 0);
        } else if (touches.length === 0) {
            if (pair !== null) Module._kam_touch_gesture(0, 0, 0, 0, 0, 1);
            else Module._kam_touch_release();
            pair = null;
        }
        Module._kam_wake();
    };
    for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
        window.addEventListener(type, onTouch, { capture: true, passive: false });
});

void install_touch_input() { js_install_touch_input(); }

}  // namespace kam::platform

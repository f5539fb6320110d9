// KAM Canvas: which frames Dear ImGui needs, so that the browser's main loop draws one frame per
// input when nothing animates (a pan step costs one frame), and no more than ImGui needs to settle.
// Plain C++ over ImGui's own state: tested natively (tests/platform/test_frame_pacing.cpp).
//
// ImGui shows most input in the frame that takes it. What it shows only a frame later:
// - the rest of its input queue (it takes one button change a frame: a double-click is four);
// - what a click, a key, typed text or the wheel changed after its widget was drawn (a menu item
//   that opens a dialog, a scroll request, a new selection);
// - a window or popup that appears (hidden for a frame while it measures itself) or resizes to fit;
// - a tab that was asked to show (a tab bar switches a frame after the request);
// - keyboard navigation, which scores items over a frame and moves the next;
// - hover moving to another item, or an item starting or ending a drag;
// - a tooltip, after the mouse has rested on an item for a moment (a wake-up later, not frames).
// A mouse move alone (a pan step, a drag) shows in its own frame and needs nothing after it.
#pragma once

#include "imgui.h"

struct ImGuiContext;

namespace kam::platform {

class FramePacer {
public:
    // Before the frame: notes the input ImGui is about to take from its queue.
    void before_frame(const ImGuiContext& g);

    struct Next {
        bool draw_again = false;        // draw another frame now, whatever the input
        double wake_in_seconds = -1;    // else, if >= 0: draw one frame after this long (a tooltip's delay)
    };
    // After the frame: what ImGui still needs to show what this frame started.
    Next after_frame(const ImGuiContext& g);

private:
    bool took_action_ = false;   // a button, key, text, wheel or focus event is in this frame
    bool mouse_moved_ = false;
    ImGuiID hovered_ = 0, active_ = 0;
    int open_popups_ = 0;
};

}  // namespace kam::platform

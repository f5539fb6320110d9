// KAM Canvas: the frames ImGui needs (see frame_pacing.h for which and why).
#include "platform/web/frame_pacing.h"

#include "imgui_internal.h"   // the input queue, windows and navigation state

#include <algorithm>
#include <cfloat>

namespace kam::platform {

void FramePacer::before_frame(const ImGuiContext& g) {
    took_action_ = mouse_moved_ = false;
    for (const ImGuiInputEvent& e : g.InputEventsQueue) {
        if (e.Type == ImGuiInputEventType_MousePos)
            mouse_moved_ = true;
        else
            took_action_ = true;
    }
}

// A window that is still settling: appearing (hidden while it measures itself), fitting its size
// to its contents, or about to apply a scroll request.
static bool window_settling(const ImGuiWindow& w) {
    if (!w.Active && !w.WasActive) return false;
    return w.HiddenFramesCannotSkipItems > 0 || w.HiddenFramesCanSkipItems > 0 || w.AutoFitFramesX > 0 || w.AutoFitFramesY > 0 ||
           w.ScrollTarget.x != FLT_MAX || w.ScrollTarget.y != FLT_MAX;
}

// A tab bar that was asked to select a tab (ImGuiTabItemFlags_SetSelected) switches at its next
// frame, and shows the tab's contents only then.
static bool tab_bar_switching(const ImGuiContext& g) {
    ImPool<ImGuiTabBar>& bars = const_cast<ImPool<ImGuiTabBar>&>(g.TabBars);   // ImPool has no const lookup
    for (int i = 0; i < bars.GetMapSize(); i++) {
        const ImGuiTabBar* bar = bars.TryGetMapData(i);
        if (bar && bar->CurrFrameVisible == g.FrameCount && (bar->NextSelectedTabId != 0 || bar->ReorderRequestTabId != 0)) return true;
    }
    return false;
}

FramePacer::Next FramePacer::after_frame(const ImGuiContext& g) {
    Next next;
    bool again = !g.InputEventsQueue.empty() || took_action_;
    again = again || g.HoveredId != hovered_ || g.ActiveId != active_ || g.OpenPopupStack.Size != open_popups_;
    again = again || g.NavMoveScoringItems || g.NavMoveForwardToNextFrame || g.NavInitRequest || g.NavNextActivateId != 0;
    for (int i = 0; !again && i < g.Windows.Size; i++) again = window_settling(*g.Windows[i]);
    again = again || tab_bar_switching(g);
    hovered_ = g.HoveredId;
    active_ = g.ActiveId;
    open_popups_ = g.OpenPopupStack.Size;
    next.draw_again = again;
    // The mouse moved over an item it is not dragging: once it rests, that item's tooltip shows
    // (ImGui's default for tooltips: the mouse still for a moment, and the item hovered as long).
    if (!again && mouse_moved_ && g.HoveredId != 0 && g.ActiveId == 0)
        next.wake_in_seconds = std::max(g.Style.HoverStationaryDelay, g.Style.HoverDelayShort) + 0.02;
    return next;
}

}  // namespace kam::platform

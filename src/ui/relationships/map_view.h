// KAM Canvas: the relationship map's view: where the world (contact positions, in map units)
// appears on the screen. A view is an origin (the screen position of world 0,0) and a scale
// (screen pixels per world unit), as in imgui-node-editor's canvas; everything the map draws
// or hit-tests goes through to_screen() / to_world(). Header-only so tests can check it.
#pragma once

#include "imgui.h"

#include <algorithm>

namespace kam::ui {

// An axis-aligned rectangle (world or screen units).
struct Box {
    ImVec2 min, max;
    bool contains(ImVec2 p) const { return p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y; }
    bool overlaps(const Box& o) const { return min.x <= o.max.x && o.min.x <= max.x && min.y <= o.max.y && o.min.y <= max.y; }
    bool contains(const Box& o) const { return contains(o.min) && contains(o.max); }
    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    // The smallest box holding both corners, in whichever order they come (a drag rectangle).
    static Box spanning(ImVec2 a, ImVec2 b) {
        return {ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y))};
    }
};

struct MapView {
    static constexpr float kMinScale = 0.02f, kMaxScale = 4.0f;

    ImVec2 origin{0, 0};   // screen position of world (0, 0)
    float scale = 1.0f;    // screen pixels per world unit

    ImVec2 to_screen(ImVec2 w) const { return ImVec2(origin.x + w.x * scale, origin.y + w.y * scale); }
    ImVec2 to_world(ImVec2 s) const { return ImVec2((s.x - origin.x) / scale, (s.y - origin.y) / scale); }
    Box to_screen(const Box& w) const { return {to_screen(w.min), to_screen(w.max)}; }
    Box to_world(const Box& s) const { return {to_world(s.min), to_world(s.max)}; }

    void pan(ImVec2 screen_delta) {
        origin.x += screen_delta.x;
        origin.y += screen_delta.y;
    }
    // Multiplies the scale by 'factor' (within limits) keeping the world point under
    // 'screen_point' where it is: zooming at the cursor.
    void zoom_at(ImVec2 screen_point, float factor) { pinch(screen_point, screen_point, factor); }
    // Two fingers on a touch screen: the world point under their centre 'from' follows the
    // centre to 'to' while the scale is multiplied by 'factor' (within limits), so what is
    // under the fingers stays under them as they pinch and pan at once.
    void pinch(ImVec2 from, ImVec2 to, float factor) {
        const ImVec2 world = to_world(from);
        scale = std::clamp(scale * factor, kMinScale, kMaxScale);
        origin = ImVec2(to.x - world.x * scale, to.y - world.y * scale);
    }
    // Puts the world point 'world' at 'screen_point' without changing the scale.
    void center_on(ImVec2 world, ImVec2 screen_point) {
        origin = ImVec2(screen_point.x - world.x * scale, screen_point.y - world.y * scale);
    }
    // Shows all of 'world' inside 'screen' with a margin (in screen pixels), at most at 'max_scale'.
    void fit(const Box& world, const Box& screen, float margin, float max_scale = 1.0f) {
        const float w = std::max(world.width(), 1.0f), h = std::max(world.height(), 1.0f);
        const float sx = (screen.width() - 2 * margin) / w, sy = (screen.height() - 2 * margin) / h;
        scale = std::clamp(std::min({sx, sy, max_scale}), kMinScale, kMaxScale);
        center_on(world.center(), screen.center());
    }
};

}  // namespace kam::ui

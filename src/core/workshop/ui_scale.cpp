#include "core/workshop/ui_scale.h"

#include <algorithm>
#include <array>

namespace kam {

static constexpr std::array<int, 13> kSteps = {75, 80, 90, 100, 110, 125, 150, 175, 200, 225, 250, 275, 300};
// The room the layout is made for at 100%, and the least it still works in at 100%.
static constexpr float kLayoutWidth = 1280.0f, kLayoutHeight = 720.0f;
static constexpr float kSmallestWidth = 1024.0f, kSmallestHeight = 600.0f;

int clamp_ui_scale(int percent) { return std::clamp(percent, kMinUiScalePercent, kMaxUiScalePercent); }

int step_ui_scale(int percent, int direction) {
    percent = clamp_ui_scale(percent);
    if (direction > 0) {
        const auto above = std::upper_bound(kSteps.begin(), kSteps.end(), percent);
        return above != kSteps.end() ? *above : kSteps.back();
    }
    if (direction < 0) {
        const auto at_or_above = std::lower_bound(kSteps.begin(), kSteps.end(), percent);
        return at_or_above != kSteps.begin() ? *(at_or_above - 1) : kSteps.front();
    }
    return percent;
}

int suggested_ui_scale(float width, float height) {
    if (!(width > 0) || !(height > 0)) return 100;   // not known yet (or nonsense): leave it
    // Upwards only by whole steps that fit, so the layout never gets less room than it is made for.
    const float room = std::min(width / kLayoutWidth, height / kLayoutHeight) * 100.0f;
    if (room >= 100.0f) {
        int best = 100;
        for (int s : kSteps)
            if (s <= room) best = s;
        return best;
    }
    // Downwards only for a window too small for the layout at 100%: the step that makes it fit.
    const float least = std::min(width / kSmallestWidth, height / kSmallestHeight) * 100.0f;
    if (least >= 100.0f) return 100;
    int best = kSteps.front();
    for (int s : kSteps)
        if (s <= least) best = s;
    return best;
}

}  // namespace kam

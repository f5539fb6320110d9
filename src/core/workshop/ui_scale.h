// KAM Canvas: the UI scale a user picks for a screen (View > UI scale, Ctrl+= and Ctrl+-), and
// the one the first-run hint suggests for the size of the window. The scale multiplies every
// size of the UI (text, paddings, widths in font units) on top of the screen's pixel ratio.
#pragma once

namespace kam {

inline constexpr int kMinUiScalePercent = 75, kMaxUiScalePercent = 300;

// 'percent' brought into 75..300.
int clamp_ui_scale(int percent);

// The next step up (direction > 0) or down (< 0) from 'percent', over the steps browsers use
// for zoom (75, 80, 90, 100, 110, 125, 150, ...); a scale between two steps goes to the nearer
// one in that direction. At either end it stays where it is.
int step_ui_scale(int percent, int direction);

// What suits a window of 'width' x 'height' CSS pixels. The layout is made for about 1280 x 720
// at 100%, so a larger window (a projector, a wall screen) gets the largest step that still gives
// it that much room. It still works down to 1024 x 600 at 100%: only a smaller window gets a
// smaller step, the one that fits it, never below 75%.
int suggested_ui_scale(float width, float height);

}  // namespace kam

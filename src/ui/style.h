// KAM Canvas: the look: the UI font at the current scale, and the style (the theme's colours,
// every size) scaled to match.
#pragma once

#include "ui/theme.h"

namespace kam::ui {

// Rebuilds the font atlas and style for 'scale' (HiDPI ratio x UI scale) in 'theme'. The caller
// must re-upload the font texture afterwards. Falls back to ImGui's built-in font (ASCII only)
// and returns false when the font file cannot be read.
bool apply_style(float scale, const char* font_path, Theme theme = current_theme());

inline constexpr float kBaseFontSize = 16.0f;

}  // namespace kam::ui

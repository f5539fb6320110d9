// KAM Canvas: the look: the UI font at the current scale and the style scaled to match.
#pragma once

namespace kam::ui {

// Rebuilds the font atlas and style for 'scale' (HiDPI ratio x user font size). The caller
// must re-upload the font texture afterwards. Falls back to ImGui's built-in font (ASCII
// only) and returns false when the font file cannot be read.
bool apply_style(float scale, const char* font_path);

inline constexpr float kBaseFontSize = 16.0f;

}  // namespace kam::ui

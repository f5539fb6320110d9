// KAM Canvas: the themes (View > Theme, remembered on the device): light, dark, and high contrast
// for projectors and low vision. Each theme is ImGui's style colours plus a palette of the colours
// our views draw with themselves (messages, bars, the map). Data colours (attitude, line kinds,
// tiers, chart series) are core's colour-blind-safe set in every theme; only what they sit on
// and the text around them changes.
#pragma once

#include "core/card_look.h"

#include "imgui.h"

#include <string_view>

namespace kam::ui {

enum class Theme { Light, Dark, HighContrast, COUNT };

const char* theme_name(Theme theme);    // as stored: "light", "dark", "high-contrast"
const char* theme_label(Theme theme);   // as shown: "Light", "Dark", "High contrast"
Theme theme_from_name(std::string_view name);   // a name this version does not know: Light

struct Palette {
    // Text on the window background, by what it says.
    Rgb window_bg, text, text_muted, error, warning, good, info;
    // Bars across the top of the screen: advice (blue), attention (amber), and the plan's banner.
    Rgb advice_bg, attention_bg, banner_bg, banner_text;
    Rgb healthy, watch, poor;   // health bands, as text and marks on the window background
    // The map. A card is filled with its attitude colour moved towards card_base by card_tint,
    // and its text is card_ink (card_ink_muted for the department line).
    Rgb canvas, canvas_text, canvas_text_muted, card_base, card_ink, card_ink_muted, chip_bg, chip_border;
    Rgb reports_line;             // the reporting line, which must show on the canvas
    Rgb selection;                // the frame of what is selected or hovered on the canvas
    float card_tint;
    float card_border;            // a card's frame at zoom 1, in screen pixels
    int veil_alpha;               // a filtered-out card under the canvas colour at this alpha
};

const Palette& palette_of(Theme theme);
const Palette& palette();   // of the theme in use
Theme current_theme();

// Makes 'theme' the one in use, and sets ImGui's style colours from it (sizes are left alone).
void set_theme(Theme theme, ImGuiStyle& style);

// Colours for ImGui's calls.
inline ImU32 u32(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }
inline ImVec4 vec4(Rgb c, float alpha = 1.0f) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }
// The fill of a card of colour 'c' (an attitude's, or the neutral one) in the theme in use.
Rgb card_fill(const Palette& p, Rgb c);

// ImGui style colour as Rgb (alpha dropped), for checks of contrast.
Rgb style_rgb(const ImGuiStyle& style, ImGuiCol col);

}  // namespace kam::ui

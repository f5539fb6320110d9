#include "ui/theme.h"

#include "core/contrast.h"

#include <array>

namespace kam::ui {

static constexpr std::array<const char*, 3> kNames = {"light", "dark", "high-contrast"};
static constexpr std::array<const char*, 3> kLabels = {"Light", "Dark", "High contrast"};
static Theme g_theme = Theme::Light;

const char* theme_name(Theme theme) { return kNames[(size_t)theme % kNames.size()]; }
const char* theme_label(Theme theme) { return kLabels[(size_t)theme % kLabels.size()]; }

Theme theme_from_name(std::string_view name) {
    for (size_t i = 0; i < kNames.size(); i++)
        if (name == kNames[i]) return (Theme)i;
    return Theme::Light;
}

// The text colours are chosen for contrast on the window background (tests/ui/test_theme.cpp
// checks every theme): AA everywhere, AAA in high contrast and for the map's card text there.
static const Palette kLight = {
    .window_bg = {247, 247, 245}, .text = {0, 0, 0}, .text_muted = {102, 102, 102},
    .error = {190, 30, 30}, .warning = {160, 82, 0}, .good = {20, 120, 40}, .info = {20, 90, 190},
    .advice_bg = {219, 235, 255}, .attention_bg = {255, 237, 179}, .banner_bg = {0, 115, 179}, .banner_text = {255, 255, 255},
    .healthy = {25, 120, 50}, .watch = {160, 82, 0}, .poor = {190, 30, 30},
    .canvas = {255, 255, 255}, .canvas_text = {25, 25, 25}, .canvas_text_muted = {90, 90, 90},
    .card_base = {255, 255, 255}, .card_ink = {25, 25, 25}, .card_ink_muted = {70, 70, 70},
    .chip_bg = {255, 255, 255}, .chip_border = {90, 90, 90}, .reports_line = kLineRgb[0], .selection = {0, 0, 0},
    .card_tint = 0.72f, .card_border = 2.5f, .veil_alpha = 200,
};

static const Palette kDark = {
    .window_bg = {32, 34, 38}, .text = {235, 235, 235}, .text_muted = {165, 165, 165},
    .error = {255, 110, 100}, .warning = {240, 170, 60}, .good = {100, 200, 120}, .info = {110, 170, 255},
    .advice_bg = {30, 55, 90}, .attention_bg = {85, 65, 15}, .banner_bg = {0, 90, 140}, .banner_text = {255, 255, 255},
    .healthy = {100, 200, 120}, .watch = {240, 170, 60}, .poor = {255, 110, 100},
    .canvas = {24, 26, 30}, .canvas_text = {230, 230, 230}, .canvas_text_muted = {170, 170, 170},
    .card_base = {40, 42, 48}, .card_ink = {240, 240, 240}, .card_ink_muted = {200, 200, 200},
    .chip_bg = {60, 62, 68}, .chip_border = {150, 150, 150}, .reports_line = {175, 175, 175}, .selection = {255, 255, 255},
    .card_tint = 0.78f, .card_border = 2.5f, .veil_alpha = 200,
};

static const Palette kHighContrast = {
    .window_bg = {255, 255, 255}, .text = {0, 0, 0}, .text_muted = {60, 60, 60},
    .error = {160, 0, 0}, .warning = {120, 60, 0}, .good = {0, 100, 0}, .info = {0, 60, 160},
    .advice_bg = {220, 235, 255}, .attention_bg = {255, 235, 160}, .banner_bg = {0, 50, 110}, .banner_text = {255, 255, 255},
    .healthy = {0, 100, 0}, .watch = {120, 60, 0}, .poor = {160, 0, 0},
    .canvas = {255, 255, 255}, .canvas_text = {0, 0, 0}, .canvas_text_muted = {40, 40, 40},
    .card_base = {255, 255, 255}, .card_ink = {0, 0, 0}, .card_ink_muted = {30, 30, 30},
    .chip_bg = {255, 255, 255}, .chip_border = {0, 0, 0}, .reports_line = {0, 0, 0}, .selection = {0, 0, 0},
    .card_tint = 0.85f, .card_border = 3.5f, .veil_alpha = 170,
};

const Palette& palette_of(Theme theme) {
    switch (theme) {
    case Theme::Dark: return kDark;
    case Theme::HighContrast: return kHighContrast;
    default: return kLight;
    }
}

const Palette& palette() { return palette_of(g_theme); }
Theme current_theme() { return g_theme; }

Rgb card_fill(const Palette& p, Rgb c) { return mix_rgb(c, p.card_base, p.card_tint); }

static void set(ImGuiStyle& s, ImGuiCol col, Rgb c, float alpha = 1.0f) { s.Colors[col] = vec4(c, alpha); }

// Starts from ImGui's own light or dark colours and mends what reads too faintly.
static void dark_colors(ImGuiStyle& s, const Palette& p) {
    ImGui::StyleColorsDark(&s);
    set(s, ImGuiCol_Text, p.text);
    set(s, ImGuiCol_TextDisabled, p.text_muted);
    set(s, ImGuiCol_WindowBg, p.window_bg);
    set(s, ImGuiCol_ChildBg, p.window_bg, 0.0f);
    set(s, ImGuiCol_PopupBg, {40, 43, 48});
    set(s, ImGuiCol_MenuBarBg, {44, 47, 53});
    set(s, ImGuiCol_FrameBg, {52, 56, 64});
    set(s, ImGuiCol_FrameBgHovered, {62, 70, 84});
    set(s, ImGuiCol_FrameBgActive, {70, 82, 104});
    set(s, ImGuiCol_Button, {46, 92, 153});
    set(s, ImGuiCol_ButtonHovered, {40, 105, 180});
    set(s, ImGuiCol_ButtonActive, {30, 80, 140});
    set(s, ImGuiCol_Header, {45, 70, 105});
    set(s, ImGuiCol_HeaderHovered, {50, 90, 145});
    set(s, ImGuiCol_HeaderActive, {40, 80, 135});
    set(s, ImGuiCol_Tab, {40, 60, 90});
    set(s, ImGuiCol_TabHovered, {50, 90, 145});
    set(s, ImGuiCol_TabActive, {45, 80, 130});
    set(s, ImGuiCol_TableHeaderBg, {48, 52, 60});
    set(s, ImGuiCol_TableRowBgAlt, {255, 255, 255}, 0.04f);
}

static void high_contrast_colors(ImGuiStyle& s, const Palette& p) {
    ImGui::StyleColorsLight(&s);
    set(s, ImGuiCol_Text, p.text);
    set(s, ImGuiCol_TextDisabled, p.text_muted);
    set(s, ImGuiCol_WindowBg, p.window_bg);
    set(s, ImGuiCol_ChildBg, p.window_bg, 0.0f);
    set(s, ImGuiCol_PopupBg, p.window_bg);
    set(s, ImGuiCol_MenuBarBg, {235, 235, 235});
    set(s, ImGuiCol_Border, {0, 0, 0});
    set(s, ImGuiCol_Separator, {0, 0, 0});
    set(s, ImGuiCol_FrameBg, {255, 255, 255});
    set(s, ImGuiCol_FrameBgHovered, {225, 238, 255});
    set(s, ImGuiCol_FrameBgActive, {200, 222, 255});
    set(s, ImGuiCol_Button, {210, 228, 255});
    set(s, ImGuiCol_ButtonHovered, {170, 205, 255});
    set(s, ImGuiCol_ButtonActive, {140, 185, 250});
    set(s, ImGuiCol_Header, {210, 228, 255});
    set(s, ImGuiCol_HeaderHovered, {170, 205, 255});
    set(s, ImGuiCol_HeaderActive, {140, 185, 250});
    set(s, ImGuiCol_Tab, {225, 225, 225});
    set(s, ImGuiCol_TabHovered, {170, 205, 255});
    set(s, ImGuiCol_TabActive, {255, 255, 255});
    set(s, ImGuiCol_TitleBg, {225, 225, 225});
    set(s, ImGuiCol_TitleBgActive, {200, 222, 255});
    set(s, ImGuiCol_TableHeaderBg, {225, 225, 225});
    set(s, ImGuiCol_TableRowBgAlt, {0, 0, 0}, 0.05f);
    set(s, ImGuiCol_TableBorderStrong, {0, 0, 0});
    set(s, ImGuiCol_TableBorderLight, {90, 90, 90});
    set(s, ImGuiCol_CheckMark, {0, 0, 0});
    set(s, ImGuiCol_SliderGrab, {0, 60, 160});
    set(s, ImGuiCol_SliderGrabActive, {0, 40, 120});
    set(s, ImGuiCol_NavHighlight, {0, 0, 0});
    set(s, ImGuiCol_TextSelectedBg, {140, 185, 250});
    s.FrameBorderSize = 1.0f;
    s.TabBorderSize = 1.0f;
}

void set_theme(Theme theme, ImGuiStyle& style) {
    g_theme = theme;
    const Palette& p = palette();
    switch (theme) {
    case Theme::Dark: dark_colors(style, p); break;
    case Theme::HighContrast: high_contrast_colors(style, p); break;
    default:
        ImGui::StyleColorsLight(&style);
        set(style, ImGuiCol_WindowBg, p.window_bg);
        set(style, ImGuiCol_TextDisabled, p.text_muted);
        break;
    }
}

Rgb style_rgb(const ImGuiStyle& style, ImGuiCol col) {
    // A translucent colour as it shows: over the window background.
    const ImVec4 c = style.Colors[col], under = style.Colors[ImGuiCol_WindowBg];
    const auto channel = [&](float top, float bottom) { return (unsigned char)(255.0f * (top * c.w + bottom * (1 - c.w)) + 0.5f); };
    return {channel(c.x, under.x), channel(c.y, under.y), channel(c.z, under.z)};
}

}  // namespace kam::ui

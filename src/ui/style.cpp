#include "ui/style.h"

#include "imgui.h"

namespace kam::ui {

// The glyphs the subset font carries: the ranges of assets/glyphs.txt (the build cuts the font to
// the same list).
static const ImWchar kGlyphRanges[] = {
#include "glyph_ranges.inc"
    0,
};

bool apply_style(float scale, const char* font_path, Theme theme) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.OversampleH = 2;   // crisp at fractional positions without doubling the atlas
    config.OversampleV = 1;
    ImFont* font = font_path ? io.Fonts->AddFontFromFileTTF(font_path, kBaseFontSize * scale, &config, kGlyphRanges)
                             : nullptr;
    if (!font) {
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        io.Fonts->AddFontDefault(&fallback);
    }
    io.Fonts->Build();

    ImGuiStyle style;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.FrameBorderSize = 1.0f;
    style.WindowPadding = ImVec2(10, 8);
    style.ItemSpacing = ImVec2(8, 6);
    set_theme(theme, style);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
    return font != nullptr;
}

}  // namespace kam::ui

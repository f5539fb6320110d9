#include "ui/style.h"

#include "imgui.h"

namespace kam::ui {

// The glyphs the subset font carries (see CMakeLists.txt): Latin-1, Latin Extended-A
// (Å Ö ß Ł Ñ ...), the letters of Latin Extended-B that living languages' names use (Ș Ț Ə Ơ Ư Ǎ),
// punctuation, the euro sign, arrows and a few symbols.
static const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x018F, 0x018F, 0x0192, 0x0192, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
    0x01CD, 0x01DC, 0x0218, 0x021B, 0x0259, 0x0259, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC,
    0x2190, 0x2195, 0x2212, 0x2212, 0x2713, 0x2715, 0x25B2, 0x25BC, 0x2022, 0x2022, 0,
};

static void apply_colors(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.FrameBorderSize = 1.0f;
    style.WindowPadding = ImVec2(10, 8);
    style.ItemSpacing = ImVec2(8, 6);
}

bool apply_style(float scale, const char* font_path) {
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
    apply_colors(style);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
    return font != nullptr;
}

}  // namespace kam::ui

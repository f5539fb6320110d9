// The themes: every text colour reads on what it is drawn on (WCAG AA, and AAA for high
// contrast and for the map's card text there), and a theme is found again by its stored name.
#include "core/contrast.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

#include <string>

using namespace kam;
using namespace kam::ui;

static constexpr Theme kThemes[] = {Theme::Light, Theme::Dark, Theme::HighContrast};

static double needed(Theme theme) { return theme == Theme::HighContrast ? kContrastAAA : kContrastAA; }

TEST_CASE("themes are found again by their stored names, and an unknown name is light", "[theme]") {
    for (Theme t : kThemes) CHECK(theme_from_name(theme_name(t)) == t);
    CHECK(theme_from_name("solarized-from-a-later-version") == Theme::Light);
    CHECK(theme_from_name("") == Theme::Light);
    CHECK(std::string(theme_label(Theme::HighContrast)) == "High contrast");
}

TEST_CASE("each theme's message colours read on its window background", "[theme]") {
    for (Theme t : kThemes) {
        const Palette& p = palette_of(t);
        INFO(theme_name(t));
        for (Rgb text : {p.text, p.text_muted, p.error, p.warning, p.good, p.info, p.healthy, p.watch, p.poor})
            CHECK(contrast_ratio(text, p.window_bg) >= needed(t));
        CHECK(contrast_ratio(p.text, p.advice_bg) >= needed(t));
        CHECK(contrast_ratio(p.text, p.attention_bg) >= needed(t));
        CHECK(contrast_ratio(p.banner_text, p.banner_bg) >= needed(t));
        CHECK(contrast_ratio(p.canvas_text, p.canvas) >= needed(t));
        CHECK(contrast_ratio(p.canvas_text_muted, p.canvas) >= needed(t));
    }
}

TEST_CASE("card text reads on every attitude's card, AAA in high contrast", "[theme]") {
    for (Theme t : kThemes) {
        const Palette& p = palette_of(t);
        INFO(theme_name(t));
        for (int a = kAttitudeMin; a <= kAttitudeMax; a++) {
            INFO("attitude " << a);
            const Rgb fill = card_fill(p, attitude_rgb(a));
            CHECK(contrast_ratio(p.card_ink, fill) >= (t == Theme::HighContrast ? kContrastAAA : kContrastAA));
            CHECK(contrast_ratio(p.card_ink_muted, fill) >= (t == Theme::HighContrast ? kContrastAAA : kContrastAA));
        }
        CHECK(contrast_ratio(p.card_ink, card_fill(p, kNeutralCardRgb)) >= needed(t));
        CHECK(contrast_ratio(p.card_ink, p.chip_bg) >= needed(t));
        CHECK(contrast_ratio(p.card_ink, p.card_base) >= needed(t));   // team cards
        // The chess piece: the card's base colour on a disc of ink.
        CHECK(contrast_ratio(p.card_base, p.card_ink) >= needed(t));
    }
}

TEST_CASE("the map's lines and cards stand out from the canvas in every theme", "[theme]") {
    for (Theme t : kThemes) {
        const Palette& p = palette_of(t);
        INFO(theme_name(t));
        // Non-text marks need 3:1 (WCAG 1.4.11).
        CHECK(contrast_ratio(p.reports_line, p.canvas) >= 3.0);
        CHECK(contrast_ratio(p.selection, p.canvas) >= 3.0);
    }
}

TEST_CASE("ImGui's text reads on every surface it is drawn on", "[theme]") {
    static constexpr ImGuiCol kSurfaces[] = {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_MenuBarBg, ImGuiCol_FrameBg,
                                             ImGuiCol_Button, ImGuiCol_Header, ImGuiCol_Tab, ImGuiCol_TabActive,
                                             ImGuiCol_TableHeaderBg, ImGuiCol_TitleBgActive};
    // In high contrast also while hovered and pressed: that is when a low-vision user reads it.
    static constexpr ImGuiCol kTransient[] = {ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_ButtonHovered,
                                              ImGuiCol_ButtonActive, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive,
                                              ImGuiCol_TabHovered};
    for (Theme t : kThemes) {
        ImGuiStyle style;
        set_theme(t, style);
        INFO(theme_name(t));
        CHECK(current_theme() == t);
        const Rgb text = style_rgb(style, ImGuiCol_Text);
        for (ImGuiCol surface : kSurfaces) {
            INFO("surface " << surface);
            CHECK(contrast_ratio(text, style_rgb(style, surface)) >= kContrastAA);
        }
        CHECK(contrast_ratio(style_rgb(style, ImGuiCol_TextDisabled), style_rgb(style, ImGuiCol_WindowBg)) >= kContrastAA);
        if (t != Theme::HighContrast) continue;
        for (ImGuiCol surface : kTransient) {
            INFO("surface " << surface);
            CHECK(contrast_ratio(text, style_rgb(style, surface)) >= kContrastAA);
        }
        for (ImGuiCol surface : kSurfaces) CHECK(contrast_ratio(text, style_rgb(style, surface)) >= kContrastAAA);
    }
    ImGuiStyle style;
    set_theme(Theme::Light, style);
}

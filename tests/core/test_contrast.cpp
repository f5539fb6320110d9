#include "core/contrast.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("contrast ratio as WCAG 2 defines it", "[contrast]") {
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255}, {0, 0, 0}) == Approx(21.0));   // either way round
    CHECK(contrast_ratio({120, 50, 200}, {120, 50, 200}) == Approx(1.0));
    // Known pairs: #767676 is the lightest grey that passes AA on white (4.54:1).
    CHECK(contrast_ratio({118, 118, 118}, {255, 255, 255}) == Approx(4.54).margin(0.01));
    CHECK(contrast_ratio({119, 119, 119}, {255, 255, 255}) < kContrastAA);
    CHECK(contrast_ratio({0, 0, 255}, {255, 255, 255}) == Approx(8.59).margin(0.01));
    CHECK(relative_luminance({255, 255, 255}) == Approx(1.0));
    CHECK(relative_luminance({0, 0, 0}) == Approx(0.0));
}

TEST_CASE("mixing colours channel by channel", "[contrast]") {
    const Rgb c = mix_rgb({0, 100, 200}, {255, 255, 255}, 0.5f);
    CHECK((int)c.r == 128);
    CHECK((int)c.g == 178);
    CHECK((int)c.b == 228);
    const Rgb same = mix_rgb({10, 20, 30}, {255, 255, 255}, 0.0f);
    CHECK(((int)same.r == 10 && (int)same.g == 20 && (int)same.b == 30));
    const Rgb all = mix_rgb({10, 20, 30}, {40, 50, 60}, 1.0f);
    CHECK(((int)all.r == 40 && (int)all.g == 50 && (int)all.b == 60));
    const Rgb beyond = mix_rgb({10, 20, 30}, {40, 50, 60}, 3.0f);   // clamped
    CHECK((int)beyond.r == 40);
}

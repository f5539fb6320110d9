// KAM Canvas: contrast between two colours as WCAG 2 defines it, to check the themes' text
// against its background (AA: 4.5:1 for text; AAA: 7:1).
#pragma once

#include "core/card_look.h"

namespace kam {

inline constexpr double kContrastAA = 4.5, kContrastAAA = 7.0;

// 0 (black) .. 1 (white), from the sRGB channels made linear.
double relative_luminance(Rgb c);

// 1 (the same) .. 21 (black on white); the same whichever colour is the text.
double contrast_ratio(Rgb a, Rgb b);

// 'c' moved towards 'to' by 'amount' (0: c, 1: to), channel by channel: a card's fill is its
// attitude colour mixed with the theme's card base.
Rgb mix_rgb(Rgb c, Rgb to, float amount);

}  // namespace kam

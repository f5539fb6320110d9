// KAM Canvas: how a contact's card looks wherever it is drawn (the map canvas, the picture in an
// exported plan): its size in map units and the colours of attitude and of the lines.
#pragma once

#include "core/model.h"

#include <algorithm>
#include <array>

namespace kam {

// Map units: a contact's x, y is its card's top-left corner. The generated and sample maps
// place cards in slots of 220 x 140.
inline constexpr float kCardWidth = 190.0f, kCardHeight = 104.0f;
// The gaps Arrange leaves between cards, and what the reporting lines are drawn for.
inline constexpr float kCardGapX = 30.0f, kCardGapY = 60.0f;

struct Rgb {
    unsigned char r, g, b;
};

// Okabe-Ito colours: told apart with the common kinds of colour blindness. Attitude runs from
// vermillion/orange (against us) through grey to sky blue/blue (for us).
inline constexpr std::array<Rgb, 5> kAttitudeRgb = {{{213, 94, 0}, {230, 159, 0}, {165, 165, 165}, {86, 180, 233}, {0, 114, 178}}};
inline constexpr std::array<const char*, 5> kAttitudeNames = {"Opponent", "Sceptic", "Neutral", "Supporter", "Champion"};
inline constexpr Rgb attitude_rgb(int attitude) { return kAttitudeRgb[std::clamp(attitude, kAttitudeMin, kAttitudeMax) - kAttitudeMin]; }
inline constexpr const char* attitude_name(int attitude) { return kAttitudeNames[std::clamp(attitude, kAttitudeMin, kAttitudeMax) - kAttitudeMin]; }
// A card whose attitude is hidden (the customer-safe view).
inline constexpr Rgb kNeutralCardRgb = {150, 150, 150};

// Reports to, influences, does not want us to talk to (LinkKind order), then our coverage.
inline constexpr std::array<Rgb, 4> kLineRgb = {{{80, 80, 80}, {0, 158, 115}, {213, 94, 0}, {204, 121, 167}}};

}  // namespace kam

// KAM Canvas: how much of a contact's card the map draws at a zoom, so that no text on it is ever
// smaller than a readable size. Zooming out, a card drops its details (title, location, the bottom
// row, badges) before it shrinks its name; further out it shows the initials, and farthest out only
// its attitude colour.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace kam {

enum class CardDetail { Colour, Initials, Name, Full };
inline constexpr std::array<const char*, 4> kCardDetailNames = {"colour", "initials", "name", "full"};

// Sizes on a card in map units (core/card_look.h has the card's own size): the details are its
// smallest text, the name its largest.
inline constexpr float kCardDetailText = 12.0f, kCardNameText = 15.0f;

// The smallest text the map draws, in screen pixels, for a UI whose text is 'font_px': five eighths
// of it, and never under 9 px. It grows with the UI scale, so a presented map keeps its text large.
float readable_px(float font_px);

// The most a card can show at 'zoom' (screen pixels per map unit) with every text at least 'readable'.
CardDetail card_detail(float zoom, float readable);

// The size a name is drawn at on a card of that detail (0 for Colour): at Full its place on the card;
// with the details gone, as large as the card allows, up to one and a half times the UI's text;
// initials larger still.
float card_name_px(CardDetail detail, float zoom, float font_px);

// 'px' made smaller so that text 'width' wide at 'px' fits 'room', but never below 'readable' (a name
// too long even then is cut at the card's edge).
float fit_text_px(float px, float width, float room, float readable);

// A name on two lines, broken at its last space ("María José" and "García"); the whole name and ""
// when it is one word.
std::pair<std::string_view, std::string_view> name_lines(std::string_view name);

// "María José García" -> "MG": the first letters of the first and the last word (whole UTF-8
// characters; ASCII letters in upper case).
std::string initials(std::string_view name);

}  // namespace kam

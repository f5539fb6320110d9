#include "core/relationships/card_detail.h"

#include "core/card_look.h"
#include "core/utf8.h"

#include <algorithm>
#include <cctype>

namespace kam {

// What share of the card's height a name, and initials, may take once the details are gone.
static constexpr float kNameShare = 0.36f, kInitialsShare = 0.5f;

float readable_px(float font_px) { return std::max(9.0f, font_px * 0.625f); }

CardDetail card_detail(float zoom, float readable) {
    if (kCardDetailText * zoom >= readable) return CardDetail::Full;
    if (kNameShare * kCardHeight * zoom >= readable) return CardDetail::Name;
    if (kInitialsShare * kCardHeight * zoom >= readable) return CardDetail::Initials;
    return CardDetail::Colour;
}

float card_name_px(CardDetail detail, float zoom, float font_px) {
    switch (detail) {
        case CardDetail::Full: return kCardNameText * zoom;
        case CardDetail::Name: return std::min(kNameShare * kCardHeight * zoom, 1.5f * font_px);
        case CardDetail::Initials: return std::min(kInitialsShare * kCardHeight * zoom, 2.0f * font_px);
        case CardDetail::Colour: break;
    }
    return 0.0f;
}

float fit_text_px(float px, float width, float room, float readable) {
    if (width <= room || width <= 0) return px;
    return std::max(std::min(px, readable), px * room / width);
}

std::pair<std::string_view, std::string_view> name_lines(std::string_view name) {
    const size_t end = name.find_last_not_of(" \t");
    if (end == std::string_view::npos) return {name, {}};
    name = name.substr(0, end + 1);
    const size_t space = name.find_last_of(" \t");
    if (space == std::string_view::npos) return {name, {}};
    const size_t first_end = name.find_last_not_of(" \t", space);
    if (first_end == std::string_view::npos) return {name.substr(space + 1), {}};   // leading blanks only
    return {name.substr(0, first_end + 1), name.substr(space + 1)};
}

std::string initials(std::string_view name) {
    std::string first, last;
    for (size_t i = 0; i < name.size();) {
        if (name[i] == ' ' || name[i] == '\t') {
            i++;
            continue;
        }
        const size_t n = utf8_char_length(name, i);
        std::string letter(name.substr(i, n));
        if (n == 1) letter[0] = (char)std::toupper((unsigned char)letter[0]);
        (first.empty() ? first : last) = letter;
        while (i < name.size() && name[i] != ' ' && name[i] != '\t') i++;   // to the end of the word
    }
    return first + last;
}

}  // namespace kam

#include "core/relationships/card_detail.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("Card detail: zooming out drops the details first, then the name, then the initials", "[relationships][detail]") {
    const float readable = readable_px(16);
    CHECK(readable == Approx(10));
    CHECK(readable_px(8) == Approx(9));   // never under 9 px
    CHECK(card_detail(1.0f, readable) == CardDetail::Full);
    CHECK(card_detail(10.0f / 12, readable) == CardDetail::Full);   // the details just readable
    CHECK(card_detail(0.8f, readable) == CardDetail::Name);
    CHECK(card_detail(0.27f, readable) == CardDetail::Name);
    CHECK(card_detail(0.2f, readable) == CardDetail::Initials);
    CHECK(card_detail(0.1f, readable) == CardDetail::Colour);
    // Presented (a larger UI text), the same zoom shows less.
    CHECK(card_detail(1.0f, readable_px(24)) == CardDetail::Name);

    // Never more detail further out.
    CardDetail before = CardDetail::Full;
    for (float zoom = 2.0f; zoom > 0.01f; zoom *= 0.97f) {
        const CardDetail now = card_detail(zoom, readable);
        CHECK(now <= before);
        before = now;
    }
}

TEST_CASE("Card detail: every name drawn is readable, and drops of detail never shrink the name", "[relationships][detail]") {
    const float font = 16, readable = readable_px(font);
    for (float zoom = 2.0f; zoom > 0.01f; zoom *= 0.97f) {
        const CardDetail detail = card_detail(zoom, readable);
        const float px = card_name_px(detail, zoom, font);
        if (detail == CardDetail::Colour) CHECK(px == 0);
        else CHECK(px >= readable);
    }
    const float full_zoom = readable / kCardDetailText;   // the furthest zoom with every detail
    const float step_out = full_zoom * 0.99f;
    CHECK(card_name_px(card_detail(step_out, readable), step_out, font) > card_name_px(CardDetail::Full, full_zoom, font));
    CHECK(card_name_px(CardDetail::Name, 5.0f, font) == Approx(24));   // at most 1.5 em
}

TEST_CASE("Card detail: a long name shrinks to the card's width, down to the readable size", "[relationships][detail]") {
    CHECK(fit_text_px(20, 100, 150, 10) == 20);        // fits as it is
    CHECK(fit_text_px(20, 200, 150, 10) == Approx(15));
    CHECK(fit_text_px(20, 600, 150, 10) == 10);        // cut at the edge, but readable
    CHECK(fit_text_px(8, 600, 150, 10) == 8);          // never made larger
}

TEST_CASE("Card detail: initials of the first and the last word, whole UTF-8 characters", "[relationships][detail]") {
    CHECK(initials("Cecilia Ahern") == "CA");
    CHECK(initials("maría josé garcía") == "MG");
    CHECK(initials("\xC3\x89mile  Zola ") == "\xC3\x89Z");   // É
    CHECK(initials("Ng") == "N");
    CHECK(initials("") == "");
    CHECK(initials("   ") == "");
    CHECK(initials("\xE5\xBC\xA0 \xE4\xBC\x9F") == "\xE5\xBC\xA0\xE4\xBC\x9F");   // 张 伟
}

TEST_CASE("Card detail: a name on two lines breaks at its last space", "[relationships][detail]") {
    using Lines = std::pair<std::string_view, std::string_view>;
    CHECK(name_lines("María José García") == Lines{"María José", "García"});
    CHECK(name_lines("Mette Kjær Sørensen  ") == Lines{"Mette Kjær", "Sørensen"});
    CHECK(name_lines("Ida  Berg") == Lines{"Ida", "Berg"});
    CHECK(name_lines("Madonna") == Lines{"Madonna", ""});
    CHECK(name_lines("  Cher") == Lines{"Cher", ""});
    CHECK(name_lines("") == Lines{"", ""});
    CHECK(name_lines("   ") == Lines{"   ", ""});
}

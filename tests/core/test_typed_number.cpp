// Numbers as a person types them into a cell.
#include "core/typed_number.h"

#include <catch2/catch.hpp>

using namespace kam;

static std::optional<double> number(std::string_view text) {
    const TypedNumber n = parse_typed_number(text);
    REQUIRE(n.ok);
    REQUIRE(n.value);
    return n.value;
}

TEST_CASE("typed numbers: decimal comma or point, spaces, signs and exponents") {
    CHECK(number("7") == 7.0);
    CHECK(number("7,5") == 7.5);
    CHECK(number(" 7.5 ") == 7.5);
    CHECK(number("12 500") == 12500.0);
    CHECK(number("-0,25") == -0.25);
    CHECK(number("+3") == 3.0);
    CHECK(number("1e3") == 1000.0);
}

TEST_CASE("typed numbers: empty text clears the cell, anything else is refused") {
    CHECK(parse_typed_number("").ok);
    CHECK_FALSE(parse_typed_number("").value);
    CHECK_FALSE(parse_typed_number("   ").value);
    for (const char* bad : {"abc", "7,5,1", "1..2", "inf", "nan", "0x1p3", "1e999", "--1", "7%", "\t7", ","})
        CHECK_FALSE(parse_typed_number(bad).ok);
}

#include "core/dates.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("dates to day numbers and back", "[dates]") {
    CHECK(day_number("1970-01-01") == 0L);
    CHECK(day_number("2026-02-29") == std::nullopt);
    CHECK(day_number("2026-13-01") == std::nullopt);
    for (const char* date : {"1970-01-01", "2000-02-29", "2026-12-01", "1969-12-31", "2100-03-01"})
        CHECK(date_of_day(*day_number(date)) == date);
}

TEST_CASE("months have short names for axis labels", "[dates]") {
    CHECK(std::string(month_abbreviation(*month_number("2026-01"))) == "Jan");
    CHECK(std::string(month_abbreviation(*month_number("2026-12"))) == "Dec");
}

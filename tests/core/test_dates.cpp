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

TEST_CASE("add_months keeps the day, or takes the month's last", "[dates]") {
    CHECK(add_months("2026-01-15", 1) == "2026-02-15");
    CHECK(add_months("2026-01-31", 1) == "2026-02-28");
    CHECK(add_months("2028-01-31", 1) == "2028-02-29");
    CHECK(add_months("2026-03-31", 1) == "2026-04-30");
    CHECK(add_months("2026-11-30", 3) == "2027-02-28");
    CHECK(add_months("2026-12-05", 12) == "2027-12-05");
    CHECK(add_months("2026-05-20", 0) == "2026-05-20");
    CHECK(add_months("2026-05-20", -5) == "2025-12-20");
    CHECK_FALSE(add_months("2026-02-30", 1));
    CHECK_FALSE(add_months("soon", 1));
}

TEST_CASE("months have short names for axis labels", "[dates]") {
    CHECK(std::string(month_abbreviation(*month_number("2026-01"))) == "Jan");
    CHECK(std::string(month_abbreviation(*month_number("2026-12"))) == "Dec");
}

#include "core/reviews/pasted_column.h"

#include <catch2/catch.hpp>

using namespace kam;

using Values = std::vector<std::optional<double>>;

TEST_CASE("a pasted column: line breaks of any system, the first field of each line, comma or point", "[forecast][paste]") {
    CHECK(parse_pasted_column("12 500\n7,5\n3.25\n").values == Values{12500.0, 7.5, 3.25});
    CHECK(parse_pasted_column("1\r\n2\r\n3\r\n").values == Values{1.0, 2.0, 3.0});
    CHECK(parse_pasted_column("1\r2\r3").values == Values{1.0, 2.0, 3.0});
    CHECK(parse_pasted_column("100\t200\n300\tx\n").values == Values{100.0, 300.0});   // a block: its first column
    CHECK(parse_pasted_column("1\xC2\xA0" "234,5\n").values == Values{1234.5});        // a no-break space groups thousands
    CHECK(parse_pasted_column("").values.empty());
}

TEST_CASE("an empty cell in the column clears the figure, as in a spreadsheet", "[forecast][paste]") {
    const PastedColumn c = parse_pasted_column("10\n\n30\n");
    CHECK(c.error.empty());
    CHECK(c.values == Values{10.0, std::nullopt, 30.0});
    CHECK(parse_pasted_column("\n\n").values == Values{std::nullopt, std::nullopt});
}

TEST_CASE("a bad line refuses the whole column and is named", "[forecast][paste]") {
    const PastedColumn c = parse_pasted_column("10\n20\nabc\n40\n");
    CHECK(c.values.empty());
    CHECK(c.error == "line 3: \"abc\" is not a number");
    CHECK(parse_pasted_column("1\n2e13\n").error == "line 2: \"2e13\" is beyond any month's sales");
    CHECK(parse_pasted_column("1\n1e12\n").error.empty());   // kMaxFigure itself is allowed
}

TEST_CASE("a pasted column fills the month pasted into and the older months below it", "[forecast][paste]") {
    Account a;
    a.months = {{"2026-10", 5.0, 6.0}, {"2026-11", 7.0, std::nullopt}};
    REQUIRE(apply_pasted_column(a, "2026-12", Figure::Forecast, {1.0, std::nullopt, 3.0}).empty());
    REQUIRE(a.months.size() == 2);   // 2026-11: its forecast cleared, and with nothing else left, gone
    CHECK(a.months[0] == MonthFigures{"2026-10", 3.0, 6.0});
    CHECK(a.months[1] == MonthFigures{"2026-12", 1.0, std::nullopt});
    // Across a year's end.
    REQUIRE(apply_pasted_column(a, "2026-01", Figure::Actual, {8.0, 9.0}).empty());
    CHECK(a.months[0] == MonthFigures{"2025-12", std::nullopt, 9.0});
    CHECK(a.months[1] == MonthFigures{"2026-01", std::nullopt, 8.0});
}

TEST_CASE("a refused column changes nothing", "[forecast][paste]") {
    Account a;
    a.months = {{"2026-11", 7.0, std::nullopt}};
    const Account before = a;
    CHECK(apply_pasted_column(a, "2026-12", Figure::Forecast, {1.0, 2e13}).find("line 2: ") == 0);
    CHECK(a == before);
    CHECK_FALSE(apply_pasted_column(a, "December", Figure::Forecast, {1.0}).empty());
    CHECK(a == before);
}

TEST_CASE("a pasted column counts its lines, so that one cell's paste stays an ordinary paste", "[forecast][paste]") {
    CHECK(parse_pasted_column("12,5").lines == 1);
    CHECK(parse_pasted_column("12,5\r\n").lines == 1);
    CHECK(parse_pasted_column("1\n2\nx\n").lines == 3);
}

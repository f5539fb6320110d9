// The relationship matrix: columns, cells, totals, sorting, filtering and cell edits.
#include "core/relationships/coverage_matrix.h"

#include "map_fixture.h"

#include <catch2/catch.hpp>

using namespace kam;
using kam::test::MapFixture;

static MapFixture covered() {
    MapFixture m;
    m.person("asa", "Åsa").person("bo", "Bo").person("cy", "Cy", false).person("di", "Di", false);
    m.contact("low", "Low", 1).department = "IT";
    m.contact("high", "High", 5).department = "Board";
    m.contact("mid", "Mid", 3).department = "IT";
    m.cover("asa", "low", 3).cover("bo", "low", 2).cover("asa", "high", 1).cover("cy", "mid", 0, "2026-01-05");
    return m;
}

TEST_CASE("rows by power, columns the account team plus anyone covering, totals both ways") {
    MapFixture m = covered();
    CoverageMatrix x = build_coverage_matrix(m.account, m.ws);
    REQUIRE(x.people == std::vector<Id>{"asa", "bo", "cy"});   // Di covers nobody here
    REQUIRE(x.rows == std::vector<int>{1, 2, 0});              // high, mid, low
    REQUIRE(x.cell(0, 0) == 1);
    REQUIRE(x.cell(0, 1) == kNoCoverage);
    REQUIRE(x.cell(1, 2) == 0);
    REQUIRE(x.cell(2, 0) == 3);
    REQUIRE(x.row_totals == std::vector<int>{1, 0, 5});
    REQUIRE(x.column_totals == std::vector<int>{4, 2, 0});
    REQUIRE(x.total == 6);

    MatrixOptions o;
    o.whole_team = true, o.sort = MatrixSort::Total, o.descending = false;
    x = build_coverage_matrix(m.account, m.ws, o);
    REQUIRE(x.people == std::vector<Id>{"asa", "bo", "cy", "di"});
    REQUIRE(x.rows == std::vector<int>{2, 1, 0});
    o.whole_team = false, o.sort = MatrixSort::Contact;
    x = build_coverage_matrix(m.account, m.ws, o);
    REQUIRE(x.rows == std::vector<int>{0, 1, 2});
    o.sort = MatrixSort::Name, o.descending = true;   // Mid, Low, High
    x = build_coverage_matrix(m.account, m.ws, o);
    REQUIRE(x.rows == std::vector<int>{2, 0, 1});

    // A filter keeps only matching rows; column totals follow the rows shown.
    MatrixOptions it;
    it.filter.department = "IT";
    x = build_coverage_matrix(m.account, m.ws, it);
    REQUIRE(x.rows == std::vector<int>{2, 0});
    REQUIRE(x.column_totals == std::vector<int>{3, 2, 0});
}

TEST_CASE("setting a cell adds, changes and removes coverage, bad input changes nothing") {
    MapFixture m = covered();
    Account a = m.account;
    REQUIRE(set_coverage_strength(a, m.ws, "bo", "high", 2));
    REQUIRE(a.coverage.back() == Coverage{"bo", "high", 2, ""});
    REQUIRE(set_coverage_strength(a, m.ws, "asa", "low", 1));
    REQUIRE(a.coverage[0].strength == 1);
    REQUIRE(set_coverage_strength(a, m.ws, "asa", "low", 0));   // no date: the entry goes
    REQUIRE(a.coverage.size() == m.account.coverage.size());
    REQUIRE(set_coverage_strength(a, m.ws, "cy", "mid", 2));
    REQUIRE(set_coverage_strength(a, m.ws, "cy", "mid", 0));    // a date: kept at 0
    REQUIRE(std::find(a.coverage.begin(), a.coverage.end(), Coverage{"cy", "mid", 0, "2026-01-05"}) != a.coverage.end());
    REQUIRE(set_coverage_strength(a, m.ws, "di", "mid", 0));    // nothing to remove: nothing added
    REQUIRE(a.coverage.size() == m.account.coverage.size());

    const Account before = a;
    REQUIRE_FALSE(set_coverage_strength(a, m.ws, "asa", "low", 4));
    REQUIRE_FALSE(set_coverage_strength(a, m.ws, "asa", "low", -1));
    REQUIRE_FALSE(set_coverage_strength(a, m.ws, "ghost", "low", 2));
    REQUIRE_FALSE(set_coverage_strength(a, m.ws, "asa", "nobody", 2));
    REQUIRE(a == before);
}

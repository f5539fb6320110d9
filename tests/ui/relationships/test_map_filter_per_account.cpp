// The map's filter and highlighted coverage, and the matrix's rows filter, belong to the
// account they were set on: another account opens unfiltered (never faded or cut down by a
// department it does not have), and coming back finds them as they were left.
#include "small_map.h"

#include <catch2/catch.hpp>

using kam::test::SmallMapUi;
using namespace kam;

TEST_CASE("map filter: kept per account, never carried to another account's cards") {
    SmallMapUi ui;
    ui.app.map.filter.department = "Sales";   // as the department combo sets it
    ui.click("map/team/p1");                   // highlight Anna's coverage
    ui.frames(2);
    REQUIRE(ui.text("map/matching") == "1 of 3");
    REQUIRE(ui.text("map/highlight") == "p1");

    ui.click("accounts/item/Baltic Test AS");
    ui.frames(2);
    CHECK(ui.app.map.account == "a2");
    CHECK_FALSE(ui.app.map.filter.active());
    CHECK(ui.text("map/matching").empty());   // nothing faint, no count
    CHECK(ui.text("map/highlight").empty());
    CHECK_FALSE(ui.app.map.focus.active);

    // A filter set here stays here.
    ui.fill("map/filter/search", "Egil");
    REQUIRE(ui.text("map/matching") == "1 of 2");

    ui.click("accounts/item/Nordic Test AB");
    ui.frames(2);
    CHECK(ui.app.map.filter.department == "Sales");
    CHECK(ui.app.map.filter.search.empty());
    CHECK(ui.text("map/highlight") == "p1");
    CHECK(ui.text("map/matching") == "1 of 3");

    ui.click("accounts/item/Baltic Test AS");
    ui.frames(2);
    CHECK(ui.app.map.filter.search == "Egil");
    CHECK(ui.app.map.filter.department.empty());
    CHECK(ui.text("map/matching") == "1 of 2");
}

TEST_CASE("map filter: switching accounts on another tab also keeps each account's own filter") {
    SmallMapUi ui;
    ui.app.map.filter.department = "Finance";
    ui.frames(2);
    REQUIRE(ui.text("map/matching") == "2 of 3");
    ui.click("tab/account");
    ui.click("accounts/item/Baltic Test AS");
    ui.click("tab/map");
    ui.frames(2);
    CHECK(ui.app.map.account == "a2");
    CHECK_FALSE(ui.app.map.filter.active());
    CHECK(ui.text("map/matching").empty());
}

TEST_CASE("matrix filter: kept per account, never hides another account's rows") {
    SmallMapUi ui;
    ui.click("tab/matrix");
    ui.fill("matrix/filter/search", "Bo");
    REQUIRE(ui.has_item("matrix/contact/c2"));
    REQUIRE_FALSE(ui.has_item("matrix/contact/c1"));

    ui.click("accounts/item/Baltic Test AS");
    ui.frames(2);
    CHECK(ui.has_item("matrix/contact/c4"));
    CHECK(ui.has_item("matrix/contact/c5"));
    CHECK_FALSE(ui.app.relationship_views.matrix.filter.active());

    ui.click("accounts/item/Nordic Test AB");
    ui.frames(2);
    CHECK(ui.app.relationship_views.matrix.filter.search == "Bo");
    CHECK(ui.has_item("matrix/contact/c2"));
    CHECK_FALSE(ui.has_item("matrix/contact/c1"));
}

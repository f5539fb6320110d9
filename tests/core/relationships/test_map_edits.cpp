// The edits the relationship map makes: they keep the account valid or refuse.
#include "core/relationships/map_edits.h"
#include "core/io/validate.h"

#include <catch2/catch.hpp>

using namespace kam;

static Workspace small_map() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Anna", "", ""}};
    Account a;
    a.id = "a1";
    a.name = "Client";
    for (const char* id : {"c1", "c2", "c3"}) add_contact(a, id, 0, 0);
    a.contacts[1].y = 140;
    a.contacts[2].x = -220;
    a.contacts[2].y = 140;
    a.links = {{"c2", "c1", LinkKind::ReportsTo, 1}, {"c3", "c2", LinkKind::Influence, 2}};
    a.coverage = {{"p1", "c2", 2, ""}};
    ws.accounts = {a};
    ws.next_id = 10;
    return ws;
}

TEST_CASE("removing contacts removes their links and coverage, and nothing else") {
    Workspace ws = small_map();
    Account& a = ws.accounts[0];
    REQUIRE(remove_contacts(a, {"c2", "nobody"}) == 1);
    REQUIRE(a.contacts.size() == 2);
    REQUIRE(a.links.empty());
    REQUIRE(a.coverage.empty());
    REQUIRE(validate_workspace(ws).empty());
}

TEST_CASE("removing contacts the plan names keeps the plan's items, naming nobody, and the workspace valid") {
    Workspace ws = small_map();
    ws.offerings = {{"f1", "Automation"}};
    Account& a = ws.accounts[0];
    a.plan.value_added = {{"Uptime", "c2"}};
    a.plan.strengths = {{"Champion", Visibility::Default, ItemLink::Contact, "c2"}, {"Base", Visibility::Default, ItemLink::Contact, "c1"}};
    a.plan.units = {{"u1", "Plant"}};
    a.plan.whitespace = {{"u1", "f1", CellStatus::Sold, 10, "", {"c1", "c2"}}};
    REQUIRE(validate_workspace(ws).empty());
    REQUIRE(remove_contacts(a, {"c2"}) == 1);
    CHECK(a.plan.value_added[0].for_contact.empty());
    CHECK(a.plan.value_added[0].text == "Uptime");
    CHECK(a.plan.strengths[0].link == ItemLink::None);
    CHECK(a.plan.strengths[1].target == "c1");
    CHECK(a.plan.whitespace[0].contacts == std::vector<Id>{"c1"});
    CHECK(validate_workspace(ws).empty());
}

TEST_CASE("moving contacts moves only those named") {
    Workspace ws = small_map();
    Account& a = ws.accounts[0];
    move_contacts(a, {"c1", "c3"}, 5, -7);
    REQUIRE(a.contacts[0].x == 5);
    REQUIRE(a.contacts[0].y == -7);
    REQUIRE(a.contacts[1].x == 0);
    REQUIRE(a.contacts[2].x == -215);
}

TEST_CASE("a link is added once, between two different contacts, with a valid strength") {
    Workspace ws = small_map();
    Account& a = ws.accounts[0];
    REQUIRE(add_link(a, {"c1", "c3", LinkKind::Conflict, 3}).empty());
    REQUIRE(a.links.size() == 3);
    REQUIRE(add_link(a, {"c1", "c3", LinkKind::Conflict, 1}) == "That link exists already.");
    REQUIRE(add_link(a, {"c1", "c3", LinkKind::Influence, 1}).empty());   // another kind is another link
    REQUIRE(add_link(a, {"c1", "c1", LinkKind::Influence, 1}) == "A contact cannot be linked to itself.");
    REQUIRE_FALSE(add_link(a, {"c1", "c9", LinkKind::Influence, 1}).empty());
    REQUIRE_FALSE(add_link(a, {"c2", "c3", LinkKind::Influence, 4}).empty());
    REQUIRE(a.links.size() == 4);
    REQUIRE(validate_workspace(ws).empty());
}

TEST_CASE("coverage needs one of our people, a contact, a valid strength and date, and no repeat") {
    Workspace ws = small_map();
    Account& a = ws.accounts[0];
    REQUIRE(add_coverage(a, ws.team, {"p1", "c1", 0, "2026-02-28"}).empty());
    REQUIRE(add_coverage(a, ws.team, {"p1", "c1", 1, ""}) == "That person covers this contact already.");
    REQUIRE_FALSE(add_coverage(a, ws.team, {"p9", "c3", 1, ""}).empty());
    REQUIRE_FALSE(add_coverage(a, ws.team, {"p1", "c9", 1, ""}).empty());
    REQUIRE_FALSE(add_coverage(a, ws.team, {"p1", "c3", 4, ""}).empty());
    REQUIRE_FALSE(add_coverage(a, ws.team, {"p1", "c3", 1, "2026-02-30"}).empty());
    REQUIRE(a.coverage.size() == 2);
    REQUIRE(validate_workspace(ws).empty());
}

TEST_CASE("reading order: top to bottom, then left to right") {
    Workspace ws = small_map();
    REQUIRE(contacts_in_reading_order(ws.accounts[0]) == std::vector<int>{0, 2, 1});
}

TEST_CASE("a new card goes where asked when that is free, else in the nearest free slot") {
    Account a;
    a.id = "a1";
    const float w = 190, h = 104, gap = 30;
    REQUIRE(free_card_position(a, 12, 34, w, h, gap) == CardPosition{12, 34});   // an empty map
    add_contact(a, "c1", 0, 0);
    REQUIRE(free_card_position(a, 500, 0, w, h, gap) == CardPosition{500, 0});   // far enough away
    // Adding again and again at the same spot lines the cards up around it: none overlaps
    // another, or comes within the gap of it.
    for (int k = 2; k <= 30; k++) {
        const CardPosition p = free_card_position(a, 5, 5, w, h, gap);
        for (const Contact& c : a.contacts) {
            const bool apart = p.x >= c.x + w + gap || c.x >= p.x + w + gap || p.y >= c.y + h + gap || c.y >= p.y + h + gap;
            REQUIRE(apart);
        }
        add_contact(a, "c" + std::to_string(k), p.x, p.y);
    }
    // The first slot taken is the nearest: straight below the spot asked for.
    REQUIRE(a.contacts[1].x == 5);
    REQUIRE(a.contacts[1].y == 5 + h + gap);
    // Far-away cards (even absurdly far) do not disturb the search.
    add_contact(a, "far", 1e30f, -1e30f);
    const CardPosition p = free_card_position(a, 5000, 5000, w, h, gap);
    REQUIRE(p == CardPosition{5000, 5000});
}

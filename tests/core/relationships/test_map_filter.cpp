// The map filter: each criterion alone, together, and the choices offered for them.
#include "core/relationships/map_filter.h"

#include "map_fixture.h"

#include <catch2/catch.hpp>

using namespace kam;
using kam::test::MapFixture;

static MapFixture org() {
    MapFixture m;
    Contact& a = m.contact("a", "Åsa Öberg", 5, BuyingRole::DecisionMaker);
    a.title = "Chief Executive Officer", a.department = "Board", a.location = "Malmö", a.product_line = "All", a.level = 0;
    Contact& b = m.contact("b", "Björn Lind", 3, BuyingRole::Specifier);
    b.title = "IT Director", b.department = "IT", b.location = "Malmö", b.product_line = "IoT", b.level = 1;
    Contact& c = m.contact("c", "Carmen Ñuñez", 2, BuyingRole::User);
    c.title = "Engineer", c.department = "IT", c.location = "Madrid", c.product_line = "", c.level = 2;
    return m;
}

TEST_CASE("each filter criterion narrows the contacts, and they combine") {
    const Account account = org().account;
    MapFilter f;
    REQUIRE_FALSE(f.active());
    REQUIRE(filter_contacts(account, f) == std::vector<int>{0, 1, 2});

    f.department = "IT";
    REQUIRE(f.active());
    REQUIRE(filter_contacts(account, f) == std::vector<int>{1, 2});
    f.location = "Malmö";
    REQUIRE(filter_contacts(account, f) == std::vector<int>{1});
    f = {};
    f.product_line = "IoT";
    REQUIRE(filter_contacts(account, f) == std::vector<int>{1});
    f = {};
    f.level = 2;
    REQUIRE(filter_contacts(account, f) == std::vector<int>{2});
    f = {};
    f.role = BuyingRole::DecisionMaker;
    REQUIRE(filter_contacts(account, f) == std::vector<int>{0});
    f.role = BuyingRole::Gatekeeper;
    REQUIRE(filter_contacts(account, f).empty());
}

TEST_CASE("the development filter keeps the contacts with a target, reached or not") {
    Account account = org().account;
    account.contacts[1].development.target = RelationshipLevel::TrustedAdvisor;
    account.contacts[2].development = {RelationshipLevel::Vendor, RelationshipLevel::Vendor};   // reached: still a target
    account.contacts[0].development.now = RelationshipLevel::ProblemSolver;                      // no target
    MapFilter f;
    f.with_target = true;
    REQUIRE(f.active());
    REQUIRE(filter_contacts(account, f) == std::vector<int>{1, 2});
}

TEST_CASE("the name search looks at names and titles, ignoring ASCII case") {
    const Account account = org().account;
    MapFilter f;
    f.search = "director";
    REQUIRE(filter_contacts(account, f) == std::vector<int>{1});
    f.search = "OBERG";
    REQUIRE(filter_contacts(account, f).empty());
    f.search = "öBERG";   // non-ASCII letters match only as typed, ASCII ones in any case
    REQUIRE(filter_contacts(account, f).empty());
    f.search = "ÖBERG";
    REQUIRE(filter_contacts(account, f) == std::vector<int>{0});
    f.search = "Uñez";
    REQUIRE(filter_contacts(account, f) == std::vector<int>{2});
}

TEST_CASE("the choices are the distinct values in use, sorted") {
    const MapFilterChoices choices = map_filter_choices(org().account);
    REQUIRE(choices.departments == std::vector<std::string>{"Board", "IT"});
    REQUIRE(choices.locations == std::vector<std::string>{"Madrid", "Malmö"});
    REQUIRE(choices.product_lines == std::vector<std::string>{"All", "IoT"});   // empty left out
    REQUIRE(choices.levels == std::vector<int>{0, 1, 2});
    REQUIRE(choices.roles == std::vector<BuyingRole>{BuyingRole::DecisionMaker, BuyingRole::Specifier, BuyingRole::User});
}

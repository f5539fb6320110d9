// Tests of the workspace rules (core/io/validate.h): every rule breaks with its own path and message.
#include "core/io/validate.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace kam;

namespace {

// Two accounts with a little of everything, all valid.
Workspace make_valid() {
    Workspace ws = make_empty_workspace();   // criteria k1..k5, Gold/Silver/Bronze
    ws.team = {{"p10", "Anna Berg", "Account manager", "anna@example.com"},
               {"p11", "Olle Lind", "Solution architect", ""}};
    for (int i = 0; i < 2; i++) {
        Account a;
        a.id = "a" + std::to_string(20 + i);
        a.name = "Customer " + std::to_string(i);
        a.manager = "p10";
        a.mentor = "p11";
        a.team = {"p10", "p11"};
        a.scores = {{"k1", 7}, {"k4", 10}};
        a.tier_override = TierOverride{"Gold", "Strategic reference customer"};
        for (int c = 0; c < 3; c++) {
            Contact contact;
            contact.id = "c" + std::to_string(30 + i * 10 + c);
            contact.name = "Contact " + std::to_string(c);
            contact.power = 5;
            contact.attitude = -2;
            a.contacts.push_back(contact);
        }
        a.links = {{a.contacts[1].id, a.contacts[0].id, LinkKind::ReportsTo, 1},
                   {a.contacts[1].id, a.contacts[0].id, LinkKind::Influence, 3}};   // same pair, other kind: fine
        a.coverage = {{"p10", a.contacts[0].id, 3, "2024-02-29"}, {"p11", a.contacts[0].id, 0, ""}};
        a.plan.objectives = {{"o" + std::to_string(i), "Reach the CFO"}};
        a.plan.actions = {{"Call", "o" + std::to_string(i), "p10", "2024-05-01"}, {"Write", "", "", "", ActionStatus::Done}};
        a.months = {{"2024-01", 10.0, std::nullopt}, {"2024-02", std::nullopt, 3.5}};
        a.reviews = {{"2024-03-01", ReviewKind::Mentor, "p11", {"p10"}, {a.contacts[0].id}, "ok", {"Call"}, true},
                     {"2024-04-01", ReviewKind::Executive}};
        a.investigations = {{"2024-02", DeviationCause::Price, "Discount", "p10"}};
        a.plan.actions[1].deviation = "2024-02";
        ws.accounts.push_back(a);
    }
    return ws;
}

// The one problem the workspace has; fails the test when there is not exactly one.
Problem only_problem(const Workspace& ws) {
    std::vector<Problem> problems = validate_workspace(ws);
    INFO(describe_problems(problems));
    REQUIRE(problems.size() == 1);
    return problems[0];
}

void check_only(const Workspace& ws, const std::string& path, const std::string& message) {
    Problem p = only_problem(ws);
    CHECK(p.path == path);
    CHECK(p.message == message);
}

}  // namespace

TEST_CASE("valid workspaces have no problems", "[validate]") {
    CHECK(validate_workspace(Workspace{}).empty());
    CHECK(validate_workspace(make_empty_workspace()).empty());
    std::vector<Problem> problems = validate_workspace(make_valid());
    INFO(describe_problems(problems));
    CHECK(problems.empty());
}

TEST_CASE("ids must be present and unique across the workspace", "[validate]") {
    Workspace ws = make_valid();
    SECTION("duplicate person") {
        ws.team.push_back({"p10", "Anna Berg again", "", ""});
        check_only(ws, "/team/2/id", "duplicate id \"p10\" (also at /team/0/id)");
    }
    SECTION("duplicate account") {
        ws.accounts[1].id = "a20";
        check_only(ws, "/accounts/1/id", "duplicate id \"a20\" (also at /accounts/0/id)");
    }
    SECTION("duplicate criterion") {
        ws.criteria[2].id = ws.criteria[0].id;
        check_only(ws, "/criteria/2/id", "duplicate id \"k1\" (also at /criteria/0/id)");
    }
    SECTION("contact ids are unique across accounts, not only within one") {
        ws.accounts[1].contacts[2].id = "c30";
        check_only(ws, "/accounts/1/contacts/2/id", "duplicate id \"c30\" (also at /accounts/0/contacts/0/id)");
    }
    SECTION("an id of one kind may not reuse an id of another kind") {
        ws.accounts[0].id = "p10";
        check_only(ws, "/accounts/0/id", "duplicate id \"p10\" (also at /team/0/id)");
    }
    SECTION("empty ids") {
        ws.team[0].id.clear();
        ws.accounts[1].contacts[0].id.clear();
        std::vector<Problem> problems = validate_workspace(ws);
        INFO(describe_problems(problems, 50));
        CHECK(std::count(problems.begin(), problems.end(), Problem{"/team/0/id", "must not be empty"}) == 1);
        CHECK(std::count(problems.begin(), problems.end(),
                         Problem{"/accounts/1/contacts/0/id", "must not be empty"}) == 1);
    }
}

TEST_CASE("names must not be empty", "[validate]") {
    Workspace ws = make_valid();
    ws.team[1].name.clear();
    ws.criteria[0].name.clear();
    ws.accounts[0].name.clear();
    ws.accounts[1].contacts[2].name.clear();
    ws.tier_scheme.tiers[1].name.clear();
    std::vector<Problem> problems = validate_workspace(ws);
    std::vector<Problem> expected = {
        {"/team/1/name", "must not be empty"},
        {"/criteria/0/name", "must not be empty"},
        {"/tier_scheme/tiers/1/name", "must not be empty"},
        {"/accounts/0/name", "must not be empty"},
        {"/accounts/1/contacts/2/name", "must not be empty"},
    };
    CHECK(problems == expected);
}

TEST_CASE("every reference resolves", "[validate]") {
    Workspace ws = make_valid();
    Account& a = ws.accounts[0];
    SECTION("manager") {
        a.manager = "p99";
        check_only(ws, "/accounts/0/manager", "unknown person id \"p99\"");
    }
    SECTION("mentor names an account, not a person") {
        a.mentor = "a21";
        check_only(ws, "/accounts/0/mentor", "unknown person id \"a21\"");
    }
    SECTION("team member") {
        a.team[1] = "p12";
        check_only(ws, "/accounts/0/team/1", "unknown person id \"p12\"");
    }
    SECTION("team member listed twice") {
        a.team.push_back("p10");
        check_only(ws, "/accounts/0/team/2", "\"p10\" is listed twice (also at /accounts/0/team/0)");
    }
    SECTION("score of an unknown criterion") {
        a.scores["k99"] = 5;
        check_only(ws, "/accounts/0/scores/k99", "unknown criterion id \"k99\"");
    }
    SECTION("score keys are escaped in the path") {
        a.scores["x/y~z"] = 5;
        check_only(ws, "/accounts/0/scores/x~1y~0z", "unknown criterion id \"x/y~z\"");
    }
    SECTION("link from") {
        a.links[0].from = "c99";
        check_only(ws, "/accounts/0/links/0/from", "unknown contact id \"c99\"");
    }
    SECTION("link to a contact of another account") {
        a.links[1].to = "c41";
        check_only(ws, "/accounts/0/links/1/to", "contact \"c41\" belongs to another account (/accounts/1)");
    }
    SECTION("link from a contact to itself") {
        a.links[0].to = a.links[0].from;
        check_only(ws, "/accounts/0/links/0", "a link from a contact to itself (\"c31\")");
    }
    SECTION("coverage person") {
        a.coverage[1].person = "c30";
        check_only(ws, "/accounts/0/coverage/1/person", "unknown person id \"c30\"");
    }
    SECTION("coverage contact") {
        a.coverage[0].contact = "c40";
        check_only(ws, "/accounts/0/coverage/0/contact", "contact \"c40\" belongs to another account (/accounts/1)");
    }
    SECTION("coverage needs both ids") {
        a.coverage[0].person.clear();
        check_only(ws, "/accounts/0/coverage/0/person", "must not be empty");
    }
    SECTION("action owner") {
        a.plan.actions[1].owner = "p0";
        check_only(ws, "/accounts/0/plan/actions/1/owner", "unknown person id \"p0\"");
    }
    SECTION("reviewer") {
        ws.accounts[1].reviews[0].reviewer = "nobody";
        check_only(ws, "/accounts/1/reviews/0/reviewer", "unknown person id \"nobody\"");
    }
    SECTION("tier override names a tier of the scheme") {
        a.tier_override->tier = "Platinum";
        check_only(ws, "/accounts/0/tier_override/tier", "unknown tier \"Platinum\"");
    }
    SECTION("tier override needs a reason") {
        a.tier_override->reason.clear();
        check_only(ws, "/accounts/0/tier_override/reason", "must not be empty (say why the tier is overridden)");
    }
}

TEST_CASE("duplicate links and coverage", "[validate]") {
    Workspace ws = make_valid();
    Account& a = ws.accounts[1];
    SECTION("same from, to and kind") {
        a.links.push_back({a.links[0].from, a.links[0].to, a.links[0].kind, 2});
        check_only(ws, "/accounts/1/links/2", "duplicate link (also at /accounts/1/links/0)");
    }
    SECTION("same person covering the same contact") {
        a.coverage.push_back({"p11", a.coverage[1].contact, 2, ""});
        check_only(ws, "/accounts/1/coverage/2",
                   "duplicate coverage of \"c40\" by \"p11\" (also at /accounts/1/coverage/1)");
    }
    SECTION("the same pair in two accounts is fine") {
        ws.accounts[0].coverage.push_back({"p11", "c31", 2, ""});
        a.coverage.push_back({"p11", "c41", 2, ""});
        CHECK(validate_workspace(ws).empty());
    }
}

TEST_CASE("numbers stay in their ranges", "[validate]") {
    Workspace ws = make_valid();
    Account& a = ws.accounts[0];
    SECTION("attitude") {
        a.contacts[1].attitude = 9;
        check_only(ws, "/accounts/0/contacts/1/attitude", "expected -2..2, got 9");
    }
    SECTION("power") {
        a.contacts[2].power = -1;
        check_only(ws, "/accounts/0/contacts/2/power", "expected 0..5, got -1");
    }
    SECTION("contact level") {
        a.contacts[0].level = -3;
        check_only(ws, "/accounts/0/contacts/0/level", "expected >= 0, got -3");
    }
    SECTION("link strength") {
        a.links[1].strength = 0;
        check_only(ws, "/accounts/0/links/1/strength", "expected 1..3, got 0");
    }
    SECTION("coverage strength") {
        a.coverage[0].strength = 4;
        check_only(ws, "/accounts/0/coverage/0/strength", "expected 0..3, got 4");
    }
    SECTION("score") {
        a.scores["k1"] = 10.5;
        check_only(ws, "/accounts/0/scores/k1", "expected 0..10, got 10.5");
    }
    SECTION("score NaN") {
        a.scores["k1"] = NAN;
        check_only(ws, "/accounts/0/scores/k1", "expected 0..10, got nan");
    }
    SECTION("industry rank") {
        a.industry_rank = -1;
        check_only(ws, "/accounts/0/industry_rank", "expected >= 0, got -1");
    }
    SECTION("annual sales") {
        a.annual_sales = INFINITY;
        check_only(ws, "/accounts/0/annual_sales", "expected a finite number, got inf");
    }
    SECTION("forecast") {
        a.months[0].forecast = NAN;
        check_only(ws, "/accounts/0/months/0/forecast", "expected an amount within -1e12..1e12, got nan");
    }
    SECTION("canvas position") {
        a.contacts[0].y = INFINITY;
        check_only(ws, "/accounts/0/contacts/0/y", "expected a finite number, got inf");
    }
    SECTION("top tier capacity") {
        ws.tier_scheme.top_tier_capacity = -2;
        check_only(ws, "/tier_scheme/top_tier_capacity", "expected >= 0, got -2");
    }
    SECTION("enum values out of range") {
        a.stage = Stage::COUNT;
        check_only(ws, "/accounts/0/stage", "unknown stage");
    }
}

TEST_CASE("criterion weights", "[validate]") {
    Workspace ws = make_valid();
    SECTION("negative weight") {
        ws.criteria[3].weight = -1;
        check_only(ws, "/criteria/3/weight", "expected a finite number >= 0, got -1");
    }
    SECTION("infinite weight") {
        ws.criteria[0].weight = INFINITY;
        check_only(ws, "/criteria/0/weight", "expected a finite number >= 0, got inf");
    }
    SECTION("all weights zero") {
        for (Criterion& c : ws.criteria) c.weight = 0;
        check_only(ws, "/criteria", "at least one criterion needs a weight above 0");
    }
    SECTION("one positive weight is enough") {
        for (Criterion& c : ws.criteria) c.weight = 0;
        ws.criteria[4].weight = 0.5;
        CHECK(validate_workspace(ws).empty());
    }
    SECTION("no criteria at all is fine") {
        ws.criteria.clear();
        for (Account& a : ws.accounts) a.scores.clear();
        CHECK(validate_workspace(ws).empty());
    }
}

TEST_CASE("tier thresholds", "[validate]") {
    Workspace ws = make_valid();   // Gold 75, Silver 55, Bronze 0
    std::vector<Tier>& tiers = ws.tier_scheme.tiers;
    SECTION("out of order") {
        tiers[1].min_score = 80;
        check_only(ws, "/tier_scheme/tiers/1/min_score", "expected below 75 (the tier above), got 80");
    }
    SECTION("equal thresholds are not strictly descending") {
        tiers[2].min_score = 55;
        check_only(ws, "/tier_scheme/tiers/2/min_score", "expected below 55 (the tier above), got 55");
    }
    SECTION("out of 0..100") {
        tiers[0].min_score = 100.5;
        check_only(ws, "/tier_scheme/tiers/0/min_score", "expected 0..100, got 100.5");
    }
    SECTION("below zero") {
        tiers[2].min_score = -5;
        check_only(ws, "/tier_scheme/tiers/2/min_score", "expected 0..100, got -5");
    }
    SECTION("duplicate names") {
        tiers[2].name = "Gold";
        ws.accounts[0].tier_override.reset();
        ws.accounts[1].tier_override.reset();
        check_only(ws, "/tier_scheme/tiers/2/name", "duplicate tier name \"Gold\" (also at /tier_scheme/tiers/0/name)");
    }
    SECTION("the last tier may start above zero") {
        tiers[2].min_score = 30;
        CHECK(validate_workspace(ws).empty());
    }
}

TEST_CASE("dates and months", "[validate]") {
    CHECK(is_valid_date("2024-02-29"));
    CHECK(is_valid_date("2000-02-29"));
    CHECK(is_valid_date("1999-12-31"));
    CHECK_FALSE(is_valid_date("2023-02-29"));
    CHECK_FALSE(is_valid_date("1900-02-29"));
    CHECK_FALSE(is_valid_date("2024-04-31"));
    CHECK_FALSE(is_valid_date("2024-13-01"));
    CHECK_FALSE(is_valid_date("2024-00-10"));
    CHECK_FALSE(is_valid_date("2024-01-00"));
    CHECK_FALSE(is_valid_date("2024-1-01"));
    CHECK_FALSE(is_valid_date("2024/01/01"));
    CHECK_FALSE(is_valid_date("2024-01-01 "));
    CHECK_FALSE(is_valid_date("0000-01-01"));
    CHECK_FALSE(is_valid_date(""));
    CHECK(is_valid_month("2024-12"));
    CHECK_FALSE(is_valid_month("2024-13"));
    CHECK_FALSE(is_valid_month("2024-1"));
    CHECK_FALSE(is_valid_month("2024-01-01"));

    Workspace ws = make_valid();
    Account& a = ws.accounts[1];
    SECTION("coverage last contact") {
        a.coverage[0].last_contact = "2023-02-29";
        check_only(ws, "/accounts/1/coverage/0/last_contact", "expected a date YYYY-MM-DD, got \"2023-02-29\"");
    }
    SECTION("action due") {
        a.plan.actions[0].due = "next week";
        check_only(ws, "/accounts/1/plan/actions/0/due", "expected a date YYYY-MM-DD, got \"next week\"");
    }
    SECTION("review date is required") {
        a.reviews[1].date.clear();
        check_only(ws, "/accounts/1/reviews/1/date", "missing date (expected YYYY-MM-DD)");
    }
    SECTION("month format") {
        a.months[1].month = "2024-2";
        check_only(ws, "/accounts/1/months/1/month", "expected a month YYYY-MM, got \"2024-2\"");
    }
    SECTION("month unique within an account") {
        a.months.push_back({"2024-01", 1.0, 1.0});
        check_only(ws, "/accounts/1/months/2/month",
                   "duplicate month \"2024-01\" (also at /accounts/1/months/0/month)");
    }
}

TEST_CASE("every problem is reported, not only the first", "[validate]") {
    Workspace ws = make_valid();
    ws.team[0].id = "p11";                        // 1 duplicate; manager p10 and everything else naming p10 dangle
    ws.accounts[0].contacts[0].attitude = 3;      // 2
    ws.accounts[1].contacts[1].power = 6;         // 3
    ws.accounts[1].reviews[0].date = "2024-02-30";   // 4
    ws.tier_scheme.tiers[2].min_score = 60;       // 5
    std::vector<Problem> problems = validate_workspace(ws);
    INFO(describe_problems(problems, 100));
    auto has = [&](const std::string& path) {
        return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.path == path; });
    };
    CHECK(has("/team/1/id"));
    CHECK(has("/accounts/0/manager"));
    CHECK(has("/accounts/1/manager"));
    CHECK(has("/accounts/0/team/0"));
    CHECK(has("/accounts/0/coverage/0/person"));
    CHECK(has("/accounts/1/plan/actions/0/owner"));
    CHECK(has("/accounts/0/contacts/0/attitude"));
    CHECK(has("/accounts/1/contacts/1/power"));
    CHECK(has("/accounts/1/reviews/0/date"));
    CHECK(has("/tier_scheme/tiers/2/min_score"));
    CHECK(has("/accounts/1/team/0"));
    CHECK(has("/accounts/0/plan/actions/0/owner"));
    CHECK(has("/accounts/1/coverage/0/person"));
    CHECK(has("/accounts/0/reviews/0/attendees/0"));
    CHECK(has("/accounts/1/reviews/0/attendees/0"));
    CHECK(has("/accounts/0/investigations/0/owner"));
    CHECK(has("/accounts/1/investigations/0/owner"));
    CHECK(problems.size() == 17);
}

TEST_CASE("bump_next_id raises next_id above every numbered id", "[validate]") {
    Workspace ws = make_valid();
    ws.next_id = 1;
    bump_next_id(ws);
    CHECK(ws.next_id == 43);   // highest is c42
    ws.accounts[0].contacts[0].id = "contact-7";   // not letters + digits: ignored
    ws.accounts[1].id = "ACC900";
    ws.team[0].id = "p12x";
    bump_next_id(ws);
    CHECK(ws.next_id == 901);
    ws.next_id = 5000;   // never lowered
    bump_next_id(ws);
    CHECK(ws.next_id == 5000);
    ws.team[1].id = "p99999999999999999999999";   // beyond 64 bits: saturates instead of wrapping
    bump_next_id(ws);
    CHECK(ws.next_id == UINT64_MAX);
    Id fresh = ws.new_id('x');
    CHECK(fresh == "x" + std::to_string(UINT64_MAX));
}

TEST_CASE("describe_problems", "[validate]") {
    std::vector<Problem> problems;
    CHECK(describe_problems(problems).empty());
    for (int i = 0; i < 5; i++) problems.push_back({"/team/" + std::to_string(i) + "/id", "must not be empty"});
    CHECK(describe_problems(problems, 2) ==
          "/team/0/id: must not be empty\n/team/1/id: must not be empty\n... and 3 more");
    CHECK(describe_problems(problems, 5).find("more") == std::string::npos);
}

TEST_CASE("a large workspace is checked on two threads, its problems in document order") {
    Workspace ws = make_valid();
    const Account model = ws.accounts[0];
    ws.accounts.clear();
    for (int i = 0; i < 1200; i++) {   // enough for a helper thread to check the second half
        Account a = model;
        a.id = "a" + std::to_string(1000 + i);
        for (size_t c = 0; c < a.contacts.size(); c++) a.contacts[c].id = "c" + std::to_string(10000 + i * 10 + int(c));
        for (Link& l : a.links) {
            l.from = a.contacts[1].id;
            l.to = a.contacts[0].id;
        }
        for (Coverage& c : a.coverage) c.contact = a.contacts[0].id;
        for (Review& r : a.reviews) std::replace(r.contacts.begin(), r.contacts.end(), model.contacts[0].id, a.contacts[0].id);
        ws.accounts.push_back(a);
    }
    REQUIRE(validate_workspace(ws).empty());
    ws.accounts[10].name = "";
    ws.accounts[1100].links[0].to = ws.accounts[10].contacts[0].id;   // a contact of an account in the other half
    ws.accounts[1150].contacts[2].power = 9;
    const std::vector<Problem> problems = validate_workspace(ws);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].path == "/accounts/10/name");
    CHECK(problems[1].path == "/accounts/1100/links/0/to");
    CHECK(problems[1].message == "contact \"c10100\" belongs to another account (/accounts/10)");
    CHECK(problems[2].path == "/accounts/1150/contacts/2/power");
}

TEST_CASE("currency, deviation rules and cadence problems, as the editors show them", "[validate]") {
    CHECK(currency_problem("EUR").empty());
    CHECK(currency_problem("eur") == "expected a currency code of three capital letters (EUR, USD, SEK), got \"eur\"");
    CHECK_FALSE(currency_problem("EURO").empty());
    CHECK_FALSE(currency_problem("").empty());
    CHECK(deviation_rules_problems({}).empty());
    const std::vector<FieldProblem> problems = deviation_rules_problems({std::nan(""), -1, 25, 100.5});
    REQUIRE(problems.size() == 4);
    CHECK(std::string(problems[0].field) == "share_percent");
    CHECK(problems[0].message == "expected 0..1000, got nan");
    CHECK(problems[1].message == "expected 0..1000000000000, got -1");
    CHECK(problems[2].message == "expected 0..24, got 25");
    CHECK(problems[3].message == "expected 0..100, got 100.5");
    CHECK(cadence_problem(0).empty());
    CHECK(cadence_problem(24).empty());
    CHECK(cadence_problem(25) == "expected 0..24, got 25");
}

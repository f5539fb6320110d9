// Coverage analysis: one test per rule, each with the cases just inside and just outside it.
#include "core/relationships/coverage_analysis.h"
#include "core/dates.h"

#include "core/generate_workspace.h"
#include "core/sample_workspace.h"
#include "map_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kam;
using kam::test::MapFixture;

static std::vector<Finding> of_kind(const CoverageAnalysis& a, FindingKind kind) {
    std::vector<Finding> out;
    for (const Finding& f : a.findings)
        if (f.kind == kind) out.push_back(f);
    return out;
}

// Options with today set; 'change' adjusts the rest (designated initializers would leave
// GCC warning about the members not named).
template <typename F = void (*)(AnalysisOptions&)>
static AnalysisOptions options(F change = [](AnalysisOptions&) {}) {
    AnalysisOptions o;
    o.today = "2026-11-23";
    change(o);
    return o;
}

static std::vector<Id> contacts_of(const std::vector<Finding>& findings) {
    std::vector<Id> ids;
    for (const Finding& f : findings) ids.push_back(f.contact);
    return ids;
}

TEST_CASE("day numbers count calendar days and refuse what is not a date") {
    REQUIRE(day_number("1970-01-01") == 0L);
    REQUIRE(*day_number("2024-03-01") - *day_number("2024-02-28") == 2);   // leap year
    REQUIRE(*day_number("2026-03-01") - *day_number("2026-02-28") == 1);
    REQUIRE(*day_number("2027-01-01") - *day_number("2026-01-01") == 365);
    REQUIRE_FALSE(day_number("2026-02-29"));
    REQUIRE_FALSE(day_number("2026-13-01"));
    REQUIRE_FALSE(day_number("26-01-01"));
    REQUIRE_FALSE(day_number("2026-01-0x"));
    REQUIRE_FALSE(day_number(""));
}

TEST_CASE("key people without coverage or with weak coverage") {
    MapFixture m;
    m.person("asa", "Åsa Öberg");
    m.contact("ceo", "CEO", 5, BuyingRole::None, ChessPiece::King);
    m.contact("coo", "COO", 5, BuyingRole::None, ChessPiece::Queen);
    m.contact("buyer", "Buyer", 3, BuyingRole::DecisionMaker);
    m.contact("eng", "Engineer", 4, BuyingRole::Specifier, ChessPiece::Bishop);   // not a key person
    m.contact("cfo", "CFO", 4, BuyingRole::DecisionMaker);
    m.cover("asa", "coo", 1).cover("asa", "buyer", 0).cover("asa", "cfo", 2);

    CoverageAnalysis a = analyse_coverage(m.account, m.ws, options());
    // Strength 0 is no coverage; sorted by power.
    REQUIRE(contacts_of(of_kind(a, FindingKind::Uncovered)) == std::vector<Id>{"ceo", "buyer"});
    REQUIRE(contacts_of(of_kind(a, FindingKind::WeakCoverage)) == std::vector<Id>{"coo"});
    REQUIRE(a.counts[(size_t)FindingKind::Uncovered] == 2);

    // A higher threshold counts the CFO's 2 as weak too.
    a = analyse_coverage(m.account, m.ws, options([](AnalysisOptions& o) { o.weak_strength = 2; }));
    REQUIRE(contacts_of(of_kind(a, FindingKind::WeakCoverage)) == std::vector<Id>{"coo", "cfo"});
    REQUIRE(of_kind(a, FindingKind::Uncovered)[0].text.find("CEO") != std::string::npos);
}

TEST_CASE("single-threaded contacts are ranked by power and name their one person") {
    MapFixture m;
    m.person("asa", "Åsa Öberg").person("bo", "Bo Ek");
    m.contact("low", "Low", 1);
    m.contact("high", "High", 5);
    m.contact("two", "Two threads", 5);
    m.contact("zero", "Zero and one", 3);
    m.contact("none", "Nobody", 4);
    m.cover("asa", "low", 3).cover("bo", "high", 1).cover("asa", "two", 1).cover("bo", "two", 1);
    m.cover("asa", "zero", 0).cover("bo", "zero", 2);

    auto single = of_kind(analyse_coverage(m.account, m.ws, options()), FindingKind::SingleThreaded);
    REQUIRE(contacts_of(single) == std::vector<Id>{"high", "zero", "low"});
    REQUIRE(single[0].person == "bo");
    REQUIRE(single[0].text.find("Bo Ek") != std::string::npos);
}

TEST_CASE("high-power opponents") {
    MapFixture m;
    m.contact("md", "MD", 4, BuyingRole::None, ChessPiece::None, -2);
    m.contact("cpo", "CPO", 5, BuyingRole::None, ChessPiece::None, -1);
    m.contact("weak", "Weak opponent", 3, BuyingRole::None, ChessPiece::None, -2);
    m.contact("neutral", "Neutral", 5, BuyingRole::None, ChessPiece::None, 0);
    CoverageAnalysis a = analyse_coverage(m.account, m.ws);
    REQUIRE(contacts_of(of_kind(a, FindingKind::Opponent)) == std::vector<Id>{"cpo", "md"});
    a = analyse_coverage(m.account, m.ws, options([](AnalysisOptions& o) { o.opponent_power = 3, o.opponent_attitude = -2; }));
    REQUIRE(contacts_of(of_kind(a, FindingKind::Opponent)) == std::vector<Id>{"md", "weak"});
}

TEST_CASE("a blocked path is our relationship with someone a conflict line shields") {
    MapFixture m;
    m.person("asa", "Åsa Öberg").person("bo", "Bo Ek");
    m.contact("md", "Klaus Brandt", 4);       // does not want us to talk to his engineer
    m.contact("eng", "Anja Hoffmann", 2);
    m.contact("cpo", "Katrine", 5);           // does not want us to talk to the COO
    m.contact("coo", "Anders", 5);
    m.link("md", "eng", LinkKind::Conflict).link("cpo", "coo", LinkKind::Conflict);
    m.link("eng", "md", LinkKind::ReportsTo);   // other kinds of line do not block
    m.cover("asa", "eng", 2).cover("bo", "eng", 0);   // 0: Bo knows her but does not talk to her
    m.cover("bo", "coo", 3);
    m.cover("asa", "md", 3);                      // talking to the objector himself is fine

    auto blocked = of_kind(analyse_coverage(m.account, m.ws), FindingKind::BlockedPath);
    REQUIRE(blocked.size() == 2);
    // The most powerful objector first.
    REQUIRE(blocked[0].contact == "coo");
    REQUIRE(blocked[0].person == "bo");
    REQUIRE(blocked[0].other_contact == "cpo");
    REQUIRE(blocked[1].contact == "eng");
    REQUIRE(blocked[1].person == "asa");
    REQUIRE(blocked[1].other_contact == "md");
    REQUIRE(blocked[1].text == "Åsa Öberg talks to Anja Hoffmann, but Klaus Brandt (power 4) does not want us to");
}

TEST_CASE("team members carrying too much: explicit and automatic limits") {
    MapFixture m;
    m.person("asa", "Åsa Öberg").person("bo", "Bo Ek").person("cy", "Cy Lund");
    for (int i = 0; i < 12; i++) {
        const Id id = "c" + std::to_string(i);
        m.contact(id, "Contact " + std::to_string(i));
        m.cover("asa", id, 2);            // Åsa: 12 contacts
        if (i < 3) m.cover("bo", id, 1);  // Bo: 3
        if (i < 6) m.cover("cy", id, 0);  // Cy: none that count
    }
    // Automatic: fair share ceil(15 / 3) = 5, limit 1.5 x 5 -> 8; only Åsa is above it.
    auto over = of_kind(analyse_coverage(m.account, m.ws), FindingKind::Overloaded);
    REQUIRE(over.size() == 1);
    REQUIRE(over[0].person == "asa");
    REQUIRE(over[0].contact.empty());
    REQUIRE(over[0].text == "Åsa Öberg covers 12 contacts (more than 8)");

    over = of_kind(analyse_coverage(m.account, m.ws, options([](AnalysisOptions& o) { o.overload_limit = 2; })), FindingKind::Overloaded);
    REQUIRE(over.size() == 2);
    REQUIRE(over[0].person == "asa");   // most loaded first
    REQUIRE(over[1].person == "bo");

    // Small teams with a few contacts each are not flagged: the limit never drops below 5.
    MapFixture small;
    small.person("asa", "Åsa");
    for (int i = 0; i < 5; i++) {
        small.contact("c" + std::to_string(i), "C");
        small.cover("asa", "c" + std::to_string(i), 3);
    }
    REQUIRE(of_kind(analyse_coverage(small.account, small.ws), FindingKind::Overloaded).empty());
}

TEST_CASE("contacts with no contact in the last N days") {
    MapFixture m;
    m.person("asa", "Åsa").person("bo", "Bo");
    m.contact("fresh", "Fresh", 3);
    m.contact("edge", "Exactly 90 days", 3);
    m.contact("old", "Old", 2);
    m.contact("older", "Older but powerful", 5);
    m.contact("never", "No date", 1);
    m.contact("uncovered", "Uncovered", 5);
    m.cover("asa", "fresh", 2, "2026-01-01").cover("bo", "fresh", 1, "2026-11-20");   // the newest counts
    m.cover("asa", "edge", 2, "2026-08-25");
    m.cover("asa", "old", 2, "2026-08-24");
    m.cover("asa", "older", 2, "2025-11-23");
    m.cover("asa", "never", 2);

    CoverageAnalysis a = analyse_coverage(m.account, m.ws, options());
    REQUIRE(a.warning.empty());
    auto stale = of_kind(a, FindingKind::Stale);
    REQUIRE(contacts_of(stale) == std::vector<Id>{"older", "old", "never"});
    REQUIRE(stale[0].text.find("2025-11-23 (365 days ago)") != std::string::npos);

    a = analyse_coverage(m.account, m.ws, options([](AnalysisOptions& o) { o.stale_days = 400; }));
    REQUIRE(contacts_of(of_kind(a, FindingKind::Stale)) == std::vector<Id>{"never"});

    // A bad 'today' skips only this rule, and says so.
    a = analyse_coverage(m.account, m.ws, options([](AnalysisOptions& o) { o.today = "23.11.2026"; }));
    REQUIRE(of_kind(a, FindingKind::Stale).empty());
    REQUIRE(a.warning.find("23.11.2026") != std::string::npos);
    REQUIRE_FALSE(of_kind(a, FindingKind::SingleThreaded).empty());
}

TEST_CASE("dangling references are ignored, and findings come grouped by kind") {
    MapFixture m;
    m.person("asa", "Åsa");
    m.contact("ceo", "CEO", 5, BuyingRole::DecisionMaker, ChessPiece::King, -2);
    m.cover("ghost", "ceo", 3).cover("asa", "nobody", 3);
    m.link("nobody", "ceo", LinkKind::Conflict).link("ceo", "ceo", LinkKind::Conflict);
    CoverageAnalysis a = analyse_coverage(m.account, m.ws, options());
    REQUIRE(contacts_of(a.findings) == std::vector<Id>{"ceo", "ceo", "ceo", "ceo"});
    REQUIRE(a.findings[0].kind == FindingKind::Uncovered);
    REQUIRE(a.findings[1].kind == FindingKind::Opponent);
    REQUIRE(a.findings[2].kind == FindingKind::NoExecutive);
    REQUIRE(a.findings[3].kind == FindingKind::NoTarget);
}

TEST_CASE("executive coverage: each of their top people needs a relationship with one of our executives") {
    MapFixture m;
    m.person("asa", "Åsa").person("ceo_ours", "Margaux");
    m.ws.team[1].seniority = Seniority::Executive;
    m.contact("ceo", "CEO", 3).level = 0;
    m.contact("cfo", "CFO", 2).level = 1;
    m.contact("vp", "VP", 4).level = 2;         // power 4: a top person too
    m.contact("eng", "Engineer", 3).level = 2;  // neither: not checked
    m.cover("ceo_ours", "ceo", 2).cover("asa", "cfo", 3).cover("ceo_ours", "vp", 0);   // strength 0 covers nobody
    CoverageAnalysis a = analyse_coverage(m.account, m.ws, options());
    CHECK(contacts_of(of_kind(a, FindingKind::NoExecutive)) == std::vector<Id>{"vp", "cfo"});   // most powerful first
    CHECK(of_kind(a, FindingKind::NoExecutive)[0].text == "VP (power 4): no executive of ours has a relationship with them");
}

TEST_CASE("development targets: overdue and not reached, and decision makers without one") {
    MapFixture m;
    m.person("asa", "Åsa");
    m.contact("cfo", "CFO", 4, BuyingRole::DecisionMaker);
    m.contact("coo", "COO", 5, BuyingRole::DecisionMaker);
    m.contact("buyer", "Buyer", 2);
    Development& late = m.account.contacts[0].development;
    late = {RelationshipLevel::Vendor, RelationshipLevel::TrustedAdvisor, "asa", "2026-11-22", "Invite to the board dinner"};
    m.account.contacts[2].development = {RelationshipLevel::ProblemSolver, RelationshipLevel::ProblemSolver, "", "2026-01-01", ""};   // reached
    CoverageAnalysis a = analyse_coverage(m.account, m.ws, options());   // today 2026-11-23
    REQUIRE(contacts_of(of_kind(a, FindingKind::TargetOverdue)) == std::vector<Id>{"cfo"});
    CHECK(of_kind(a, FindingKind::TargetOverdue)[0].text == "CFO (power 4): Trusted advisor by 2026-11-22, still Vendor");
    CHECK(of_kind(a, FindingKind::TargetOverdue)[0].person == "asa");
    CHECK(contacts_of(of_kind(a, FindingKind::NoTarget)) == std::vector<Id>{"coo"});
    late.by = "2026-11-23";   // due today: not late yet
    CHECK(of_kind(analyse_coverage(m.account, m.ws, options()), FindingKind::TargetOverdue).empty());
}

TEST_CASE("the sample account's known gaps are found") {
    const Workspace ws = make_sample_workspace();
    const Account& nordhavn = *std::find_if(ws.accounts.begin(), ws.accounts.end(), [](const Account& a) { return a.name == "Nordhavn Logistics"; });
    CoverageAnalysis a = analyse_coverage(nordhavn, ws, options());
    // Klaus Brandt (MD Germany) does not want us to talk to Anja Hoffmann.
    auto blocked = of_kind(a, FindingKind::BlockedPath);
    REQUIRE(std::any_of(blocked.begin(), blocked.end(), [](const Finding& f) { return f.text.find("Anja Hoffmann, but Klaus Brandt") != std::string::npos; }));
    size_t total = 0;
    for (int c : a.counts) total += c;
    REQUIRE(total == a.findings.size());
    for (size_t i = 1; i < a.findings.size(); i++) {
        const Finding &p = a.findings[i - 1], &f = a.findings[i];
        REQUIRE((p.kind < f.kind || (p.kind == f.kind && p.severity >= f.severity)));
    }
}

// Tests of the workspace file format (core/io/json_io.h): exact round trips, clear refusals, and every problem
// reported with its JSON path.
#include "core/io/json_io.h"
#include "core/io/validate.h"
#include "core/reviews/deviation.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>

using namespace kam;
using json = nlohmann::json;

namespace {

// Every field set to something other than its default, and the awkward values a file must carry exactly.
Workspace make_full_workspace() {
    Workspace ws;
    // Quotes, a backslash and characters beyond ASCII in a name; line breaks and tabs are for texts (notes).
    ws.name = "Nordic \"key\" accounts \\ 2024 \xC3\x85sa \xC3\x96" "berg \xF0\x9F\x98\x80";
    ws.team = {{"p1", "\xC3\x85sa \xC3\x96" "berg", "Account manager", "asa@example.se"},
               {"p2", "Lars Lind", "Solution architect", "lars@example.se"},
               {"p3", "Mentor Maja", "Sales director", "", Seniority::Executive}};
    ws.criteria = {{"k4", "Revenue potential", "Three-year sales", 25.5, Axis::Attractiveness, "small", "mid", "big"},
                   {"k5", "Our strength", "Against competitors", 0.1, Axis::RelativeStrength, "weak", "even", "strong"},
                   {"k6", "Unused", "", 0, Axis::RelativeStrength, "", "", ""}};
    ws.tier_scheme.tiers = {{"Platinum", 0x11223344, 90.25}, {"Gold", 0xE6B422FF, 75}, {"Rest", 0x00000000, 1e-9}};
    ws.offerings = {{"f40", "Telematics"}, {"f41", "Service, 24/7"}};
    ws.review_defaults = {"NOK", {12.5, 20000, 4, 15}, {2, 6, 1, 12}};
    ws.tier_scheme.missing = MissingScores::CountAsZero;
    ws.tier_scheme.top_tier_capacity = 7;

    Account a;
    a.id = "a7";
    a.name = "Volvo \xE2\x80\x94 Trucks";
    a.industry = "Automotive";
    a.industry_rank = 3;
    a.competitive_position = "Challenger";
    a.notes = "Press release 2024-05-02:\r\n\tnew plant; control \x01 and delete \x7F characters";
    a.manager = "p1";
    a.mentor = "p3";
    a.team = {"p1", "p2"};
    a.stage = Stage::Exploitation;
    a.annual_sales = 1234567.891;
    a.scores = {{"k4", 7.5}, {"k5", 10}, {"k6", 0}};
    a.tier_override = TierOverride{"Platinum", "Board decision"};
    Contact c1{"c8", "Eva Ek", "CEO", "Board", "G\xC3\xB6teborg", "All", 0, BuyingRole::DecisionMaker, ChessPiece::King,
               5, 2, "private: likes sailing", 0.1f, -1e-7f};
    Contact c2{"c9", "Nils Nord", "CFO", "Finance", "Lund", "Trucks", 1, BuyingRole::Coach, ChessPiece::Knight,
               3, -2, "", 123456.789f, FLT_MAX};
    Contact c3{"c10", "Ola Olsson", "Buyer", "Purchasing", "Lund", "Buses", 4, BuyingRole::Gatekeeper, ChessPiece::Pawn,
               1, -1, "", FLT_MIN / 4, -0.0f};   // a subnormal float and negative zero
    c2.development = {RelationshipLevel::Vendor, RelationshipLevel::TrustedAdvisor, "p1", "2025-03-31", "Board dinner"};
    c3.development.now = RelationshipLevel::CredibleSource;   // where it is, with no target
    a.contacts = {c1, c2, c3};
    a.links = {{"c9", "c8", LinkKind::ReportsTo, 1}, {"c10", "c9", LinkKind::Influence, 2},
               {"c10", "c8", LinkKind::Conflict, 3}, {"c9", "c8", LinkKind::Influence, 3}};
    a.coverage = {{"p1", "c8", 3, "2024-02-29"}, {"p2", "c9", 0, ""}, {"p1", "c9", 2, "1999-12-31"}};
    a.partnership = PartnershipLevel::Interdependent;
    a.stage_history = {{"2023-01-10", Stage::Negotiation, "Offer"}, {"2023-06-01", Stage::Delivery, ""}};
    a.level_history = {{"2023-06-01", PartnershipLevel::Interdependent, "Joint roadmap"}};
    Plan& plan = a.plan;
    plan.period = "FY 2025";
    plan.valid_until = "2025-12-31";
    plan.status = PlanStatus::Agreed;
    plan.agreed = {{"p1", "2024-11-02"}, {"p2", ""}};
    plan.customer_objectives = {"Zero-emission fleet by 2030", "Halve downtime"};
    plan.buying_process = "Framework tender every 3 years";
    plan.budget_cycle = "Capex set in October";
    plan.key_dates = "Board: March, September";
    plan.competitors = {{"Rival AB", "Telematics", "Incumbent", ThreatLevel::High}, {"Newco", "", "", ThreatLevel::Low}};
    plan.strengths = {{"Installed base", Visibility::Default, ItemLink::Contact, "c8"}, {"Service"}};
    plan.weaknesses = {{"Price", Visibility::Shared}};
    plan.opportunities = {{"Electric fleet", Visibility::Internal, ItemLink::Objective, "o20"}};
    plan.threats = {{"New entrant"}, {""}};
    plan.value_added = {{"Uptime", "c9", "Downtime log 2024", 125000.5, ValueStatus::Recognised, Visibility::Internal},
                        {"", "", "", 0, ValueStatus::Proposed, Visibility::Default}};
    plan.objectives = {{"o20", "Reach the CFO", ObjectiveKind::Relationship, "Meetings a year", 0, 4, 1, "2025-06-30", "p1",
                        ObjectiveStatus::AtRisk, Visibility::Shared},
                       {"o21", "Pilot", ObjectiveKind::CustomerSuccess, "", -1.5, 0, 0.25, "", "", ObjectiveStatus::Dropped,
                        Visibility::Default}};
    plan.units = {{"u30", "Lund depot"}, {"u31", "Trucks, \"north\""}};
    plan.whitespace = {{"u30", "f40", CellStatus::Sold, 1250.5, "", {"c8", "c9"}},
                       {"u31", "f40", CellStatus::Competitor, 0, "Rival AB", {}},
                       {"u31", "f41", CellStatus::NotRelevant, 0, "", {}}};
    plan.actions = {{"Call Nils", "o20", "p2", "2024-06-30", ActionStatus::Done, "2024-06-28", Visibility::Shared},
                    {"Workshop", "", "", "", ActionStatus::InProgress, "", Visibility::Internal}};
    a.months = {{"2024-01", 0.1, 1.0 / 3}, {"2024-02", std::nullopt, 5e-324}, {"2024-03", -0.0, std::nullopt},
                {"2024-04", std::nullopt, std::nullopt}, {"2024-05", 1e12, -1e12}};
    a.investigations = {{"2024-01", DeviationCause::Timing, "Order moved to February", "p2"},
                        {"2024-05", DeviationCause::Other, "", ""}};
    plan.actions[1].deviation = "2024-01";
    a.reviews = {{"2024-03-15", ReviewKind::Mentor, "p3", {"p1"}, {"c9"}, "Good progress", {"Meet the CFO", ""}, true},
                 {"2024-04-01", ReviewKind::Executive, "", {}, {}, "", {}, true},   // kept, though only a mentor reviews the plan
                 {"2024-04-02", ReviewKind::Joint, "p1", {"p1", "p2"}, {"c8", "c9"}, "Roadmap", {"Pilot in Lund"}, false}};
    a.currency = "SEK";
    a.deviation_rules = DeviationRules{5, 2500.5, 0, 100};
    a.cadence[static_cast<size_t>(ReviewKind::Mentor)] = 2;
    a.cadence[static_cast<size_t>(ReviewKind::Team)] = 0;
    a.health_history = {{"2024-02", 58}, {"2024-03", 0}, {"2024-04", 100}};
    ws.accounts.push_back(a);

    Account b;   // mostly defaults, no tier override
    b.id = "a11";
    b.name = "Empty Ltd";
    b.annual_sales = -0.5;
    ws.accounts.push_back(b);
    ws.health_rules = {{12.5, 0, 30, 15, 10, 22.5, 10}, 75.5, 40, 45};
    // A snapshot holding one account as it was (written whole) and one as it is now (written as its id).
    Snapshot q3;
    q3.id = "s12", q3.name = "Q3 \"workshop\"", q3.taken = "2024-03-31";
    q3.team = {ws.team[0]}, q3.criteria = ws.criteria, q3.tier_scheme = ws.tier_scheme;
    Account was = ws.accounts[0];
    was.name = "Before the merger";
    was.contacts.pop_back();
    q3.accounts = {std::make_shared<const Account>(was), std::make_shared<const Account>(ws.accounts[1])};
    ws.snapshots = {q3};
    ws.next_id = 9007199254740993u;   // above 2^53: must survive as an exact integer
    return ws;
}

// Reads text and returns its problems (none when it read).
std::vector<Problem> problems_of(const std::string& text) {
    ReadResult r = read_workspace_json(text);
    CHECK(r.ok() == r.problems.empty());
    return r.problems;
}

// The only problem of a file; fails the test when there is not exactly one.
Problem only_problem(const std::string& text) {
    std::vector<Problem> problems = problems_of(text);
    INFO(describe_problems(problems));
    REQUIRE(problems.size() == 1);
    return problems[0];
}

// A valid file as a tree, to break one thing at a time.
json full_tree() { return json::parse(write_workspace_json(make_full_workspace())); }

bool is_syntax_problem(const std::vector<Problem>& problems) {
    return problems.size() == 1 && problems[0].path == "/" && problems[0].message.rfind("not valid JSON", 0) == 0;
}

}  // namespace

TEST_CASE("a fully populated workspace round-trips exactly", "[json]") {
    const Workspace ws = make_full_workspace();
    REQUIRE(validate_workspace(ws).empty());
    for (int indent : {-1, 0, 2, 4}) {
        INFO("indent " << indent);
        const std::string text = write_workspace_json(ws, indent);
        ReadResult r = read_workspace_json(text);
        INFO(describe_problems(r.problems));
        REQUIRE(r.ok());
        CHECK(*r.workspace == ws);
        CHECK(write_workspace_json(*r.workspace, indent) == text);   // stable text, too
        // The exact bits of values that compare equal but are not the same.
        CHECK(std::signbit(r.workspace->accounts[0].contacts[2].y));
        CHECK(std::signbit(*r.workspace->accounts[0].months[2].forecast));
        CHECK(!r.workspace->accounts[0].months[3].forecast.has_value());
        CHECK(r.workspace->accounts[0].months[4].actual.has_value());
        CHECK(!r.workspace->accounts[1].tier_override.has_value());
    }
}

TEST_CASE("the written file is ordinary JSON", "[json]") {
    const std::string text = write_workspace_json(make_full_workspace());
    CHECK(text.rfind("{\"format\":\"kam-canvas\",\"version\":7,", 0) == 0);   // identifiable from its first bytes
    CHECK(text.find('\n') == std::string::npos);
    json doc = json::parse(text);
    CHECK(doc["next_id"].get<uint64_t>() == 9007199254740993u);
    CHECK(doc["tier_scheme"]["tiers"][0]["color"] == "#11223344");
    CHECK(doc["tier_scheme"]["missing"] == "zero");
    const json& contact = doc["accounts"][0]["contacts"][0];
    CHECK(contact["role"] == "decision-maker");
    CHECK(contact["piece"] == "king");
    CHECK(contact["x"].dump() == "0.1");   // a float's own shortest text, not 0.10000000149011612
    CHECK(doc["accounts"][0]["stage"] == "exploitation");
    CHECK(doc["accounts"][0]["links"][2]["kind"] == "conflict");
    CHECK(doc["accounts"][0]["reviews"][0]["kind"] == "mentor");
    CHECK(doc["criteria"][1]["axis"] == "relative-strength");
    CHECK(!doc["accounts"][0]["months"][1].contains("forecast"));
    CHECK(!doc["accounts"][1].contains("tier_override"));
    CHECK(doc["accounts"][0]["notes"] == make_full_workspace().accounts[0].notes);
    CHECK(write_workspace_json(Workspace{}, 2).find("\"team\": []") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is written as U+FFFD so the file stays readable", "[json]") {
    Workspace ws = make_full_workspace();
    ws.team[0].role = "bad \xC3 byte, overlong \xC0\xAF, surrogate \xED\xA0\x80, end \xF0\x9F";
    ReadResult r = read_workspace_json(write_workspace_json(ws));
    REQUIRE(r.ok());
    CHECK(r.workspace->team[0].role ==
          "bad \xEF\xBF\xBD byte, overlong \xEF\xBF\xBD\xEF\xBF\xBD, surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD, "
          "end \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("escapes, a byte order mark and whitespace are read", "[json]") {
    // (In the notes of an account: a name may hold no control characters, and no text a NUL.)
    const std::string text = "\xEF\xBB\xBF {\r\n\t\"version\" : 1 , \"format\":\"kam-canvas\", "
                             "\"accounts\": [{\"id\": \"a1\", \"name\": \"A\", \"n\\u006ftes\": "
                             "\"\\u00c5sa \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u001f\"}] }  \n";
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems));
    REQUIRE(r.ok());
    CHECK(r.workspace->accounts[0].notes == std::string("\xC3\x85sa \xF0\x9F\x98\x80 \"q\" \\ / \b\f\n\r\t \x1F", 25));
}

TEST_CASE("malformed JSON is refused with its position", "[json]") {
    const std::string text = "{\n  \"format\": \"kam-canvas\",\n  \"version\": 1,\n  \"name\": tru\n}";
    Problem p = only_problem(text);
    CHECK(p.path == "/");
    CHECK(p.message == "not valid JSON: syntax error at line 4, column 11 (byte 55): invalid literal");

    CHECK(only_problem("").message == "not valid JSON: the text is empty");
    CHECK(only_problem(" \n ").message == "not valid JSON: the text is empty");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1,\"team\":[1,]}").message ==
          "not valid JSON: syntax error at line 1, column 46 (byte 46): unexpected character ']'");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1,}").message ==
          "not valid JSON: syntax error at line 1, column 36 (byte 36): expected a string as member name");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1").message ==
          "not valid JSON: syntax error at line 1, column 35 (byte 35): unexpected end of input; expected '}'");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1} {}").message ==
          "not valid JSON: syntax error at line 1, column 37 (byte 37): unexpected content after the document: "
          "unexpected character '{'");
    // Columns count characters: "Å" is two bytes but one column.
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1,\"name\":\"\xC3\x85\" \"x\"}").message ==
          "not valid JSON: syntax error at line 1, column 47 (byte 48): expected ',' or '}'");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1,\"name\":\"a\nb\"}").message ==
          "not valid JSON: syntax error at line 1, column 45 (byte 45): control character in a string (it must be "
          "escaped)");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":1,\"name\":\"\\udc00\"}").message ==
          "not valid JSON: syntax error at line 1, column 44 (byte 44): invalid \\u escape (a lone low surrogate)");
    CHECK(only_problem("{\"format\":\"kam-canvas\",\"version\":01}").message ==
          "not valid JSON: syntax error at line 1, column 35 (byte 35): expected ',' or '}'");
    // A syntax error late in the file is still the one problem reported (nothing is half read).
    std::string late = write_workspace_json(make_full_workspace());
    late.insert(late.size() - 1, ",,");
    CHECK(is_syntax_problem(problems_of(late)));
}

TEST_CASE("the parser accepts exactly what nlohmann::json accepts", "[json]") {
    Workspace small = make_full_workspace();
    small.accounts.resize(1);
    const std::string valid = write_workspace_json(small, 1);
    // Every truncation, and many random one-byte changes (the characters JSON cares about).
    uint64_t seed = 12345;
    auto next = [&] {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        return static_cast<size_t>(seed >> 33);
    };
    static const char kBytes[] = "{}[]\",:\\/0123456789-+.eEtrufalsn \t\r\n\x01\x7F\x80\xC3\xED\xF0\xFF";
    std::vector<std::string> texts;
    for (size_t n = 0; n < valid.size(); n += 7) texts.push_back(valid.substr(0, n));
    for (int i = 0; i < 3000; i++) {
        std::string t = valid;
        for (int k = 0, changes = 1 + static_cast<int>(next() % 3); k < changes; k++) {
            const size_t at = next() % t.size();
            const char c = kBytes[next() % (sizeof(kBytes) - 1)];
            switch (next() % 3) {
            case 0: t[at] = c; break;
            case 1: t.insert(at, 1, c); break;
            default: t.erase(at, 1);
            }
        }
        texts.push_back(t);
    }
    for (const char* x : {"[[[[[[[[[[{\"a\":[1e5,-0,0.5E-3,true]}]]]]]]]]]]", "\"\\ud800\\udc00\"", "\"\\ud800\"",
                          "\"\\uZZZZ\"", "-", "1.", ".5", "+1", "1e", "NaN", "nul", "[1 2]"})
        texts.push_back(std::string("{\"format\":\"kam-canvas\",\"version\":1,\"x\":") + x + "}");
    int accepted = 0;
    for (const std::string& t : texts) {
        const bool nlohmann_accepts = json::accept(t);
        accepted += nlohmann_accepts;
        const std::vector<Problem> problems = read_workspace_json(t).problems;
        INFO(t);
        INFO(describe_problems(problems));
        CHECK(nlohmann_accepts == !is_syntax_problem(problems));
    }
    CHECK(accepted > 100);   // the changes do not all break the syntax
}

TEST_CASE("files that are not KAM Canvas files are refused", "[json]") {
    CHECK(only_problem("[1, 2]") == Problem{"/", "not a KAM Canvas file (expected an object, got array)"});
    CHECK(only_problem("{\"name\": \"x\"}") ==
          Problem{"/format", "not a KAM Canvas file (no \"format\": \"kam-canvas\")"});
    CHECK(only_problem("{\"format\": \"kam-canvass\", \"version\": 1}") ==
          Problem{"/format", "not a KAM Canvas file (format is string \"kam-canvass\")"});
    CHECK(only_problem("{\"format\": 5}") == Problem{"/format", "not a KAM Canvas file (format is number 5)"});
}

TEST_CASE("format versions", "[json]") {
    auto with_version = [](const std::string& version) {
        return "{\"format\": \"kam-canvas\", \"name\": \"x\", \"version\": " + version + "}";
    };
    CHECK(only_problem(with_version("8")) ==
          Problem{"/version", "made by a newer KAM Canvas (format version 8); this one reads up to 7"});
    CHECK(only_problem(with_version("99999999999999999999999")).message.find("made by a newer KAM Canvas") == 0);
    CHECK(only_problem(with_version("0")) == Problem{"/version", "unknown format version 0"});
    CHECK(only_problem(with_version("-1")) == Problem{"/version", "unknown format version -1"});
    CHECK(only_problem(with_version("\"1\"")) == Problem{"/version", "expected integer, got string \"1\""});
    CHECK(only_problem(with_version("1.5")) == Problem{"/version", "expected integer, got number 1.5"});
    CHECK(only_problem("{\"format\": \"kam-canvas\"}") == Problem{"/version", "missing (required)"});
    CHECK(read_workspace_json(with_version("1.0")).ok());
    CHECK(read_workspace_json(with_version("1")).workspace->name == "x");
}

TEST_CASE("a minimal file gives the defaults, unknown members are ignored", "[json]") {
    ReadResult r = read_workspace_json("{\"format\": \"kam-canvas\", \"version\": 1}");
    REQUIRE(r.ok());
    CHECK(*r.workspace == Workspace{});

    json doc = full_tree();
    doc["future_setting"] = {{"nested", {1, 2, {{"deep", nullptr}}}}};
    doc["accounts"][0]["contacts"][0]["color"] = "#FF0000FF";
    doc["accounts"][0]["plan"]["risks"] = json::array({"x"});
    r = read_workspace_json(doc.dump());
    INFO(describe_problems(r.problems));
    REQUIRE(r.ok());
    CHECK(*r.workspace == make_full_workspace());

    // Optional members left out take their defaults.
    doc = json::parse(R"({"format": "kam-canvas", "version": 1, "accounts": [{"id": "a1", "name": "A",
        "contacts": [{"id": "c2", "name": "C"}], "months": [{"month": "2024-01"}]}]})");
    r = read_workspace_json(doc.dump());
    REQUIRE(r.ok());
    const Account& a = r.workspace->accounts[0];
    Contact expected;
    expected.id = "c2";
    expected.name = "C";
    CHECK(a.contacts[0] == expected);
    CHECK(a.months[0] == MonthFigures{"2024-01", std::nullopt, std::nullopt});
    CHECK(a.stage == Stage::PreSales);
    CHECK(!a.tier_override);
}

TEST_CASE("null means not set", "[json]") {
    json doc = full_tree();
    doc["accounts"][0]["months"][0]["forecast"] = nullptr;
    doc["accounts"][0]["tier_override"] = nullptr;
    doc["accounts"][0]["notes"] = nullptr;
    ReadResult r = read_workspace_json(doc.dump());
    REQUIRE(r.ok());
    CHECK(!r.workspace->accounts[0].months[0].forecast);
    CHECK(!r.workspace->accounts[0].tier_override);
    CHECK(r.workspace->accounts[0].notes.empty());
    doc["accounts"][0]["id"] = nullptr;
    CHECK(only_problem(doc.dump()) == Problem{"/accounts/0/id", "missing (required)"});
}

TEST_CASE("type errors are reported with exact paths", "[json]") {
    auto problem_with = [](const char* pointer, json value) {
        json doc = full_tree();
        doc[json::json_pointer(pointer)] = std::move(value);
        return only_problem(doc.dump());
    };
    using P = Problem;
    CHECK(problem_with("/accounts/0/contacts/1/attitude", 9) ==
          P{"/accounts/0/contacts/1/attitude", "expected -2..2, got 9"});
    CHECK(problem_with("/accounts/0/contacts/1/attitude", "x") ==
          P{"/accounts/0/contacts/1/attitude", "expected integer, got string \"x\""});
    CHECK(problem_with("/accounts/0/contacts/0/power", 2.5) ==
          P{"/accounts/0/contacts/0/power", "expected integer, got number 2.5"});
    CHECK(problem_with("/accounts/0/contacts/0/level", 1e10) ==
          P{"/accounts/0/contacts/0/level", "out of range, got 10000000000.0"});
    CHECK(problem_with("/accounts/0/contacts/0/x", "1") ==
          P{"/accounts/0/contacts/0/x", "expected number, got string \"1\""});
    CHECK(problem_with("/accounts/0/contacts/0/y", 1e39) == P{"/accounts/0/contacts/0/y", "out of range, got 1e+39"});
    CHECK(problem_with("/team/1/name", 5) == P{"/team/1/name", "expected string, got number 5"});
    CHECK(problem_with("/team/1/email", json::array()) == P{"/team/1/email", "expected string, got array"});
    CHECK(problem_with("/accounts/0/plan/threats", json::object()) ==
          P{"/accounts/0/plan/threats", "expected array, got object"});
    CHECK(problem_with("/accounts/0/plan/objectives/1", "Pilot") ==
          P{"/accounts/0/plan/objectives/1", "expected object, got string \"Pilot\""});
    CHECK(problem_with("/accounts/0/team/1", true) == P{"/accounts/0/team/1", "expected string, got true"});
    CHECK(problem_with("/accounts/0/plan/objectives/0/start", "yes") ==
          P{"/accounts/0/plan/objectives/0/start", "expected number, got string \"yes\""});
    CHECK(problem_with("/accounts/0/plan/actions/0/status", "finished") ==
          P{"/accounts/0/plan/actions/0/status", "unknown value \"finished\", expected one of \"open\", \"in-progress\", "
                                                 "\"done\", \"cancelled\""});
    CHECK(problem_with("/accounts/0/plan/strengths/1", "Service") ==
          P{"/accounts/0/plan/strengths/1", "expected object, got string \"Service\""});
    CHECK(problem_with("/accounts/0/months/0/forecast", "n/a") ==
          P{"/accounts/0/months/0/forecast", "expected number, got string \"n/a\""});
    CHECK(problem_with("/accounts/0/scores/k4", false) == P{"/accounts/0/scores/k4", "expected number, got false"});
    CHECK(problem_with("/accounts/0/stage", "won") ==
          P{"/accounts/0/stage", "unknown value \"won\", expected one of \"pre-sales\", \"negotiation\", \"delivery\", "
                                 "\"review\", \"exploitation\""});
    CHECK(problem_with("/accounts/0/links/0/kind", "reports_to") ==
          P{"/accounts/0/links/0/kind", "unknown value \"reports_to\", expected one of \"reports-to\", \"influence\", "
                                        "\"conflict\""});
    CHECK(problem_with("/tier_scheme/tiers/1/color", "gold") ==
          P{"/tier_scheme/tiers/1/color", "expected a color \"#RRGGBBAA\", got string \"gold\""});
    CHECK(problem_with("/tier_scheme/tiers/1/color", 0xFF) ==
          P{"/tier_scheme/tiers/1/color", "expected a color \"#RRGGBBAA\", got number 255"});
    CHECK(problem_with("/next_id", -3) == P{"/next_id", "out of range, got -3"});
    CHECK(problem_with("/accounts/0/tier_override", "Gold") ==
          P{"/accounts/0/tier_override", "expected object, got string \"Gold\""});
}

TEST_CASE("whole numbers written as floats are integers, #RRGGBB is opaque", "[json]") {
    json doc = full_tree();
    doc["accounts"][0]["contacts"][0]["power"] = 4.0;
    doc["tier_scheme"]["tiers"][1]["color"] = "#e6b422";
    ReadResult r = read_workspace_json(doc.dump());
    REQUIRE(r.ok());
    CHECK(r.workspace->accounts[0].contacts[0].power == 4);
    CHECK(r.workspace->tier_scheme.tiers[1].color == 0xE6B422FF);
}

TEST_CASE("every problem is reported, each once", "[json]") {
    json doc = full_tree();
    doc["accounts"][0]["contacts"][1]["attitude"] = 9;           // range (validation)
    doc["accounts"][0]["contacts"][2].erase("name");             // required (reading; validation says nothing more)
    doc["accounts"][0]["contacts"][0]["id"] = 8;                 // type; the links and coverage naming c8 dangle
    doc["accounts"][0]["links"][0]["to"] = "c99";                // dangling reference
    doc["accounts"][0]["months"][1]["month"] = "2024-1";         // bad month
    doc["criteria"][0]["weight"] = -2;                           // negative weight
    doc["accounts"][1]["id"] = "a7";                             // duplicate id
    const std::vector<Problem> problems = problems_of(doc.dump());
    INFO(describe_problems(problems, 50));
    const std::vector<Problem> expected = {
        {"/accounts/0/contacts/0/id", "expected string, got number 8"},
        {"/accounts/0/contacts/2/name", "missing (required)"},
        // The snapshot shares account a11 with now, and now there is none of that id.
        {"/snapshots/0/accounts/1", "names account \"a11\", which the workspace does not hold (a snapshot shares only the accounts of the workspace)"},
        {"/accounts/1/id", "duplicate id \"a7\" (also at /accounts/0/id)"},
        {"/criteria/0/weight", "expected a finite number >= 0, got -2"},
        {"/accounts/0/contacts/1/attitude", "expected -2..2, got 9"},
        {"/accounts/0/links/0/to", "unknown contact id \"c99\""},
        {"/accounts/0/links/2/to", "unknown contact id \"c8\""},
        {"/accounts/0/links/3/to", "unknown contact id \"c8\""},
        {"/accounts/0/coverage/0/contact", "unknown contact id \"c8\""},
        {"/accounts/0/plan/strengths/0/target", "unknown contact id \"c8\""},
        {"/accounts/0/plan/whitespace/0/contacts/0", "unknown contact id \"c8\""},
        {"/accounts/0/months/1/month", "expected a month YYYY-MM, got \"2024-1\""},
        {"/accounts/0/reviews/2/contacts/0", "unknown contact id \"c8\""},
    };
    CHECK(problems == expected);
}

TEST_CASE("dangling and duplicate ids in a file", "[json]") {
    auto problem_with = [](const char* pointer, json value) {
        json doc = full_tree();
        doc[json::json_pointer(pointer)] = std::move(value);
        return only_problem(doc.dump());
    };
    using P = Problem;
    CHECK(problem_with("/accounts/0/manager", "p99") == P{"/accounts/0/manager", "unknown person id \"p99\""});
    CHECK(problem_with("/accounts/0/mentor", "k4") == P{"/accounts/0/mentor", "unknown person id \"k4\""});
    CHECK(problem_with("/accounts/0/team/0", "x") == P{"/accounts/0/team/0", "unknown person id \"x\""});
    CHECK(problem_with("/accounts/0/links/1/from", "c1") == P{"/accounts/0/links/1/from", "unknown contact id \"c1\""});
    CHECK(problem_with("/accounts/0/coverage/1/person", "p9") ==
          P{"/accounts/0/coverage/1/person", "unknown person id \"p9\""});
    CHECK(problem_with("/accounts/0/plan/actions/0/owner", "p0") ==
          P{"/accounts/0/plan/actions/0/owner", "unknown person id \"p0\""});
    CHECK(problem_with("/accounts/0/plan/actions/1/objective", "o99") ==
          P{"/accounts/0/plan/actions/1/objective", "unknown objective id \"o99\" (not in this account's plan)"});
    CHECK(problem_with("/accounts/0/plan/opportunities/0/target", "c8") ==
          P{"/accounts/0/plan/opportunities/0/target", "unknown objective id \"c8\" (not in this account's plan)"});
    CHECK(problem_with("/accounts/0/plan/value_added/0/for_contact", "p1") ==
          P{"/accounts/0/plan/value_added/0/for_contact", "unknown contact id \"p1\""});
    CHECK(problem_with("/accounts/0/plan/agreed/1/person", "p1") ==
          P{"/accounts/0/plan/agreed/1/person", "\"p1\" agreed twice (also at /accounts/0/plan/agreed/0/person)"});
    CHECK(problem_with("/accounts/0/plan/objectives/1/id", "o20") ==
          P{"/accounts/0/plan/objectives/1/id", "duplicate objective id \"o20\" (also at /accounts/0/plan/objectives/0/id)"});
    CHECK(problem_with("/accounts/0/plan/objectives/1/owner", "c9") ==
          P{"/accounts/0/plan/objectives/1/owner", "unknown person id \"c9\""});
    CHECK(problem_with("/accounts/0/contacts/1/development/developer", "c8") ==
          P{"/accounts/0/contacts/1/development/developer", "unknown person id \"c8\""});
    CHECK(problem_with("/accounts/0/contacts/1/development/by", "soon") ==
          P{"/accounts/0/contacts/1/development/by", "expected a date YYYY-MM-DD, got \"soon\""});
    CHECK(problem_with("/accounts/0/contacts/1/development/target", "friend") ==
          P{"/accounts/0/contacts/1/development/target", "unknown value \"friend\", expected one of \"none\", \"vendor\", "
                                                        "\"credible-source\", \"problem-solver\", \"trusted-advisor\""});
    CHECK(problem_with("/team/0/seniority", "boss") ==
          P{"/team/0/seniority", "unknown value \"boss\", expected one of \"staff\", \"management\", \"executive\""});
    CHECK(problem_with("/accounts/0/plan/whitespace/0/unit", "u99") ==
          P{"/accounts/0/plan/whitespace/0/unit", "unknown unit id \"u99\" (not in this account's plan)"});
    CHECK(problem_with("/accounts/0/plan/whitespace/0/offering", "f99") ==
          P{"/accounts/0/plan/whitespace/0/offering", "unknown offering id \"f99\""});
    CHECK(problem_with("/accounts/0/plan/whitespace/0/contacts/1", "c99") ==
          P{"/accounts/0/plan/whitespace/0/contacts/1", "unknown contact id \"c99\""});
    CHECK(problem_with("/accounts/0/plan/whitespace/2/offering", "f40") ==
          P{"/accounts/0/plan/whitespace/2", "a second cell for the same unit and offering (also at /accounts/0/plan/whitespace/1)"});
    {   // a SWOT item linked to a whitespace cell (version 3) names one of the account's units and one of our offerings
        json doc = full_tree();
        json& item = doc["accounts"][0]["plan"]["opportunities"][0];
        item["link"] = "cell";
        item["target"] = doc["accounts"][0]["plan"]["whitespace"][0]["unit"];
        item["offering"] = doc["accounts"][0]["plan"]["whitespace"][0]["offering"];
        ReadResult r = read_workspace_json(doc.dump());
        INFO(describe_problems(r.problems, 5));
        REQUIRE(r.ok());
        CHECK(r.workspace->accounts[0].plan.opportunities[0].link == ItemLink::Cell);
        CHECK(read_workspace_json(write_workspace_json(*r.workspace)).workspace == r.workspace);   // round trip
        item["target"] = "u99";
        item["offering"] = "c1";
        const std::vector<Problem> problems = problems_of(doc.dump());
        CHECK(problems == std::vector<Problem>{{"/accounts/0/plan/opportunities/0/target", "unknown unit id \"u99\" (not in this account's plan)"},
                                               {"/accounts/0/plan/opportunities/0/offering", "unknown offering id \"c1\""}});
    }
    CHECK(problem_with("/accounts/0/plan/whitespace/0/value", -1) ==
          P{"/accounts/0/plan/whitespace/0/value", "expected a finite number >= 0, got -1"});
    {
        json doc = full_tree();
        doc["offerings"][1]["id"] = "f40";   // and the cell of "f41" now names an offering that is gone
        const std::vector<Problem> problems = problems_of(doc.dump());
        REQUIRE(problems.size() == 2);
        CHECK(problems[0] == P{"/offerings/1/id", "duplicate offering id \"f40\" (also at /offerings/0/id)"});
        CHECK(problems[1] == P{"/accounts/0/plan/whitespace/2/offering", "unknown offering id \"f41\""});
    }
    CHECK(problem_with("/accounts/0/plan/units/1/name", "") == P{"/accounts/0/plan/units/1/name", "must not be empty"});
    CHECK(problem_with("/accounts/0/plan/competitors/1/name", "") ==
          P{"/accounts/0/plan/competitors/1/name", "must not be empty"});
    CHECK(problem_with("/accounts/0/reviews/0/reviewer", "c8") ==
          P{"/accounts/0/reviews/0/reviewer", "unknown person id \"c8\""});
    CHECK(problem_with("/accounts/0/tier_override/tier", "Gold ") ==
          P{"/accounts/0/tier_override/tier", "unknown tier \"Gold \""});
    CHECK(problem_with("/accounts/0/scores/a~1b", 1) == P{"/accounts/0/scores/a~1b", "unknown criterion id \"a/b\""});
    CHECK(problem_with("/team/3", {{"id", "p1"}, {"name", "Twin"}}) ==
          P{"/team/3/id", "duplicate id \"p1\" (also at /team/0/id)"});
    // What cannot be read is not there: references to it dangle, and say so.
    json doc = full_tree();
    doc["team"] = json::object();
    const std::vector<Problem> problems = problems_of(doc.dump());
    // and the plan's agreements, the owners of its objectives and actions, a developer, the owner of an
    // investigation, and who led and attended reviews
    REQUIRE(problems.size() == 19);
    CHECK(problems[0] == P{"/team", "expected array, got object"});
    CHECK(problems[1] == P{"/accounts/0/manager", "unknown person id \"p1\""});
    CHECK(problem_with("/accounts/0/contacts/3", {{"id", "c9"}, {"name", "Twin"}}) ==
          P{"/accounts/0/contacts/3/id", "duplicate id \"c9\" (also at /accounts/0/contacts/1/id)"});
    CHECK(problem_with("/accounts/1/contacts", json::parse(R"([{"id": "c8", "name": "Other"}])")) ==
          P{"/accounts/1/contacts/0/id", "duplicate id \"c8\" (also at /accounts/0/contacts/0/id)"});
}

TEST_CASE("bad dates and thresholds in a file", "[json]") {
    auto problem_with = [](const char* pointer, json value) {
        json doc = full_tree();
        doc[json::json_pointer(pointer)] = std::move(value);
        return only_problem(doc.dump());
    };
    using P = Problem;
    CHECK(problem_with("/accounts/0/reviews/1/date", "2023-02-29") ==
          P{"/accounts/0/reviews/1/date", "expected a date YYYY-MM-DD, got \"2023-02-29\""});
    CHECK(problem_with("/accounts/0/coverage/0/last_contact", "29.02.2024") ==
          P{"/accounts/0/coverage/0/last_contact", "expected a date YYYY-MM-DD, got \"29.02.2024\""});
    CHECK(problem_with("/accounts/0/plan/actions/1/due", "2024-06-31") ==
          P{"/accounts/0/plan/actions/1/due", "expected a date YYYY-MM-DD, got \"2024-06-31\""});
    CHECK(problem_with("/accounts/0/stage_history/1/date", "June") ==
          P{"/accounts/0/stage_history/1/date", "expected a date YYYY-MM-DD, got \"June\""});
    CHECK(problem_with("/accounts/0/plan/valid_until", "end of 2025") ==
          P{"/accounts/0/plan/valid_until", "expected a date YYYY-MM-DD, got \"end of 2025\""});
    CHECK(problem_with("/accounts/0/plan/agreed/0/date", "2024-13-01") ==
          P{"/accounts/0/plan/agreed/0/date", "expected a date YYYY-MM-DD, got \"2024-13-01\""});
    CHECK(problem_with("/accounts/0/plan/objectives/0/due", "Q2") ==
          P{"/accounts/0/plan/objectives/0/due", "expected a date YYYY-MM-DD, got \"Q2\""});
    CHECK(problem_with("/accounts/0/plan/actions/0/done_on", "yesterday") ==
          P{"/accounts/0/plan/actions/0/done_on", "expected a date YYYY-MM-DD, got \"yesterday\""});
    CHECK(problem_with("/accounts/0/plan/value_added/0/value_per_year", -10) ==
          P{"/accounts/0/plan/value_added/0/value_per_year", "expected a finite number >= 0, got -10"});
    CHECK(problem_with("/tier_scheme/tiers/1/min_score", 95) ==
          P{"/tier_scheme/tiers/1/min_score", "expected below 90.25 (the tier above), got 95"});
    // The review rhythm (version 4): figures, currencies, thresholds, cadences, investigations, reviews.
    CHECK(problem_with("/accounts/0/months/0/actual", 2e12) ==
          P{"/accounts/0/months/0/actual", "expected an amount within -1e12..1e12, got 2000000000000"});
    CHECK(problem_with("/accounts/0/months/0/forecast", "12 000") ==
          P{"/accounts/0/months/0/forecast", "expected number, got string \"12 000\""});
    CHECK(problem_with("/review_defaults/currency", "euro") ==
          P{"/review_defaults/currency", "expected a currency code of three capital letters (EUR, USD, SEK), got \"euro\""});
    CHECK(problem_with("/review_defaults/currency", "") == P{"/review_defaults/currency", "must not be empty"});
    CHECK(problem_with("/accounts/0/currency", "sek") ==
          P{"/accounts/0/currency", "expected a currency code of three capital letters (EUR, USD, SEK), got \"sek\""});
    CHECK(problem_with("/review_defaults/deviation_rules/share_percent", -5) ==
          P{"/review_defaults/deviation_rules/share_percent", "expected 0..1000, got -5"});
    CHECK(problem_with("/accounts/0/deviation_rules/decline_percent", 101) ==
          P{"/accounts/0/deviation_rules/decline_percent", "expected 0..100, got 101"});
    CHECK(problem_with("/accounts/0/deviation_rules/bias_months", 2.5) ==
          P{"/accounts/0/deviation_rules/bias_months", "expected integer, got number 2.5"});
    CHECK(problem_with("/review_defaults/cadence/executive", 25) == P{"/review_defaults/cadence/executive", "expected 0..24, got 25"});
    CHECK(problem_with("/accounts/0/cadence/mentor", -1) == P{"/accounts/0/cadence/mentor", "expected 0..24, got -1"});
    CHECK(problem_with("/accounts/0/investigations/0/month", "2024-13") ==
          P{"/accounts/0/investigations/0/month", "expected a month YYYY-MM, got \"2024-13\""});
    CHECK(problem_with("/accounts/0/investigations/1/month", "2024-01") ==
          P{"/accounts/0/investigations/1/month", "a second investigation of \"2024-01\" (also at /accounts/0/investigations/0/month)"});
    CHECK(problem_with("/accounts/0/investigations/0/cause", "weather") ==
          P{"/accounts/0/investigations/0/cause", "unknown value \"weather\", expected one of \"customer-demand\", \"lost-business\", "
                                                 "\"price\", \"timing\", \"our-delivery\", \"forecast-error\", \"other\""});
    CHECK(problem_with("/accounts/0/plan/actions/0/deviation", "2024-01") ==
          P{"/accounts/0/plan/actions/1/deviation", "a second action answering \"2024-01\" (also at /accounts/0/plan/actions/0/deviation)"});
    CHECK(problem_with("/accounts/0/plan/actions/1/deviation", "January") ==
          P{"/accounts/0/plan/actions/1/deviation", "expected a month YYYY-MM, got \"January\""});
    CHECK(problem_with("/accounts/0/reviews/0/contacts/0", "p1") ==
          P{"/accounts/0/reviews/0/contacts/0", "unknown contact id \"p1\""});
    CHECK(problem_with("/accounts/0/reviews/2/attendees/1", "c8") ==
          P{"/accounts/0/reviews/2/attendees/1", "unknown person id \"c8\""});
    CHECK(problem_with("/accounts/0/reviews/1/kind", "board") ==
          P{"/accounts/0/reviews/1/kind", "unknown value \"board\", expected one of \"executive\", \"mentor\", \"team\", \"joint\""});
    // Account health (version 5): weights, bands, the contact window, and the kept history.
    CHECK(problem_with("/health_rules/weights/coverage", -1) == P{"/health_rules/weights/coverage", "expected 0..100, got -1"});
    CHECK(problem_with("/health_rules/weights/plan", "high") == P{"/health_rules/weights/plan", "expected number, got string \"high\""});
    CHECK(problem_with("/health_rules/watch", 80) == P{"/health_rules/watch", "expected below healthy (75.5), got 80"});
    CHECK(problem_with("/health_rules/healthy", 101) == P{"/health_rules/healthy", "expected 0..100, got 101"});
    CHECK(problem_with("/health_rules/contact_days", 0) == P{"/health_rules/contact_days", "expected 1..3650, got 0"});
    CHECK(problem_with("/accounts/0/health_history/1/score", 101) == P{"/accounts/0/health_history/1/score", "expected 0..100, got 101"});
    CHECK(problem_with("/accounts/0/health_history/1/month", "2024-02") ==
          P{"/accounts/0/health_history/1/month", "expected a month after \"2024-02\" (oldest first, each once), got \"2024-02\""});
    CHECK(problem_with("/accounts/0/health_history/0/month", "Feb") ==
          P{"/accounts/0/health_history/0/month", "expected a month YYYY-MM, got \"Feb\""});
    {
        json zero = full_tree();
        for (auto& [part, weight] : zero["health_rules"]["weights"].items()) weight = 0;
        CHECK(only_problem(zero.dump()) == P{"/health_rules/weights", "at least one part must weigh more than 0"});
    }
    json doc = full_tree();
    for (json& c : doc["criteria"]) c["weight"] = 0;
    CHECK(only_problem(doc.dump()) == P{"/criteria", "at least one criterion needs a weight above 0"});
}

TEST_CASE("next_id is raised above the ids in the file", "[json]") {
    json doc = full_tree();
    doc["next_id"] = 3;
    doc["accounts"][1]["contacts"] = json::parse(R"([{"id": "c500", "name": "Late"}])");
    ReadResult r = read_workspace_json(doc.dump());
    REQUIRE(r.ok());
    CHECK(r.workspace->next_id == 501);
    CHECK(r.workspace->new_id('a') == "a501");

    doc.erase("next_id");
    r = read_workspace_json(doc.dump());
    REQUIRE(r.ok());
    CHECK(r.workspace->next_id == 501);
}

TEST_CASE("write_accounts_json writes the accounts exactly as the workspace file does", "[json]") {
    const Workspace ws = make_full_workspace();
    const json doc = json::parse(write_workspace_json(ws));
    CHECK(json::parse(write_accounts_json(ws.accounts.data(), 2)) == doc["accounts"]);
    CHECK(json::parse(write_accounts_json(ws.accounts.data() + 1, 1)) == json::array({doc["accounts"][1]}));
    CHECK(write_accounts_json(nullptr, 0) == "[]");
}

TEST_CASE("a workspace read in pieces is the workspace, with problems at their paths in the whole", "[json]") {
    const Workspace ws = make_full_workspace();
    Workspace head = ws;
    head.accounts.clear();
    const std::string head_text = write_workspace_json(head);
    const std::string first = write_accounts_json(ws.accounts.data(), 1);
    const std::string second = write_accounts_json(ws.accounts.data() + 1, 1);

    WorkspaceReader whole(head_text);
    whole.add_accounts(first, "one");
    whole.add_accounts("[]", "empty");
    whole.add_accounts(second, "two");
    ReadResult r = whole.finish();
    REQUIRE(r.ok());
    CHECK(*r.workspace == ws);

    // The second piece's first account is account 1 of the workspace; references are checked across pieces.
    json bad = json::parse(second);
    bad[0]["industry_rank"] = "x";
    bad[0]["manager"] = "p404";
    WorkspaceReader checked(head_text);
    checked.add_accounts(first, "one");
    checked.add_accounts(bad.dump(), "two");
    r = checked.finish();
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems == std::vector<Problem>{{"/accounts/1/industry_rank", "expected integer, got string \"x\""},
                                             {"/accounts/1/manager", "unknown person id \"p404\""}});

    // A piece that is not JSON: named, and nothing after it is read.
    WorkspaceReader broken(head_text);
    broken.add_accounts(first, "one");
    broken.add_accounts("[{\"id\": ", "part-7.json");
    broken.add_accounts(second, "two");
    r = broken.finish();
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "/accounts");
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("part-7.json is not valid JSON: syntax error at line 1"));

    // A piece that is JSON but not an array of accounts.
    WorkspaceReader object(head_text);
    object.add_accounts("{}", "part-8.json");
    r = object.finish();
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "/accounts");
    CHECK(r.problems[0].message == "expected array, got object");
}

TEST_CASE("json_string quotes, escapes and replaces bytes that are not UTF-8", "[json]") {
    CHECK(json_string("Åsa \"Ö\"\\\n") == "\"Åsa \\\"Ö\\\"\\\\\\n\"");
    CHECK(json_string(std::string("a\x01" "b", 3)) == "\"a\\u0001b\"");
    CHECK(json_string("x\xFFy") == "\"x\xEF\xBF\xBDy\"");
}

TEST_CASE("read_flat_object reads the strings and numbers of one object and refuses anything else", "[json]") {
    auto m = read_flat_object(R"({"account": "a\u00e9", "n": 2.5, "tab": "Map", "deep": {"x": "y"}, "b": true})");
    REQUIRE(m);
    CHECK(m->strings.size() == 2);
    CHECK(m->strings.at("account") == "a\xC3\xA9");
    CHECK(m->strings.at("tab") == "Map");
    CHECK(m->numbers.size() == 1);
    CHECK(m->numbers.at("n") == 2.5);
    CHECK_FALSE(read_flat_object("[1, 2]"));
    CHECK_FALSE(read_flat_object(R"({"tab": "Map")"));
    CHECK_FALSE(read_flat_object(R"({"tab": "Map"} trailing)"));
    CHECK_FALSE(read_flat_object(R"({"n": 1e999})"));
    CHECK_FALSE(read_flat_object(""));
}

TEST_CASE("months listed out of order in a file are read oldest first, unless the validator refuses them", "[json]") {
    Workspace ws = make_sample_workspace();
    Account& a = ws.accounts[0];
    REQUIRE(a.months.size() >= 3);
    const std::vector<MonthFigures> in_order = a.months;
    json file = json::parse(write_workspace_json(ws));
    json& months = file["accounts"][0]["months"];
    std::reverse(months.begin(), months.end());

    SECTION("valid and distinct: put in order, so that set_figure inserts where it belongs") {
        ReadResult r = read_workspace_json(file.dump());
        REQUIRE(r.ok());
        Account& read = r.workspace->accounts[0];
        CHECK(read.months == in_order);
        const std::string before = in_order.front().month;
        REQUIRE(set_figure(read, before, Figure::Actual, 5.0).empty());
        CHECK(read.months.size() == in_order.size());   // set where it is, not added as a second one
    }
    SECTION("a month refused: left as written, so that the path names the file's entry") {
        months[0]["month"] = "2024-13";
        const ReadResult r = read_workspace_json(file.dump());
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].path == "/accounts/0/months/0/month");
    }
    SECTION("an amount refused: left as written") {
        months[1]["forecast"] = 1e13;
        const ReadResult r = read_workspace_json(file.dump());
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].path == "/accounts/0/months/1/forecast");
    }
}

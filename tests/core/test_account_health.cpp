#include "core/account_health.h"

#include "core/document.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {

const std::string kToday = "2026-12-01";

const HealthPartScore& part(const AccountHealth& h, HealthPart p) { return h.parts[static_cast<size_t>(p)]; }

Contact contact(const char* id, const char* name, BuyingRole role, ChessPiece piece, int attitude) {
    Contact c;
    c.id = id, c.name = name, c.role = role, c.piece = piece, c.attitude = attitude;
    return c;
}

// An account with three key people (a decision maker, a King, a Queen) and one who is not.
Workspace one_account() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Åsa"}, {"p2", "Bo"}};
    Account a;
    a.id = "a1", a.name = "Nordic Steel";
    a.contacts = {contact("c1", "Anna", BuyingRole::DecisionMaker, ChessPiece::None, 2),
                  contact("c2", "Bertil", BuyingRole::Influencer, ChessPiece::King, 1),
                  contact("c3", "Cecilia", BuyingRole::User, ChessPiece::Queen, -1),
                  contact("c4", "David", BuyingRole::User, ChessPiece::Pawn, -2)};
    a.coverage = {{"p1", "c1", 3, "2026-11-20"}, {"p2", "c1", 1, "2026-06-01"}, {"p1", "c2", 2, "2026-08-01"},
                  {"p2", "c3", 1, "2026-11-30"}, {"p1", "c4", 3, "2026-11-30"}};
    ws.accounts = {a};
    return ws;
}

}  // namespace

TEST_CASE("health: coverage, attitude and freshness read the key people only", "[health]") {
    const Workspace ws = one_account();
    const AccountHealth h = account_health(ws, ws.accounts[0], kToday);
    // Anna (3) and Bertil (2) are covered at least good; Cecilia only weakly. David is no key person.
    CHECK(*part(h, HealthPart::Coverage).score == Approx(200.0 / 3));
    CHECK(part(h, HealthPart::Coverage).why == "2 of 3 key people covered at least \"good\". Not: Cecilia.");
    // Mean attitude (2 + 1 - 1) / 3 = 0.67: (0.67 + 2) / 4.
    CHECK(*part(h, HealthPart::Attitude).score == Approx((2.0 / 3 + 2) / 4 * 100));
    CHECK(part(h, HealthPart::Attitude).why.find("Least favourable: Cecilia (-1)") != std::string::npos);
    // Within 60 days: Anna (11 days, the newest of her two) and Cecilia (1 day); Bertil 122 days ago.
    CHECK(*part(h, HealthPart::Freshness).score == Approx(200.0 / 3));
    CHECK(part(h, HealthPart::Freshness).why == "2 of 3 key people talked to within 60 days. Not: Bertil.");
}

TEST_CASE("health: parts that cannot be judged leave the total, and the others share their weight", "[health]") {
    Workspace ws = one_account();
    ws.health_rules.weights = {1, 1, 1, 1, 0, 0, 1};   // no reviews or plan part
    Account& a = ws.accounts[0];
    a.contacts.clear(), a.coverage.clear();           // coverage, attitude, freshness: no key people
    AccountHealth h = account_health(ws, a, kToday);
    CHECK_FALSE(h.score);                             // attainment and actions: nothing to judge either
    CHECK_FALSE(part(h, HealthPart::Coverage).score);
    CHECK(part(h, HealthPart::Coverage).why == "No key people on the map (decision makers, Kings, Queens).");

    a.months = {{"2026-01", 100000.0, 90000.0}, {"2026-02", 100000.0, 80000.0}, {"2026-12", 100000.0, std::nullopt}};
    h = account_health(ws, a, kToday);
    // 170 of 200 = 85%: (85 - 50) * 2 = 70; the only part that applies has all 100 points.
    REQUIRE(h.score);
    CHECK(*part(h, HealthPart::Attainment).score == Approx(70));
    CHECK(part(h, HealthPart::Attainment).max_points == Approx(100));
    CHECK(*h.score == 70);
    CHECK(h.band == HealthBand::Healthy);
    CHECK(part(h, HealthPart::Attainment).why.find("Year to date 85% of forecast") == 0);

    Action soon;
    soon.text = "Call", soon.due = "2026-12-10";
    a.plan.actions = {soon};
    h = account_health(ws, a, kToday);
    // Attainment 70 and actions 100, each half the points: 35 + 50.
    CHECK(part(h, HealthPart::Actions).max_points == Approx(50));
    CHECK(*h.score == 85);
}

TEST_CASE("health: attainment scores full at 100% and none at 50%", "[health]") {
    Workspace ws = one_account();
    Account& a = ws.accounts[0];
    a.months = {{"2025-12", 100.0, 10.0}, {"2026-01", 100.0, 130.0}};   // last year does not count
    CHECK(*part(account_health(ws, a, kToday), HealthPart::Attainment).score == 100);
    a.months = {{"2026-01", 100.0, 40.0}};
    CHECK(*part(account_health(ws, a, kToday), HealthPart::Attainment).score == 0);
}

TEST_CASE("health: one action more than 7 days overdue scores the actions 0", "[health]") {
    Workspace ws = one_account();
    Account& a = ws.accounts[0];
    Action on_time, late_done, week_late, cancelled;
    on_time.text = "A", on_time.due = "2026-11-01", on_time.status = ActionStatus::Done, on_time.done_on = "2026-10-30";
    late_done.text = "B", late_done.due = "2026-11-01", late_done.status = ActionStatus::Done, late_done.done_on = "2026-11-05";
    week_late.text = "C", week_late.due = "2026-11-24";   // 7 days overdue: late, not yet zero
    cancelled.text = "D", cancelled.due = "2026-01-01", cancelled.status = ActionStatus::Cancelled;
    a.plan.actions = {on_time, late_done, week_late, cancelled};
    HealthPartScore p = part(account_health(ws, a, kToday), HealthPart::Actions);
    CHECK(*p.score == Approx(100.0 / 3));
    CHECK(p.why == "1 of 3 actions with a due date done on time or not yet due.");

    a.plan.actions[2].due = "2026-11-23";                  // 8 days overdue
    p = part(account_health(ws, a, kToday), HealthPart::Actions);
    CHECK(*p.score == 0);
    CHECK(p.why == "\"C\" is 8 days overdue (more than 7 scores 0).");
}

TEST_CASE("health: reviews on time and the plan's completeness", "[health]") {
    Workspace ws = one_account();
    Account& a = ws.accounts[0];
    Review r;
    r.date = "2026-11-15", r.kind = ReviewKind::Executive;
    a.reviews = {r};                                       // executive on time; mentor never held
    HealthPartScore p = part(account_health(ws, a, kToday), HealthPart::Reviews);
    CHECK(*p.score == 50);
    CHECK(p.why == "1 of 2 scheduled kinds of review on time. Overdue: Mentor review never held.");
    ws.review_defaults.cadence = {0, 0, 0, 0};
    CHECK_FALSE(part(account_health(ws, a, kToday), HealthPart::Reviews).score);

    p = part(account_health(ws, a, kToday), HealthPart::Plan);
    CHECK(*p.score == 0);                                  // an empty plan
    a.plan.strengths = {{"Service"}};                      // SWOT partial
    p = part(account_health(ws, a, kToday), HealthPart::Plan);
    CHECK(*p.score == Approx(0.5 / 6 * 100));
    CHECK(p.why.find("0 of 6 plan sections complete, 1 partial.") == 0);
}

TEST_CASE("health: bands follow the user's bounds", "[health]") {
    HealthRules rules;
    rules.healthy = 80, rules.watch = 50;
    CHECK(band_of(rules, 80) == HealthBand::Healthy);
    CHECK(band_of(rules, 79) == HealthBand::Watch);
    CHECK(band_of(rules, 50) == HealthBand::Watch);
    CHECK(band_of(rules, 49) == HealthBand::AtRisk);
}

TEST_CASE("health: the trend compares this month with the newest kept month before it", "[health]") {
    Account a;
    a.health_history = {{"2025-11", 90}, {"2026-09", 60}, {"2026-10", 70}, {"2026-12", 10}};
    const HealthTrend t = health_trend(a, 74, kToday, 4);
    CHECK(t.months == std::vector<std::string>{"2026-09", "2026-10", "2026-11", "2026-12"});
    CHECK(t.scores == std::vector<std::optional<int>>{60, 70, std::nullopt, 74});   // this month is live
    CHECK(t.previous == 70);
    CHECK(t.direction == 1);
    CHECK(health_trend(a, 68, kToday, 4).direction == 0);
    CHECK(health_trend(a, 67, kToday, 4).direction == -1);
    CHECK(health_trend(a, std::nullopt, kToday, 4).direction == 0);
    CHECK(health_trend(Account{}, 50, kToday).direction == 0);
}

TEST_CASE("health: this month's point is kept as the score moves, past months stay", "[health]") {
    std::vector<HealthPoint> history = {{"2026-10", 70}};
    auto kept = kept_health(history, 72, kToday);
    REQUIRE(kept);
    CHECK(*kept == std::vector<HealthPoint>{{"2026-10", 70}, {"2026-12", 72}});
    CHECK_FALSE(kept_health(*kept, 72, kToday));          // already so: nothing to write
    kept = kept_health(*kept, 65, kToday);
    CHECK(*kept == std::vector<HealthPoint>{{"2026-10", 70}, {"2026-12", 65}});
    CHECK_FALSE(kept_health(*kept, std::nullopt, kToday));
    CHECK_FALSE(kept_health(*kept, 50, "2026-11-30"));    // a clock behind the history: left alone
    std::vector<HealthPoint> long_history;
    for (int m = 0; m < 130; m++) long_history.push_back({std::to_string(2010 + m / 12) + "-" + (m % 12 < 9 ? "0" : "") + std::to_string(m % 12 + 1), 50});
    kept = kept_health(long_history, 60, kToday);
    REQUIRE(kept);
    CHECK(kept->size() == kMaxHealthHistory);
    CHECK(kept->back() == HealthPoint{"2026-12", 60});
}

TEST_CASE("health: a kept point is no edit, and undo leaves it", "[health][document]") {
    Document doc(one_account());
    Account renamed = doc.ws().accounts[0];
    renamed.name = "Nordic Steel AB";
    doc.set_account(renamed, "Rename account");
    const uint64_t version = doc.account_version("a1"), revision = doc.revision(), edit = doc.edit_revision();
    doc.keep_health(0, {{"2026-12", 61}});
    CHECK(doc.account_version("a1") > version);           // storage writes it
    CHECK(doc.revision() > revision);                     // autosave too
    CHECK(doc.edit_revision() == edit);                   // but nothing was edited since the last export
    CHECK(doc.undo_label() == "Rename account");          // and there is nothing new to undo
    REQUIRE(doc.undo());
    CHECK(doc.ws().accounts[0].name == "Nordic Steel");
    CHECK(doc.ws().accounts[0].health_history == std::vector<HealthPoint>{{"2026-12", 61}});
    REQUIRE(doc.redo());
    CHECK(doc.ws().accounts[0].health_history == std::vector<HealthPoint>{{"2026-12", 61}});
    doc.set_read_only(true);
    doc.keep_health(0, {});
    CHECK(doc.ws().accounts[0].health_history.size() == 1);
}

TEST_CASE("health without the explanations scores the same", "[health]") {
    Workspace ws = one_account();
    Account& a = ws.accounts[0];
    a.months = {{"2026-01", 100000.0, 90000.0}};
    Action late;
    late.text = "Call", late.due = "2026-11-28";
    a.plan.actions = {late};
    a.plan.strengths = {{"Service"}};
    const AccountHealth explained = account_health(ws, a, kToday), bare = account_health(ws, a, kToday, false);
    REQUIRE(explained.score);
    CHECK(bare.score == explained.score);
    CHECK(bare.band == explained.band);
    for (size_t i = 0; i < kHealthParts; i++) {
        CHECK(bare.parts[i].score == explained.parts[i].score);
        CHECK(bare.parts[i].points == explained.parts[i].points);
        CHECK(bare.parts[i].why.empty());
        CHECK_FALSE(explained.parts[i].why.empty());
    }
}

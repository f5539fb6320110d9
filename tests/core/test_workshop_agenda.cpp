#include "core/workshop_agenda.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {

// One account scored 6 of 10 on every criterion (a total of 60: Silver, 15 points from Gold), with
// a champion and an opponent on its map, one overdue action and one open, and a year running on
// forecast until a month far under it.
Workspace workshop_account() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Åsa"}};
    Account a;
    a.id = ws.new_id('a');
    a.name = "Nordhavn";
    for (const Criterion& c : ws.criteria) a.scores[c.id] = 6;
    Contact champion, opponent;
    champion.id = "c1", champion.name = "Ida", champion.attitude = 2;
    opponent.id = "c2", opponent.name = "Ole", opponent.attitude = -2, opponent.power = 5;
    a.contacts = {champion, opponent};
    Action late, open;
    late.text = "Send the offer", late.due = "2026-10-01";
    open.text = "Book the plant visit", open.due = "2027-02-01", open.status = ActionStatus::InProgress;
    Action done = late;
    done.status = ActionStatus::Done;
    a.plan.actions = {late, open, done};
    a.months = {{"2026-01", 100000.0, 100000.0}, {"2026-02", 100000.0, 100000.0}};
    ws.accounts.push_back(a);
    return ws;
}

}  // namespace

TEST_CASE("the workshop agenda has its six steps in order, each saying where the account stands", "[agenda]") {
    Workspace ws = workshop_account();
    const std::vector<AgendaItem> agenda = workshop_agenda(ws, 0, "2026-12-01");
    REQUIRE(agenda.size() == kAgendaSteps);
    for (int i = 0; i < kAgendaSteps; i++) CHECK(agenda[(size_t)i].step == (AgendaStep)i);

    CHECK(agenda[0].status == "Silver, score 60 of 100; 15 points to Gold");
    CHECK(!agenda[0].attention);
    CHECK(agenda[1].status == "2 contacts: 1 for us, 1 against us");
    CHECK(agenda[1].attention);
    CHECK(agenda[2].attention);   // nobody covers either of them
    CHECK(agenda[2].status.find("finding") != std::string::npos);
    CHECK(agenda[3].status.find(" of 6 sections complete") != std::string::npos);
    CHECK(agenda[3].attention);
    CHECK(agenda[4].status == "Year to date 200k of 200k EUR forecast (100%)");
    CHECK(!agenda[4].attention);
    CHECK(agenda[5].status == "2 actions open, 1 overdue");
    CHECK(agenda[5].attention);

    // February far under its forecast and not investigated: the forecast step asks for attention.
    ws.accounts[0].months[1].actual = 40000.0;
    const AgendaItem forecast = workshop_agenda(ws, 0, "2026-12-01")[4];
    CHECK(forecast.status == "Year to date 140k of 200k EUR forecast (70%); 1 deviation not investigated");
    CHECK(forecast.attention);
}

TEST_CASE("the agenda says what is missing: no score, no contacts, no figures, an expired plan", "[agenda]") {
    Workspace ws = make_empty_workspace();
    Account a;
    a.id = ws.new_id('a');
    a.plan.valid_until = "2026-06-30";
    ws.accounts.push_back(a);
    const std::vector<AgendaItem> agenda = workshop_agenda(ws, 0, "2026-12-01");
    REQUIRE(agenda.size() == kAgendaSteps);
    CHECK(agenda[0].status == "No score yet: 5 criteria to score");
    CHECK(agenda[1].status == "No contacts yet");
    CHECK(agenda[2].status == "No gaps found");
    CHECK(agenda[3].status.find("valid until 2026-06-30, expired") != std::string::npos);
    CHECK(agenda[4].status == "No figures for this year");
    CHECK(agenda[5].status == "0 actions open");
    for (size_t i : {0u, 1u, 3u, 4u}) CHECK(agenda[i].attention);
    CHECK(!agenda[5].attention);

    // A tier set by hand says so.
    for (const Criterion& c : ws.criteria) ws.accounts[0].scores[c.id] = 9;
    ws.accounts[0].tier_override = TierOverride{"Bronze", "Strategic reference"};
    CHECK(workshop_agenda(ws, 0, "2026-12-01")[0].status.find("(tier set by hand)") != std::string::npos);
}

TEST_CASE("the agenda of an account that is not there is empty, and Next and Previous stay within it", "[agenda]") {
    const Workspace ws = make_sample_workspace();
    CHECK(workshop_agenda(ws, -1, "2026-12-01").empty());
    CHECK(workshop_agenda(ws, (int)ws.accounts.size(), "2026-12-01").empty());
    CHECK(workshop_agenda(ws, 0, "2026-12-01").size() == kAgendaSteps);
    CHECK(agenda_step_after(0, -1) == 0);
    CHECK(agenda_step_after(0, 1) == 1);
    CHECK(agenda_step_after(kAgendaSteps - 1, 1) == kAgendaSteps - 1);
    CHECK(agenda_step_after(3, -1) == 2);
}

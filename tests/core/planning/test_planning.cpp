#include "core/planning/planning.h"
#include "core/dates.h"
#include "core/document.h"
#include "core/generate_workspace.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using namespace kam;

static Objective objective(double start, double target, double current) {
    Objective o;
    o.start = start, o.target = target, o.current = current;
    return o;
}

TEST_CASE("objective progress runs from start to target, also downwards, and stays in 0..1", "[planning]") {
    CHECK(objective_progress(objective(0, 600, 150)) == 0.25);
    CHECK(objective_progress(objective(12, 60, 12)) == 0.0);
    CHECK(objective_progress(objective(10, 4, 7)) == 0.5);   // fewer complaints: counts down
    CHECK(objective_progress(objective(0, 3, 5)) == 1.0);
    CHECK(objective_progress(objective(0, 3, -1)) == 0.0);
    CHECK(objective_progress(objective(1, 1, 1)) == 1.0);
    CHECK(objective_progress(objective(1, 1, 0)) == 0.0);
}

TEST_CASE("overdue: due before today and not finished, and an expired plan", "[planning]") {
    Objective o;
    o.due = "2026-11-30";
    CHECK(is_overdue(o, "2026-12-01"));
    CHECK_FALSE(is_overdue(o, "2026-11-30"));   // due today is not late yet
    o.status = ObjectiveStatus::AtRisk;
    CHECK(is_overdue(o, "2027-01-01"));
    o.status = ObjectiveStatus::Achieved;
    CHECK_FALSE(is_overdue(o, "2027-01-01"));
    o.status = ObjectiveStatus::Dropped;
    CHECK_FALSE(is_overdue(o, "2027-01-01"));
    o = Objective{};
    CHECK_FALSE(is_overdue(o, "2099-01-01"));   // no due date: never late

    Action a;
    a.due = "2026-11-20";
    CHECK(is_overdue(a, "2026-12-01"));
    a.status = ActionStatus::InProgress;
    CHECK(is_overdue(a, "2026-12-01"));
    a.status = ActionStatus::Done;
    CHECK_FALSE(is_overdue(a, "2026-12-01"));
    a.status = ActionStatus::Cancelled;
    CHECK_FALSE(is_overdue(a, "2026-12-01"));

    Plan plan;
    CHECK_FALSE(plan_expired(plan, "2099-01-01"));
    plan.valid_until = "2026-10-31";
    CHECK(plan_expired(plan, "2026-11-01"));
    CHECK_FALSE(plan_expired(plan, "2026-10-31"));
}

TEST_CASE("the mentor's last review, the team's agreement and the value recognised", "[planning]") {
    Account a;
    CHECK(last_mentor_review(a).empty());
    a.reviews = {{"2026-09-01", ReviewKind::Mentor}, {"2026-11-01", ReviewKind::Executive}, {"2026-06-01", ReviewKind::Mentor}};
    CHECK(last_mentor_review(a) == "2026-09-01");
    a.plan.agreed = {{"p1", "2026-10-14"}};
    REQUIRE(agreement_of(a.plan, "p1"));
    CHECK(agreement_of(a.plan, "p1")->date == "2026-10-14");
    CHECK_FALSE(agreement_of(a.plan, "p2"));
    a.plan.value_added = {{"a", "", "", 100, ValueStatus::Recognised}, {"b", "", "", 50, ValueStatus::Delivered},
                          {"c", "", "", 25.5, ValueStatus::Recognised}};
    CHECK(value_recognised(a.plan) == 125.5);
    a.plan.value_added[0].visibility = Visibility::Internal;
    CHECK(value_recognised(a.plan, true) == 25.5);   // what the customer-safe view shows
    CHECK(value_recognised(a.plan, true) == value_recognised(customer_plan(a.plan)));
}

TEST_CASE("completeness: empty, partial with what is missing, complete", "[planning]") {
    Account a;
    for (int s = 0; s < (int)PlanSection::COUNT; s++) CHECK(rate_section(a, (PlanSection)s).rating == Completeness::Empty);
    CHECK(complete_sections(a) == 0);

    Plan& p = a.plan;
    p.period = "FY 2027";
    SectionRating header = rate_section(a, PlanSection::Header);
    CHECK(header.rating == Completeness::Partial);
    CHECK(header.missing == "valid until; the team's agreement (status)");
    p.valid_until = "2027-12-31";
    p.status = PlanStatus::Agreed;
    CHECK(rate_section(a, PlanSection::Header).rating == Completeness::Complete);

    p.strengths = {{"Installed base"}};
    CHECK(rate_section(a, PlanSection::Swot).missing == "weaknesses; opportunities; threats");
    p.weaknesses = p.opportunities = p.threats = {{"x"}};
    CHECK(rate_section(a, PlanSection::Swot).rating == Completeness::Complete);

    p.key_dates = "Board in March";
    CHECK(rate_section(a, PlanSection::Customer).rating == Completeness::Partial);
    p.customer_objectives = {"Grow"};
    p.buying_process = "Tender";
    p.budget_cycle = "October";
    p.competitors = {{"Rival"}};
    CHECK(rate_section(a, PlanSection::Customer).rating == Completeness::Complete);

    p.value_added = {{"Uptime"}};
    CHECK(rate_section(a, PlanSection::ValueAdded).missing == "whom each item is for; what each item is worth a year");
    p.value_added[0].for_contact = "c1";
    p.value_added[0].value_per_year = 1000;
    CHECK(rate_section(a, PlanSection::ValueAdded).rating == Completeness::Complete);

    Objective o = objective(0, 3, 1);
    o.id = "o1";
    o.due = "2027-03-31";
    p.objectives = {o, Objective{"o2", "Old one"}};
    p.objectives[1].status = ObjectiveStatus::Dropped;   // a dropped objective needs nothing more
    CHECK(rate_section(a, PlanSection::Objectives).missing == "an owner for each open objective");
    p.objectives[0].owner = "p1";
    CHECK(rate_section(a, PlanSection::Objectives).rating == Completeness::Complete);

    p.actions = {{"Workshop", "", "p1", "2026-12-01"}};
    CHECK(rate_section(a, PlanSection::Actions).missing == "an action for each open objective");
    p.actions[0].objective = "o1";
    CHECK(rate_section(a, PlanSection::Actions).rating == Completeness::Complete);
    p.actions.push_back({"Call", "o1", "", "", ActionStatus::Done});   // finished: needs no owner
    CHECK(rate_section(a, PlanSection::Actions).rating == Completeness::Complete);
    CHECK(complete_sections(a) == 6);
}

TEST_CASE("section ratings without what is missing agree with rate_section", "[planning]") {
    Account a;
    const auto agree = [&] {
        const SectionRatings lean = section_ratings(a);
        int complete = 0;
        for (size_t s = 0; s < lean.size(); s++) {
            CHECK(lean[s] == rate_section(a, static_cast<PlanSection>(s)).rating);
            complete += lean[s] == Completeness::Complete;
        }
        CHECK(complete_sections(lean) == complete);
    };
    agree();                                           // all empty
    a.plan.period = "FY 2027";
    a.plan.strengths = {{"Installed base"}};
    a.plan.key_dates = "Board in March";               // the customer section with only key dates
    a.plan.value_added = {{"Uptime"}};
    agree();                                           // partial ones
    a.plan.valid_until = "2027-12-31", a.plan.status = PlanStatus::Agreed;
    a.plan.weaknesses = a.plan.opportunities = a.plan.threats = {{"x"}};
    a.plan.objectives = {Objective{"o1", "Grow"}};
    a.plan.actions = {{"Workshop", "o2", "p1", "2026-12-01"}};   // the open objective has no action
    agree();
    a.plan.actions[0].objective = "o1";
    agree();
}

TEST_CASE("the customer-safe view shows what the section allows, never internal items", "[planning]") {
    CHECK(shown_to_customer(PlanList::Strengths, Visibility::Default));
    CHECK(shown_to_customer(PlanList::Objectives, Visibility::Default));
    CHECK(shown_to_customer(PlanList::ValueAdded, Visibility::Default));
    CHECK_FALSE(shown_to_customer(PlanList::Weaknesses, Visibility::Default));
    CHECK_FALSE(shown_to_customer(PlanList::Threats, Visibility::Default));
    CHECK_FALSE(shown_to_customer(PlanList::Actions, Visibility::Default));
    CHECK(shown_to_customer(PlanList::Actions, Visibility::Shared));
    CHECK(shown_to_customer(PlanList::Threats, Visibility::Shared));
    CHECK_FALSE(shown_to_customer(PlanList::Strengths, Visibility::Internal));
    CHECK(standard_team_objectives().size() == 7);
}

TEST_CASE("the customer's plan keeps what they may see and none of the team's workings", "[planning]") {
    Plan p;
    p.period = "FY 2027";
    p.status = PlanStatus::Shared;
    p.agreed = {{"p1", "2026-10-01"}};
    p.customer_objectives = {"Grow in the Nordics"};
    p.buying_process = "Price decides, whatever they say";
    p.competitors = {{"Rival AB"}};
    p.strengths = {{"Uptime record"}, {"Our margin", Visibility::Internal}};
    p.weaknesses = {{"Slow quotes"}, {"Delivery in Q3", Visibility::Shared}};
    p.threats = {{"Rival AB undercuts"}};
    p.objectives = {{"o1", "Renew the frame contract"}, {"o2", "Win the COO", ObjectiveKind::Relationship}};
    p.objectives[1].visibility = Visibility::Internal;
    p.actions = {{"Prepare the renewal", "o1"}, {"Joint roadmap session", "o2"}};
    p.actions[1].visibility = Visibility::Shared;
    p.strengths[0].link = ItemLink::Objective, p.strengths[0].target = "o2";
    p.units = {{"u1", "Aarhus"}};
    p.whitespace = {{"u1", "f1", CellStatus::Sold, 100}};

    const Plan safe = customer_plan(p);
    CHECK(safe.period == "FY 2027");
    CHECK(safe.status == PlanStatus::Shared);
    CHECK(safe.customer_objectives == p.customer_objectives);
    CHECK(safe.agreed.empty());
    CHECK(safe.buying_process.empty());
    CHECK(safe.competitors.empty());
    REQUIRE(safe.strengths.size() == 1);
    CHECK(safe.strengths[0].text == "Uptime record");
    CHECK(safe.strengths[0].link == ItemLink::None);   // its objective is internal
    REQUIRE(safe.weaknesses.size() == 1);
    CHECK(safe.weaknesses[0].text == "Delivery in Q3");
    CHECK(safe.threats.empty());
    REQUIRE(safe.objectives.size() == 1);
    CHECK(safe.objectives[0].id == "o1");
    REQUIRE(safe.actions.size() == 1);   // only the action agreed with the customer
    CHECK(safe.actions[0].text == "Joint roadmap session");
    CHECK(safe.actions[0].objective.empty());
    CHECK(safe.units.empty());
    CHECK(safe.whitespace.empty());
}

TEST_CASE("My actions: one person's open actions across all accounts, soonest due first", "[planning]") {
    Workspace ws;
    ws.accounts.resize(2);
    ws.accounts[0].plan.actions = {{"late", "", "p1", "2026-12-20"}, {"other's", "", "p2", "2026-01-01"},
                                   {"no date", "", "p1", ""}, {"done", "", "p1", "2026-01-01", ActionStatus::Done}};
    ws.accounts[1].plan.actions = {{"soon", "", "p1", "2026-12-05", ActionStatus::InProgress}, {"cancelled", "", "p1", "", ActionStatus::Cancelled}};
    std::vector<ActionRef> mine = actions_of(ws, "p1");
    REQUIRE(mine.size() == 3);
    CHECK((mine[0].account == 1 && mine[0].action == 0));
    CHECK((mine[1].account == 0 && mine[1].action == 0));
    CHECK((mine[2].account == 0 && mine[2].action == 2));
    CHECK(actions_of(ws, "p1", true).size() == 5);
    CHECK(actions_of(ws, "").empty());
    CHECK(actions_of(ws, "p9").empty());
}

TEST_CASE("the sample's key accounts have plans a reviewer would recognise", "[planning][sample]") {
    const Workspace ws = make_sample_workspace();
    const Account* nordhavn = ws.find_account("a16");
    REQUIRE(nordhavn);
    CHECK(complete_sections(*nordhavn) == 6);
    CHECK(value_recognised(nordhavn->plan) > 0);
    for (const Account& a : ws.accounts) {
        INFO(a.name);
        CHECK(!a.plan.period.empty());
        CHECK(rate_section(a, PlanSection::Objectives).rating != Completeness::Empty);
        CHECK(rate_section(a, PlanSection::Actions).rating != Completeness::Empty);
    }
    // Bergström's plan ran out before today: the sample shows the flag.
    CHECK(plan_expired(ws.find_account("a91")->plan, "2026-12-01"));
}

static Plan grid_plan() {
    Plan p;
    p.units = {{"u1", "Aarhus DC"}, {"u2", "Gothenburg, cranes"}};
    p.whitespace = {{"u1", "f1", CellStatus::Sold, 120000},
                    {"u1", "f2", CellStatus::Opportunity, 50000},
                    {"u2", "f1", CellStatus::InProgress, 600000},
                    {"u2", "f2", CellStatus::Competitor, 0, "Baltic Crane, \"BCS\""},
                    {"u2", "f3", CellStatus::NotRelevant, 999}};   // not relevant: its value counts nowhere
    return p;
}
static const std::vector<Offering> kOfferings = {{"f1", "Warehouse automation"}, {"f2", "Predictive maintenance"}, {"f3", "Cold chain"}};

TEST_CASE("whitespace totals per unit, per offering and in all: current, pipeline, potential, untapped", "[planning]") {
    const WhitespaceSummary s = whitespace_totals(grid_plan(), kOfferings);
    REQUIRE(s.rows.size() == 2);
    REQUIRE(s.columns.size() == 3);
    CHECK(s.rows[0] == WhitespaceTotals{120000, 0, 170000});
    CHECK(s.rows[0].untapped() == 50000);
    CHECK(s.rows[1] == WhitespaceTotals{0, 600000, 600000});
    CHECK(s.columns[0] == WhitespaceTotals{120000, 600000, 720000});
    CHECK(s.columns[1] == WhitespaceTotals{0, 0, 50000});
    CHECK(s.columns[2] == WhitespaceTotals{});
    CHECK(s.all == WhitespaceTotals{120000, 600000, 770000});
    CHECK(s.all.untapped() == 650000);
    // A cell whose unit or offering is gone counts nowhere.
    Plan p = grid_plan();
    p.units.pop_back();
    CHECK(whitespace_totals(p, kOfferings).all == WhitespaceTotals{120000, 0, 170000});
}

TEST_CASE("the whitespace grid finds each cell by row and column once", "[planning]") {
    Plan p = grid_plan();
    p.whitespace.push_back({"u9", "f1", CellStatus::Sold, 5});   // a removed unit: in no row
    const WhitespaceGrid grid = whitespace_grid(p, kOfferings);
    REQUIRE(grid.cells.size() == 2 * 3);
    REQUIRE(grid.at(0, 0));
    CHECK(grid.at(0, 0)->status == CellStatus::Sold);
    CHECK(grid.at(0, 0) == p.find_cell("u1", "f1"));
    CHECK(grid.at(1, 1) == p.find_cell("u2", "f2"));
    CHECK(grid.at(0, 2) == nullptr);
    CHECK(cell_text(grid.at(1, 1)) == "Held by a competitor: Baltic Crane, \"BCS\"");
    CHECK(cell_text(nullptr).empty());
}

TEST_CASE("amounts in full and short", "[planning]") {
    CHECK(amount_text(120000) == "120000");
    CHECK(amount_text(1234.5) == "1234.5");
    CHECK(amount_text(0.25) == "0.25");
    CHECK(amount_text(0) == "0");
    // A decimal only where it tells a chart axis's steps apart: 1,000 and 1,500 are not both "1k".
    const std::pair<double, const char*> short_texts[] = {{950, "950"},   {120000, "120k"},  {2600000, "2.6m"}, {1000, "1k"},
                                                          {1500, "1.5k"}, {1200, "1.2k"},    {2000000, "2m"},   {15000000, "15m"},
                                                          {999999, "1m"}, {-40000, "-40k"}};
    for (const auto& [amount, text] : short_texts) CHECK(short_amount_text(amount) == text);
}

TEST_CASE("the whitespace grid as CSV, with quotes where a field needs them", "[planning]") {
    CHECK(whitespace_csv(grid_plan(), kOfferings) ==
          "Unit,Warehouse automation,Predictive maintenance,Cold chain,Current,Pipeline,Potential,Untapped\r\n"
          "Aarhus DC,Sold 120000,Opportunity 50000,,120000,0,170000,50000\r\n"
          "\"Gothenburg, cranes\",In progress 600000,\"Held by a competitor: Baltic Crane, \"\"BCS\"\"\",Not relevant,0,600000,600000,600000\r\n"
          "Current total,120000,0,0,120000,600000,770000,650000\r\n");
}

TEST_CASE("stage and relationship level changes are recorded with their date, and read as one timeline", "[planning]") {
    Account a;
    change_stage(a, Stage::Negotiation, "2026-03-01", "Offer sent");
    change_level(a, PartnershipLevel::Basic, "2026-03-01");
    change_stage(a, Stage::Negotiation, "2026-04-01");   // the same: nothing recorded
    change_level(a, PartnershipLevel::Cooperative, "2026-02-01", "Joint workshop");   // entered late, for an earlier day
    CHECK(a.stage == Stage::Negotiation);
    CHECK(a.partnership == PartnershipLevel::Cooperative);
    REQUIRE(a.stage_history.size() == 1);
    CHECK(a.stage_history[0].note == "Offer sent");
    const std::vector<TimelineEvent> t = account_timeline(a);
    REQUIRE(t.size() == 3);
    CHECK(t[0].what == "Relationship: Cooperative");
    CHECK(t[1].what == "Stage: Contract negotiation");   // on one day, the stage first
    CHECK(t[2].what == "Relationship: Basic");
    CHECK((t[2].is_stage == false && t[2].index == 0));
}

TEST_CASE("removing an offering takes its cells out of every account, as one undo step", "[planning]") {
    Workspace ws;
    ws.offerings = {{"f1", "Automation"}, {"f2", "Maintenance"}};
    for (const char* id : {"a1", "a2", "a3"}) {
        Account a;
        a.id = id;
        a.plan.units = {{"u1", "Aarhus"}};
        if (a.id != "a3") a.plan.whitespace = {{"u1", "f1", CellStatus::Sold, 100}, {"u1", "f2", CellStatus::Opportunity, 50}};
        ws.accounts.push_back(a);
    }
    ws.accounts[2].plan.opportunities = {{"Automation in Aarhus", Visibility::Default, ItemLink::Cell, "u1", "f1"}};
    CHECK(offering_use(ws, "f1").cells == 2);
    CHECK(offering_use(ws, "f1").accounts == 2);
    OfferingRemoval r = remove_offering(ws, "f1");
    CHECK(r.offerings == std::vector<Offering>{{"f2", "Maintenance"}});
    REQUIRE(r.accounts.size() == 3);   // a3 has no cell in the column, but a link to one
    CHECK(r.accounts[0].plan.whitespace.size() == 1);
    CHECK(r.accounts[2].plan.opportunities[0].link == ItemLink::None);
    CHECK(r.accounts[2].plan.opportunities[0].text == "Automation in Aarhus");

    Document doc(ws);
    doc.set_offerings_and_accounts(std::move(r.offerings), std::move(r.accounts), "Remove offering");
    CHECK(doc.ws().offerings.size() == 1);
    CHECK(doc.ws().accounts[1].plan.whitespace.size() == 1);
    REQUIRE(doc.undo());
    CHECK(doc.ws() == ws);
}

TEST_CASE("the timeline laid out on a time axis: spans from change to change, up to today, with ticks", "[planning]") {
    Account a;
    change_stage(a, Stage::Negotiation, "2026-01-15");
    change_stage(a, Stage::Delivery, "2026-06-01");
    change_level(a, PartnershipLevel::Basic, "2026-03-01");
    a.level_history.push_back({"someday", PartnershipLevel::Integrated});   // not a date: left out
    const TimelineChart chart = timeline_chart(a, "2026-12-01");
    CHECK(chart.first == *day_number("2026-01-15"));
    CHECK(chart.last == *day_number("2026-12-01"));
    REQUIRE(chart.stages.size() == 2);
    CHECK(chart.stages[0].from == *day_number("2026-01-15"));
    CHECK(chart.stages[0].to == *day_number("2026-06-01"));
    CHECK(chart.stages[0].value == (int)Stage::Negotiation);
    CHECK(chart.stages[1].to == chart.last);
    REQUIRE(chart.levels.size() == 1);
    CHECK(chart.levels[0].value == (int)PartnershipLevel::Basic);
    REQUIRE(chart.ticks.size() == 11);   // a month each, Feb to Dec
    CHECK(chart.ticks[0].label == "Feb 2026");
    CHECK(chart.ticks[0].day == *day_number("2026-02-01"));
    CHECK(chart.ticks.back().label == "Dec 2026");

    change_stage(a, Stage::Review, "2029-05-10");   // years: ticks per quarter, and a month past the last change
    const TimelineChart long_chart = timeline_chart(a, "2026-12-01");
    CHECK(long_chart.last == *day_number("2029-05-10") + 30);
    REQUIRE(long_chart.ticks.size() == 13);
    CHECK(long_chart.ticks[0].label == "Q2 2026");
    change_stage(a, Stage::Exploitation, "2031-01-01");   // five years: a tick per year
    const TimelineChart years = timeline_chart(a, "2026-12-01");
    REQUIRE(years.ticks.size() == 5);
    CHECK(years.ticks[0].label == "2027");
    CHECK(timeline_chart(Account{}, "2026-12-01").empty());
}

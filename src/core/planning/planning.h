// KAM Canvas: what the account plan says when it is read against a date: progress, what is
// overdue, how complete each section is, what the customer may see, and one person's actions
// across every account. Dates are "YYYY-MM-DD" texts, which compare in date order; 'today' is
// passed in, so every rule is tested against a date of the test's choosing.
#pragma once

#include "core/amount_text.h"
#include "core/model.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// 0..1 of the way from start to target (a target below the start counts down). A measure with
// no distance (target == start) is 1 once the target is reached, else 0.
double objective_progress(const Objective& o);

// Not done (achieved or dropped; done or cancelled) by a due date before today.
bool is_overdue(const Objective& o, std::string_view today);
bool is_overdue(const Action& a, std::string_view today);
// Past its valid-until date.
bool plan_expired(const Plan& plan, std::string_view today);

// The newest mentor review of the account ("" when none).
std::string last_mentor_review(const Account& a);
// The person's agreement to the plan (with its date), or nullptr.
const Agreement* agreement_of(const Plan& plan, const Id& person);

// What the customer has recognised per year, summed.
// With shown_only, only the items the customer may see (the customer-safe view's total).
double value_recognised(const Plan& plan, bool shown_only = false);

//-----------------------------------------------------------------------------
// Stage and relationship level over time
//-----------------------------------------------------------------------------

// Sets the account's process stage (or relationship level) and records the change with the date
// and a note. Setting what it is already changes nothing.
void change_stage(Account& a, Stage stage, const std::string& date, std::string note = {});
void change_level(Account& a, PartnershipLevel level, const std::string& date, std::string note = {});

// Both histories as one timeline, oldest first (on one day, the stage before the level).
struct TimelineEvent {
    std::string date;
    bool is_stage = true;   // else a relationship level change
    int index = 0;          // in stage_history or level_history
    std::string what;       // "Stage: Contract negotiation", "Relationship: Cooperative"
};
std::vector<TimelineEvent> account_timeline(const Account& a);

// The same, laid out on a time axis to draw: each lane (the stage, the relationship level) as
// spans from one change to the next, the last one running up to today. Days are day_number()s
// (core/dates.h); changes without a valid date are left out. Ticks mark months, quarters or
// years, whichever keeps them apart.
struct TimelineSpan {
    long from = 0, to = 0;
    int value = 0;      // the Stage or PartnershipLevel
    int index = 0;      // in stage_history or level_history
};
struct TimelineTick {
    long day = 0;
    std::string label;  // "Mar 2026", "Q2 2026", "2026"
};
struct TimelineChart {
    long first = 0, last = 0;   // the axis; first == last when there is nothing to draw
    std::vector<TimelineSpan> stages, levels;
    std::vector<TimelineTick> ticks;
    bool empty() const { return stages.empty() && levels.empty(); }
};
TimelineChart timeline_chart(const Account& a, std::string_view today);

//-----------------------------------------------------------------------------
// Completeness: each section of the plan is rated by what a good plan has in it.
//-----------------------------------------------------------------------------

enum class PlanSection { Header, Customer, Swot, ValueAdded, Objectives, Actions, COUNT };
inline constexpr std::array<std::string_view, 6> kPlanSectionLabels = {
    "Plan header", "The customer", "SWOT", "Value added", "Objectives", "Actions"};
enum class Completeness { Empty, Partial, Complete };

struct SectionRating {
    Completeness rating = Completeness::Empty;
    std::string missing;   // what would make a partial section complete ("" when complete or empty)
};

// Header: period, valid-until and the team's agreement (status agreed or shared). Customer:
// their objectives, how they buy (process and budget cycle) and the competitors. SWOT: all four
// lists. Value added: items, each for someone and worth something. Objectives: each still open
// has a measure (target differs from start), a due date and an owner. Actions: each still open
// has an owner and a due date, and every open objective has an action.
SectionRating rate_section(const Account& a, PlanSection section);
// Every section's rating without what is missing (the dashboard and the health score read 5,000
// plans), in PlanSection order.
using SectionRatings = std::array<Completeness, static_cast<size_t>(PlanSection::COUNT)>;
SectionRatings section_ratings(const Account& a);
// How many of the six sections are complete; a plan with nothing in it has 0.
int complete_sections(const Account& a);
int complete_sections(const SectionRatings& ratings);

//-----------------------------------------------------------------------------
// The customer-safe view and the team's standard objectives
//-----------------------------------------------------------------------------

// Where a plan item sits, for what the customer may see of it.
enum class PlanList { Strengths, Weaknesses, Opportunities, Threats, ValueAdded, Objectives, Actions };
// Internal: never. Shared: always. Default: strengths, opportunities, value added and objectives
// show; weaknesses, threats and actions (unless agreed with the customer: Shared) do not.
bool shown_to_customer(PlanList list, Visibility visibility);

// What the customer sees of the plan (the customer-safe view, and the plan exported for them):
// the period, validity and status, their own objectives, and the items shown_to_customer. None
// of the team's workings: the team's agreement, our reading of how they buy, the competitors,
// the whitespace grid. Links to what the customer cannot see are dropped.
Plan customer_plan(const Plan& plan);

// The account team's standing objectives, offered as editable starting items.
const std::vector<std::string>& standard_team_objectives();

//-----------------------------------------------------------------------------
// The whitespace grid: where we sell, where we could, and who else does
//-----------------------------------------------------------------------------

// Current: sold cells' annual value. Pipeline: in-progress cells' value. Potential: all we could
// sell there (sold, in progress and opportunity cells). Untapped: potential not sold yet.
struct WhitespaceTotals {
    double current = 0, pipeline = 0, potential = 0;
    double untapped() const { return potential - current; }
    bool operator==(const WhitespaceTotals&) const = default;
};
struct WhitespaceSummary {
    std::vector<WhitespaceTotals> rows;      // per unit, in plan.units order
    std::vector<WhitespaceTotals> columns;   // per offering, in ws.offerings order
    WhitespaceTotals all;
};
WhitespaceSummary whitespace_totals(const Plan& plan, const std::vector<Offering>& offerings);

// The plan's cells by row (plan.units) and column (offerings), found once: the plan keeps them
// as a flat list, and a 30 x 40 grid looked up cell by cell is a million comparisons. The
// pointers are into 'plan', valid while it is unchanged.
struct WhitespaceGrid {
    size_t columns = 0;
    std::vector<const WhitespaceCell*> cells;   // row-major; nullptr where nothing is recorded
    const WhitespaceCell* at(size_t row, size_t column) const { return cells[row * columns + column]; }
};
WhitespaceGrid whitespace_grid(const Plan& plan, const std::vector<Offering>& offerings);

// SWOT links to a cell whose unit or offering is gone become no links. True when any did.
bool drop_links_to_missing_cells(Plan& plan, const std::vector<Offering>& offerings);

// What one of our offerings holds across the workspace: the cells in its column, and how many
// accounts have them (what removing it takes away, for the confirmation).
struct OfferingUse {
    size_t cells = 0, accounts = 0;
};
OfferingUse offering_use(const Workspace& ws, const Id& offering);

// The workspace without one of our offerings: the catalogue, and the accounts that had cells in
// its column (or SWOT links to them), without them; the others are not copied.
struct OfferingRemoval {
    std::vector<Offering> offerings;
    std::vector<Account> accounts;
};
OfferingRemoval remove_offering(const Workspace& ws, const Id& offering);

// A cell in words: "Sold 120000", "Held by a competitor: Rival AB", "" when not assessed.
std::string cell_text(const WhitespaceCell* cell);

// The grid as CSV (RFC 4180, comma-separated): a header of offerings, one row per unit, each cell
// its status and value ("Sold 120000", "Competitor: Rival AB"), then the row's totals.
std::string whitespace_csv(const Plan& plan, const std::vector<Offering>& offerings);

//-----------------------------------------------------------------------------
// One person's actions across every account ("My actions")
//-----------------------------------------------------------------------------

struct ActionRef {
    int account = 0, action = 0;   // indexes in ws.accounts and its plan's actions
};

// The person's actions that are still to do (open or in progress), or all of them, soonest due
// first (no due date last), then by account order.
std::vector<ActionRef> actions_of(const Workspace& ws, const Id& person, bool include_finished = false);

}  // namespace kam

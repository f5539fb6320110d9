#include "core/planning/planning.h"

#include "core/dates.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace kam {

double objective_progress(const Objective& o) {
    const double distance = o.target - o.start;
    if (distance == 0) return (o.current == o.target) ? 1.0 : 0.0;
    return std::clamp((o.current - o.start) / distance, 0.0, 1.0);
}

static bool due_before(const std::string& due, std::string_view today) { return !due.empty() && due < today; }

bool is_overdue(const Objective& o, std::string_view today) {
    const bool finished = o.status == ObjectiveStatus::Achieved || o.status == ObjectiveStatus::Dropped;
    return !finished && due_before(o.due, today);
}

bool is_overdue(const Action& a, std::string_view today) {
    const bool finished = a.status == ActionStatus::Done || a.status == ActionStatus::Cancelled;
    return !finished && due_before(a.due, today);
}

bool plan_expired(const Plan& plan, std::string_view today) { return due_before(plan.valid_until, today); }

std::string last_mentor_review(const Account& a) {
    std::string last;
    for (const Review& r : a.reviews)
        if (r.kind == ReviewKind::Mentor && r.date > last) last = r.date;
    return last;
}

const Agreement* agreement_of(const Plan& plan, const Id& person) {
    for (const Agreement& agreement : plan.agreed)
        if (agreement.person == person) return &agreement;
    return nullptr;
}

double value_recognised(const Plan& plan, bool shown_only) {
    double total = 0;
    for (const ValueItem& v : plan.value_added)
        if (v.status == ValueStatus::Recognised && (!shown_only || shown_to_customer(PlanList::ValueAdded, v.visibility))) total += v.value_per_year;
    return total;
}

//-----------------------------------------------------------------------------
// Stage and relationship level over time
//-----------------------------------------------------------------------------

void change_stage(Account& a, Stage stage, const std::string& date, std::string note) {
    if (a.stage == stage) return;
    a.stage = stage;
    a.stage_history.push_back({date, stage, std::move(note)});
}

void change_level(Account& a, PartnershipLevel level, const std::string& date, std::string note) {
    if (a.partnership == level) return;
    a.partnership = level;
    a.level_history.push_back({date, level, std::move(note)});
}

std::vector<TimelineEvent> account_timeline(const Account& a) {
    std::vector<TimelineEvent> events;
    for (size_t i = 0; i < a.stage_history.size(); i++)
        events.push_back({a.stage_history[i].date, true, (int)i, "Stage: " + std::string(kStageLabels[(size_t)a.stage_history[i].stage % kStageLabels.size()])});
    for (size_t i = 0; i < a.level_history.size(); i++)
        events.push_back({a.level_history[i].date, false, (int)i,
                          "Relationship: " + std::string(kPartnershipLevelLabels[(size_t)a.level_history[i].level % kPartnershipLevelLabels.size()])});
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& x, const TimelineEvent& y) {
        return x.date != y.date ? x.date < y.date : x.is_stage > y.is_stage;
    });
    return events;
}

template <typename Change, typename Value>
static std::vector<TimelineSpan> spans_of(const std::vector<Change>& history, Value Change::*value, long end) {
    std::vector<TimelineSpan> spans;
    for (size_t i = 0; i < history.size(); i++) {
        const std::optional<long> day = day_number(history[i].date);
        if (!day) continue;
        if (!spans.empty()) spans.back().to = std::max(spans.back().from, *day);
        spans.push_back({*day, end, (int)(history[i].*value), (int)i});
    }
    for (TimelineSpan& s : spans) s.to = std::max(s.to, s.from);
    return spans;
}

static std::vector<TimelineTick> ticks_between(long first, long last) {
    const long days = last - first;
    const int step = days <= 400 ? 1 : days <= 1500 ? 3 : 12;   // months between ticks
    std::vector<TimelineTick> ticks;
    // The first tick after the start, on a step (months count from January of year 0).
    for (int month = (*month_number(date_of_day(first).substr(0, 7)) / step + 1) * step;; month += step) {
        const long day = *day_number(month_text(month) + "-01");
        if (day > last) break;
        char label[24];
        if (step == 1) std::snprintf(label, sizeof label, "%s %d", month_abbreviation(month), month / 12);
        else if (step == 3) std::snprintf(label, sizeof label, "Q%d %d", month % 12 / 3 + 1, month / 12);
        else std::snprintf(label, sizeof label, "%d", month / 12);
        ticks.push_back({day, label});
    }
    return ticks;
}

TimelineChart timeline_chart(const Account& a, std::string_view today) {
    TimelineChart chart;
    long first = LONG_MAX, last = LONG_MIN;
    for (const auto& c : a.stage_history)
        if (const auto day = day_number(c.date)) first = std::min(first, *day), last = std::max(last, *day);
    for (const auto& c : a.level_history)
        if (const auto day = day_number(c.date)) first = std::min(first, *day), last = std::max(last, *day);
    if (first == LONG_MAX) return chart;
    // Up to today, and at least a month past the last change (so it shows as a span).
    last = std::max(last + 30, day_number(today).value_or(last));
    chart.first = first, chart.last = last;
    chart.stages = spans_of(a.stage_history, &StageChange::stage, last);
    chart.levels = spans_of(a.level_history, &LevelChange::level, last);
    chart.ticks = ticks_between(first, last);
    return chart;
}

//-----------------------------------------------------------------------------
// Completeness
//-----------------------------------------------------------------------------

static bool still_open(const Objective& o) {
    return o.status != ObjectiveStatus::Achieved && o.status != ObjectiveStatus::Dropped;
}
static bool still_open(const Action& a) { return a.status == ActionStatus::Open || a.status == ActionStatus::InProgress; }

// Checks one section: need(ok, what) for each thing it should have; returns whether anything is
// there at all. rate_section() writes down what is missing; complete_sections() (the dashboard
// reads 5,000 plans) only counts it.
template <typename Need>
static bool check_section(const Plan& p, PlanSection section, Need&& need_of) {
    int missing = 0;
    const auto need = [&](bool ok, const char* what) {
        if (!ok) missing++, need_of(what);
    };
    switch (section) {
    case PlanSection::Header:
        need(!p.period.empty(), "the plan period");
        need(!p.valid_until.empty(), "valid until");
        need(p.status != PlanStatus::Draft, "the team's agreement (status)");
        return !p.period.empty() || !p.valid_until.empty() || p.status != PlanStatus::Draft || !p.agreed.empty();
    case PlanSection::Customer:
        need(!p.customer_objectives.empty(), "their business objectives");
        need(!p.buying_process.empty(), "how they buy");
        need(!p.budget_cycle.empty(), "their budget cycle");
        need(!p.competitors.empty(), "the competitors in the account");
        return missing < 4 || !p.key_dates.empty();
    case PlanSection::Swot:
        need(!p.strengths.empty(), "strengths");
        need(!p.weaknesses.empty(), "weaknesses");
        need(!p.opportunities.empty(), "opportunities");
        need(!p.threats.empty(), "threats");
        return missing < 4;
    case PlanSection::ValueAdded: {
        const bool all_for_someone = std::all_of(p.value_added.begin(), p.value_added.end(),
                                                 [](const ValueItem& v) { return !v.for_contact.empty(); });
        const bool all_valued = std::all_of(p.value_added.begin(), p.value_added.end(),
                                            [](const ValueItem& v) { return v.value_per_year > 0; });
        need(all_for_someone, "whom each item is for");
        need(all_valued, "what each item is worth a year");
        return !p.value_added.empty();
    }
    case PlanSection::Objectives: {
        bool measured = true, dated = true, owned = true;
        for (const Objective& o : p.objectives) {
            if (!still_open(o)) continue;
            measured = measured && o.target != o.start;
            dated = dated && !o.due.empty();
            owned = owned && !o.owner.empty();
        }
        need(measured, "a measure with a target for each open objective");
        need(dated, "a due date for each open objective");
        need(owned, "an owner for each open objective");
        return !p.objectives.empty();
    }
    case PlanSection::Actions: {
        bool owned = true, dated = true;
        for (const Action& action : p.actions) {
            if (!still_open(action)) continue;
            owned = owned && !action.owner.empty();
            dated = dated && !action.due.empty();
        }
        const bool every_objective_acted_on = std::all_of(p.objectives.begin(), p.objectives.end(), [&](const Objective& o) {
            return !still_open(o) || std::any_of(p.actions.begin(), p.actions.end(),
                                                 [&](const Action& action) { return action.objective == o.id; });
        });
        need(owned, "an owner for each open action");
        need(dated, "a due date for each open action");
        need(every_objective_acted_on, "an action for each open objective");
        return !p.actions.empty();
    }
    case PlanSection::COUNT: break;
    }
    return false;
}

// Empty when nothing is there; complete when nothing is missing; partial otherwise.
SectionRating rate_section(const Account& a, PlanSection section) {
    std::string missing;
    const bool anything = check_section(a.plan, section, [&missing](const char* what) { missing += (missing.empty() ? "" : "; ") + std::string(what); });
    if (!anything) return {};
    if (missing.empty()) return {Completeness::Complete, {}};
    return {Completeness::Partial, missing};
}

SectionRatings section_ratings(const Account& a) {
    SectionRatings ratings{};
    for (size_t s = 0; s < ratings.size(); s++) {
        bool missing = false;
        const bool anything = check_section(a.plan, static_cast<PlanSection>(s), [&missing](const char*) { missing = true; });
        ratings[s] = !anything ? Completeness::Empty : missing ? Completeness::Partial : Completeness::Complete;
    }
    return ratings;
}

int complete_sections(const SectionRatings& ratings) {
    return static_cast<int>(std::count(ratings.begin(), ratings.end(), Completeness::Complete));
}

int complete_sections(const Account& a) { return complete_sections(section_ratings(a)); }

//-----------------------------------------------------------------------------
// The customer-safe view and the team's standard objectives
//-----------------------------------------------------------------------------

bool shown_to_customer(PlanList list, Visibility visibility) {
    if (visibility == Visibility::Internal) return false;
    if (visibility == Visibility::Shared) return true;
    return list == PlanList::Strengths || list == PlanList::Opportunities || list == PlanList::ValueAdded ||
           list == PlanList::Objectives;
}

template <typename Item>
static std::vector<Item> shown_items(const std::vector<Item>& items, PlanList list) {
    std::vector<Item> shown;
    for (const Item& item : items)
        if (shown_to_customer(list, item.visibility)) shown.push_back(item);
    return shown;
}

Plan customer_plan(const Plan& plan) {
    Plan safe;
    safe.period = plan.period;
    safe.valid_until = plan.valid_until;
    safe.status = plan.status;
    safe.customer_objectives = plan.customer_objectives;
    safe.strengths = shown_items(plan.strengths, PlanList::Strengths);
    safe.weaknesses = shown_items(plan.weaknesses, PlanList::Weaknesses);
    safe.opportunities = shown_items(plan.opportunities, PlanList::Opportunities);
    safe.threats = shown_items(plan.threats, PlanList::Threats);
    safe.value_added = shown_items(plan.value_added, PlanList::ValueAdded);
    safe.objectives = shown_items(plan.objectives, PlanList::Objectives);
    safe.actions = shown_items(plan.actions, PlanList::Actions);
    for (Action& a : safe.actions)
        if (!safe.find_objective(a.objective)) a.objective.clear();
    for (auto* list : safe.swot_lists())
        for (SwotItem& item : *list)
            if ((item.link == ItemLink::Objective && !safe.find_objective(item.target)) || item.link == ItemLink::Cell) item.unlink();
    return safe;
}

const std::vector<std::string>& standard_team_objectives() {
    static const std::vector<std::string> objectives = {
        "Present a coherent, professional image of our company as a business partner",
        "Secure a long-term way of trading as the basis for growing business",
        "Penetrate the customer's business and decision-making to create new opportunities",
        "Understand and document the customer's desired business direction",
        "Feed back to our senior management on growth potential in the customer's sector",
        "Keep our solutions technically sound and matched to the customer's needs",
        "Deliver our whole resource in a way that meets the customer's needs and the plan",
    };
    return objectives;
}

//-----------------------------------------------------------------------------
// The whitespace grid
//-----------------------------------------------------------------------------

WhitespaceGrid whitespace_grid(const Plan& plan, const std::vector<Offering>& offerings) {
    std::unordered_map<std::string_view, size_t> row_of, column_of;
    for (size_t r = 0; r < plan.units.size(); r++) row_of.emplace(plan.units[r].id, r);
    for (size_t c = 0; c < offerings.size(); c++) column_of.emplace(offerings[c].id, c);
    WhitespaceGrid grid;
    grid.columns = offerings.size();
    grid.cells.assign(plan.units.size() * offerings.size(), nullptr);
    for (const WhitespaceCell& cell : plan.whitespace) {
        const auto row = row_of.find(cell.unit);
        const auto column = column_of.find(cell.offering);
        if (row == row_of.end() || column == column_of.end()) continue;   // a removed row or column
        const WhitespaceCell*& slot = grid.cells[row->second * grid.columns + column->second];
        if (!slot) slot = &cell;   // the first one counts, as everywhere (validation refuses doubles)
    }
    return grid;
}

static void add_cell(WhitespaceTotals& t, const WhitespaceCell& c) {
    if (c.status == CellStatus::Sold) t.current += c.value;
    if (c.status == CellStatus::InProgress) t.pipeline += c.value;
    if (c.status == CellStatus::Sold || c.status == CellStatus::InProgress || c.status == CellStatus::Opportunity) t.potential += c.value;
}

WhitespaceSummary whitespace_totals(const Plan& plan, const std::vector<Offering>& offerings) {
    WhitespaceSummary s;
    s.rows.resize(plan.units.size());
    s.columns.resize(offerings.size());
    const WhitespaceGrid grid = whitespace_grid(plan, offerings);
    for (size_t r = 0; r < plan.units.size(); r++) {
        for (size_t c = 0; c < offerings.size(); c++) {
            const WhitespaceCell* cell = grid.at(r, c);
            if (!cell) continue;
            add_cell(s.rows[r], *cell);
            add_cell(s.columns[c], *cell);
            add_cell(s.all, *cell);
        }
    }
    return s;
}

bool drop_links_to_missing_cells(Plan& plan, const std::vector<Offering>& offerings) {
    bool dropped = false;
    for (auto* list : plan.swot_lists()) {
        for (SwotItem& item : *list) {
            if (item.link != ItemLink::Cell) continue;
            const bool offering = std::any_of(offerings.begin(), offerings.end(), [&](const Offering& o) { return o.id == item.offering; });
            if (plan.find_unit(item.target) && offering) continue;
            item.unlink();
            dropped = true;
        }
    }
    return dropped;
}

static size_t cells_in_column(const Plan& plan, const Id& offering) {
    return (size_t)std::count_if(plan.whitespace.begin(), plan.whitespace.end(), [&](const WhitespaceCell& c) { return c.offering == offering; });
}

static bool links_to_column(const Plan& plan, const Id& offering) {
    for (const auto* list : plan.swot_lists())
        for (const SwotItem& item : *list)
            if (item.link == ItemLink::Cell && item.offering == offering) return true;
    return false;
}

OfferingUse offering_use(const Workspace& ws, const Id& offering) {
    OfferingUse use;
    for (const Account& a : ws.accounts) {
        const size_t cells = cells_in_column(a.plan, offering);
        use.cells += cells;
        use.accounts += cells > 0;
    }
    return use;
}

OfferingRemoval remove_offering(const Workspace& ws, const Id& offering) {
    OfferingRemoval r;
    for (const Offering& o : ws.offerings)
        if (o.id != offering) r.offerings.push_back(o);
    for (const Account& a : ws.accounts) {
        if (cells_in_column(a.plan, offering) == 0 && !links_to_column(a.plan, offering)) continue;
        Account changed = a;
        std::erase_if(changed.plan.whitespace, [&](const WhitespaceCell& c) { return c.offering == offering; });
        drop_links_to_missing_cells(changed.plan, r.offerings);
        r.accounts.push_back(std::move(changed));
    }
    return r;
}

std::string cell_text(const WhitespaceCell* c) {
    if (!c) return "";
    const std::string status(kCellStatusLabels[(size_t)c->status % kCellStatusLabels.size()]);
    switch (c->status) {
    case CellStatus::Sold:
    case CellStatus::InProgress:
    case CellStatus::Opportunity: return status + " " + amount_text(c->value);
    case CellStatus::Competitor: return c->competitor.empty() ? status : status + ": " + c->competitor;
    default: return c->status == CellStatus::Unknown ? "" : status;
    }
}

static std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string whitespace_csv(const Plan& plan, const std::vector<Offering>& offerings) {
    const WhitespaceSummary totals = whitespace_totals(plan, offerings);
    std::string csv = "Unit";
    for (const Offering& o : offerings) csv += "," + csv_field(o.name);
    csv += ",Current,Pipeline,Potential,Untapped\r\n";
    const auto totals_text = [](const WhitespaceTotals& t) {
        return "," + amount_text(t.current) + "," + amount_text(t.pipeline) + "," + amount_text(t.potential) + "," + amount_text(t.untapped());
    };
    const WhitespaceGrid grid = whitespace_grid(plan, offerings);
    for (size_t r = 0; r < plan.units.size(); r++) {
        csv += csv_field(plan.units[r].name);
        for (size_t c = 0; c < offerings.size(); c++) csv += "," + csv_field(cell_text(grid.at(r, c)));
        csv += totals_text(totals.rows[r]) + "\r\n";
    }
    csv += "Current total";   // per offering: what is sold; then the whole grid's totals
    for (const WhitespaceTotals& t : totals.columns) csv += "," + amount_text(t.current);
    return csv + totals_text(totals.all) + "\r\n";
}

//-----------------------------------------------------------------------------
// My actions
//-----------------------------------------------------------------------------

std::vector<ActionRef> actions_of(const Workspace& ws, const Id& person, bool include_finished) {
    std::vector<ActionRef> refs;
    if (person.empty()) return refs;
    for (size_t a = 0; a < ws.accounts.size(); a++) {
        const std::vector<Action>& actions = ws.accounts[a].plan.actions;
        for (size_t i = 0; i < actions.size(); i++)
            if (actions[i].owner == person && (include_finished || still_open(actions[i])))
                refs.push_back({(int)a, (int)i});
    }
    const auto due = [&ws](const ActionRef& r) -> const std::string& { return ws.accounts[r.account].plan.actions[r.action].due; };
    std::stable_sort(refs.begin(), refs.end(), [&](const ActionRef& x, const ActionRef& y) {
        const std::string &dx = due(x), &dy = due(y);
        if (dx.empty() != dy.empty()) return dy.empty();   // no due date last
        return dx < dy;
    });
    return refs;
}

}  // namespace kam

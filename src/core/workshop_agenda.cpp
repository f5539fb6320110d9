#include "core/workshop_agenda.h"

#include "core/amount_text.h"
#include "core/planning/planning.h"
#include "core/portfolio.h"
#include "core/relationships/coverage_analysis.h"
#include "core/reviews/deviation.h"
#include "core/tiering/tiering.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kam {

static std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

static AgendaItem why_this_tier(const Workspace& ws, const Account& a) {
    const TierExplanation e = explain_tier(ws.criteria, ws.tier_scheme, a);
    const auto& tiers = ws.tier_scheme.tiers;
    AgendaItem item{AgendaStep::WhyThisTier};
    if (!e.score.has_total) {
        item.status = "No score yet: " + plural(e.score.missing, "criterion", "criteria") + " to score";
        item.attention = true;
        return item;
    }
    const int tier = e.tier.effective;
    char score[32];
    std::snprintf(score, sizeof score, "score %.0f of 100", e.score.total);
    item.status = (tier >= 0 && tier < (int)tiers.size() ? tiers[(size_t)tier].name : std::string("Below every tier")) + ", " + score;
    if (e.tier.overridden) item.status += " (tier set by hand)";
    if (e.points_to_tier_up) {   // measured from the computed tier, as explain_tier() does
        const int up = e.tier.computed < 0 ? (int)tiers.size() - 1 : e.tier.computed - 1;
        std::snprintf(score, sizeof score, "; %.0f points to ", std::ceil(*e.points_to_tier_up));
        item.status += score + tiers[(size_t)up].name;
    }
    if (e.score.missing > 0) {
        item.status += "; " + plural(e.score.missing, "criterion", "criteria") + " not scored";
        item.attention = true;
    }
    return item;
}

static AgendaItem map_step(const Account& a) {
    const auto count = [&](auto pred) { return (int)std::count_if(a.contacts.begin(), a.contacts.end(), pred); };
    const int for_us = count([](const Contact& c) { return c.attitude > 0; });
    const int against = count([](const Contact& c) { return c.attitude < 0; });
    AgendaItem item{AgendaStep::Map};
    if (a.contacts.empty()) {
        item.status = "No contacts yet";
        item.attention = true;
        return item;
    }
    item.status = plural((int)a.contacts.size(), "contact", "contacts") + ": " + std::to_string(for_us) + " for us, " + std::to_string(against) +
                  " against us";
    item.attention = against > 0;
    return item;
}

static AgendaItem coverage_step(const Workspace& ws, const Account& a, const std::string& today) {
    AnalysisOptions options;
    options.today = today;
    const CoverageAnalysis analysis = analyse_coverage(a, ws, options);
    AgendaItem item{AgendaStep::Coverage};
    item.attention = !analysis.findings.empty();
    if (analysis.findings.empty()) {
        item.status = "No gaps found";
        return item;
    }
    item.status = plural((int)analysis.findings.size(), "finding", "findings");
    // The most urgent kind first: what the team should look at.
    for (size_t k = 0; k < analysis.counts.size(); k++)
        if (analysis.counts[k] > 0) {
            item.status += ", first: " + std::string(kFindingKindLabels[k]) + " (" + std::to_string(analysis.counts[k]) + ")";
            break;
        }
    return item;
}

static AgendaItem plan_step(const Account& a, const std::string& today) {
    AgendaItem item{AgendaStep::Plan};
    const int complete = complete_sections(a);
    item.status = std::to_string(complete) + " of 6 sections complete";
    item.attention = complete < 6;
    if (plan_expired(a.plan, today)) {
        item.status += "; valid until " + a.plan.valid_until + ", expired";
        item.attention = true;
    }
    return item;
}

static AgendaItem forecast_step(const Workspace& ws, const Account& a, const PortfolioRow& row) {
    AgendaItem item{AgendaStep::Forecast};
    if (!row.attainment_percent) {
        item.status = row.ytd_actual > 0 ? "No forecast for this year" : "No figures for this year";
        item.attention = true;
    } else {
        char percent[16];
        std::snprintf(percent, sizeof percent, "%.0f%%", *row.attainment_percent);
        item.status = "Year to date " + short_amount_text(row.ytd_actual) + " of " + short_amount_text(row.ytd_forecast) + " " + currency_of(ws, a) +
                      " forecast (" + percent + ")";
    }
    if (row.open_deviations > 0) {
        item.status += "; " + plural(row.open_deviations, "deviation", "deviations") + " not investigated";
        item.attention = true;
    }
    return item;
}

static AgendaItem actions_step(const Account& a, const PortfolioRow& row) {
    const int open = (int)std::count_if(a.plan.actions.begin(), a.plan.actions.end(),
                                        [](const Action& x) { return x.status == ActionStatus::Open || x.status == ActionStatus::InProgress; });
    AgendaItem item{AgendaStep::Actions};
    item.status = plural(open, "action", "actions") + " open";
    if (row.overdue_actions > 0) item.status += ", " + std::to_string(row.overdue_actions) + " overdue";
    item.attention = row.overdue_actions > 0;
    return item;
}

std::vector<AgendaItem> workshop_agenda(const Workspace& ws, int account, const std::string& today) {
    if (account < 0 || account >= (int)ws.accounts.size()) return {};
    const Account& a = ws.accounts[(size_t)account];
    const PortfolioRow row = portfolio_row(ws, account, today);
    return {why_this_tier(ws, a), map_step(a), coverage_step(ws, a, today), plan_step(a, today), forecast_step(ws, a, row), actions_step(a, row)};
}

int agenda_step_after(int step, int delta) { return std::clamp(step + delta, 0, kAgendaSteps - 1); }

}  // namespace kam

#include "core/portfolio.h"

#include "core/planning/planning.h"
#include "core/reviews/investigation.h"
#include "core/reviews/review_schedule.h"

#include <algorithm>

namespace kam {

int attention_of(const PortfolioRow& r) {
    const bool behind = r.attainment_percent && *r.attainment_percent < 90.0;
    return 4 * r.open_deviations + 3 * r.overdue_reviews + 2 * r.open_investigations + r.overdue_actions + (behind ? 4 : 0);
}

PortfolioRow portfolio_row(const Workspace& ws, int index, const std::string& today) {
    const Account& a = ws.accounts[static_cast<size_t>(index)];
    PortfolioRow r;
    r.account = index;
    const FigureTable table = figure_table(a.months, today.substr(0, 7), 12, rules_of(ws, a));
    if (!table.rows.empty()) {
        const MonthRow& now = table.rows.back();
        r.ytd_forecast = now.ytd_forecast, r.ytd_actual = now.ytd_actual;
        if (now.ytd_forecast > 0) r.attainment_percent = now.ytd_actual / now.ytd_forecast * 100.0;
    }
    const OpenDeviations open = open_deviations(a, table);
    r.open_deviations = open.open, r.open_investigations = open.investigated;
    r.overdue_actions = static_cast<int>(std::count_if(a.plan.actions.begin(), a.plan.actions.end(),
                                                       [&](const Action& x) { return is_overdue(x, today); }));
    r.overdue_reviews = overdue_reviews(ws, a, today);
    r.complete_sections = complete_sections(a);
    const AccountHealth health = account_health(ws, a, today, false);
    r.health = health.score, r.band = health.band;
    r.health_trend = trend_direction(health.score, previous_health(a, today));
    r.attention = attention_of(r);
    return r;
}

Portfolio portfolio(const Workspace& ws, const Scoring& scoring, const std::string& today) {
    std::vector<PortfolioRow> rows;
    rows.reserve(ws.accounts.size());
    for (size_t i = 0; i < ws.accounts.size(); i++) rows.push_back(portfolio_row(ws, static_cast<int>(i), today));
    return portfolio_of(ws, scoring, std::move(rows));
}

Portfolio portfolio_of(const Workspace& ws, const Scoring& scoring, std::vector<PortfolioRow> rows) {
    Portfolio p;
    PortfolioTotals& t = p.totals;
    for (size_t i = 0; i < rows.size(); i++) {
        PortfolioRow& r = rows[i];
        if (i < scoring.tiers.size()) r.tier = scoring.tiers[i].effective;
        t.accounts++;
        if (currency_of(ws, ws.accounts[i]) == ws.review_defaults.currency) t.ytd_forecast += r.ytd_forecast, t.ytd_actual += r.ytd_actual;
        else t.other_currency++;
        t.open_deviations += r.open_deviations;
        t.open_investigations += r.open_investigations;
        t.accounts_with_overdue_reviews += r.overdue_reviews > 0;
        t.overdue_actions += r.overdue_actions;
        t.with_health += r.health.has_value();
        t.healthy += r.health && r.band == HealthBand::Healthy;
    }
    p.rows = std::move(rows);
    std::stable_sort(p.rows.begin(), p.rows.end(), [](const PortfolioRow& x, const PortfolioRow& y) { return x.attention > y.attention; });
    return p;
}

}  // namespace kam

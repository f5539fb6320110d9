#include "core/portfolio.h"

#include "core/planning/planning.h"
#include "core/reviews/investigation.h"
#include "core/reviews/review_schedule.h"

#include <algorithm>
#include <cctype>
#include <compare>
#include <limits>

namespace kam {

int attention_of(const PortfolioRow& r) {
    const bool behind = r.attainment_percent && *r.attainment_percent < 90.0;
    return 4 * r.open_deviations + 3 * r.overdue_reviews + 2 * r.open_investigations + r.overdue_actions + (behind ? 4 : 0);
}

PortfolioRow portfolio_row(const Workspace& ws, int index, const std::string& today) {
    const Account& a = ws.accounts[static_cast<size_t>(index)];
    PortfolioRow r;
    r.account = index;
    // The figure table's flags and year to date only (figure_summary): no texts for 5,000 x 12 months.
    const FigureSummary figures = figure_summary(a.months, std::string_view(today).substr(0, 7), 12, rules_of(ws, a));
    if (figures.count > 0) {
        r.ytd_forecast = figures.ytd_forecast, r.ytd_actual = figures.ytd_actual;
        if (figures.ytd_forecast > 0) r.attainment_percent = figures.ytd_actual / figures.ytd_forecast * 100.0;
    }
    const OpenDeviations open = open_deviations(a, figures);
    r.open_deviations = open.open, r.open_investigations = open.investigated;
    r.overdue_actions = static_cast<int>(std::count_if(a.plan.actions.begin(), a.plan.actions.end(),
                                                       [&](const Action& x) { return is_overdue(x, today); }));
    // What the row shows of the reviews and the plan is read once, for the row and its health score.
    const HealthFacts facts = health_facts(ws, a, today, figures);
    r.overdue_reviews = facts.reviews.overdue;
    r.complete_sections = complete_sections(facts.sections);
    const AccountHealth health = account_health(ws, a, today, facts, false);
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

// Names compare without regard to ASCII case ("acme" beside "Acme"); other bytes as they are.
static std::weak_ordering compare_names(const std::string& x, const std::string& y) {
    const size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; i++) {
        const int a = std::tolower(static_cast<unsigned char>(x[i])), b = std::tolower(static_cast<unsigned char>(y[i]));
        if (a != b) return a <=> b;
    }
    return x.size() <=> y.size();
}

void sort_rows(std::vector<PortfolioRow>& rows, const Workspace& ws, PortfolioColumn column, bool ascending) {
    const auto account = [&](const PortfolioRow& r) -> const Account& { return ws.accounts[static_cast<size_t>(r.account)]; };
    const auto manager = [&](const PortfolioRow& r) -> const std::string& {
        static const std::string none;
        const Person* p = ws.find_person(account(r).manager);
        return p ? p->name : none;
    };
    // A number to order by for every column but the names.
    const auto key = [&](const PortfolioRow& r) -> double {
        switch (column) {
        case PortfolioColumn::Attention: return r.attention;
        case PortfolioColumn::Health: return r.health ? *r.health : -1.0;   // no score: below every score
        case PortfolioColumn::Deviations: return r.open_deviations;
        case PortfolioColumn::Investigations: return r.open_investigations;
        case PortfolioColumn::OverdueActions: return r.overdue_actions;
        case PortfolioColumn::OverdueReviews: return r.overdue_reviews;
        case PortfolioColumn::YearToDate: return r.attainment_percent.value_or(-std::numeric_limits<double>::infinity());
        case PortfolioColumn::Tier: return r.tier < 0 ? std::numeric_limits<double>::infinity() : r.tier;
        case PortfolioColumn::Stage: return static_cast<double>(account(r).stage);
        case PortfolioColumn::Relationship: return static_cast<double>(account(r).partnership);
        case PortfolioColumn::Plan: return r.complete_sections;
        default: return 0;
        }
    };
    const auto order = [&](const PortfolioRow& x, const PortfolioRow& y) -> std::weak_ordering {
        if (column == PortfolioColumn::Account) return compare_names(account(x).name, account(y).name);
        if (column == PortfolioColumn::Manager) return compare_names(manager(x), manager(y));
        const double a = key(x), b = key(y);
        return a < b ? std::weak_ordering::less : b < a ? std::weak_ordering::greater : std::weak_ordering::equivalent;
    };
    if (column == PortfolioColumn::Manager) {
        // The manager's name is looked up once per row, not once per comparison.
        std::vector<std::pair<const std::string*, PortfolioRow>> named;
        named.reserve(rows.size());
        for (PortfolioRow& r : rows) named.emplace_back(&manager(r), std::move(r));
        std::stable_sort(named.begin(), named.end(), [&](const auto& x, const auto& y) {
            const std::weak_ordering o = compare_names(*x.first, *y.first);
            return ascending ? o < 0 : o > 0;
        });
        for (size_t i = 0; i < rows.size(); i++) rows[i] = std::move(named[i].second);
        return;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const PortfolioRow& x, const PortfolioRow& y) {
        const std::weak_ordering o = order(x, y);
        return ascending ? o < 0 : o > 0;
    });
}

}  // namespace kam

// KAM Canvas: the portfolio dashboard's figures: for every account, what needs attention (flagged
// months not investigated, investigations still open, overdue actions and reviews), how the year
// runs against its forecast, and how complete its plan is; with totals for the monthly meeting.
// It reads every capability (tiering's tiers, planning's actions and plan, the review rhythm), so
// it sits at core's root.
#pragma once

#include "core/account_health.h"
#include "core/model.h"
#include "core/tiering/tiering.h"

#include <optional>
#include <string>
#include <vector>

namespace kam {

struct PortfolioRow {
    int account = -1;                     // index in ws.accounts
    int tier = -1;                        // the effective tier's index, -1 for none
    double ytd_forecast = 0, ytd_actual = 0;   // this year, over the months with an actual
    std::optional<double> attainment_percent;  // ytd_actual / ytd_forecast (none without a forecast)
    int open_deviations = 0;              // flagged months of the last 12 not investigated (red)
    int open_investigations = 0;          // investigated, their action not done (amber)
    int overdue_actions = 0;
    int overdue_reviews = 0;
    int complete_sections = 0;            // of the plan's six
    std::optional<int> health;            // account_health()'s score, none when no part applies
    HealthBand band = HealthBand::AtRisk; // with a health score
    int health_trend = 0;                 // against the newest kept month before this one: +1, 0, -1
    int attention = 0;                    // what needs doing, weighed: larger comes first
};

struct PortfolioTotals {
    int accounts = 0;
    // Forecast and actual for the year to date of the accounts in the workspace's currency; those in
    // another currency are counted apart (adding kronor to euros says nothing).
    double ytd_forecast = 0, ytd_actual = 0;
    int other_currency = 0;
    int open_deviations = 0, open_investigations = 0;
    int accounts_with_overdue_reviews = 0, overdue_actions = 0;
    int with_health = 0, healthy = 0;     // accounts with a health score, and those in the healthy band
};

struct Portfolio {
    std::vector<PortfolioRow> rows;       // by attention, most first; equal ones in account order
    PortfolioTotals totals;
};

// 'today' ("YYYY-MM-DD") decides the year to date, the last 12 months read for deviations, and
// what is overdue. scoring: score_accounts() of the same workspace (tiers by account index).
Portfolio portfolio(const Workspace& ws, const Scoring& scoring, const std::string& today);

// The same in two steps, so a view can keep the rows of the accounts that did not change since
// (an edit changes one account; reading 5,000 takes far longer than reading one): the row of one
// account (its tier left for portfolio_of), and the portfolio of rows in account order.
PortfolioRow portfolio_row(const Workspace& ws, int account, const std::string& today);
Portfolio portfolio_of(const Workspace& ws, const Scoring& scoring, std::vector<PortfolioRow> rows);

// The weight of each thing to do in PortfolioRow::attention: a deviation nobody has looked at
// weighs most (the customer may be leaving), then an overdue review, an open investigation and an
// overdue action; a year running more than 10% under forecast adds the same as a deviation.
int attention_of(const PortfolioRow& row);

// The dashboard's columns, each an order of the rows. Attention (most first when descending) is
// the portfolio's own order. Ascending: fewest first for counts; the year to date by attainment,
// rows without a forecast first; the tier in the scheme's order, accounts in no tier last; the
// account and its manager by name (no manager first); stage and relationship level in their order.
enum class PortfolioColumn { Attention, Health, Account, Deviations, Investigations, OverdueActions, OverdueReviews, YearToDate, Tier, Manager,
                             Stage, Relationship, Plan, COUNT };

// Orders the rows by one column; rows that tie keep the order they had, so rows given in the
// portfolio's order (by attention) tie in attention order.
void sort_rows(std::vector<PortfolioRow>& rows, const Workspace& ws, PortfolioColumn column, bool ascending);

}  // namespace kam

// KAM Canvas: the monthly figures of an account read against its forecast: what deviates, what
// drifts one way (bias), what declines against last year, and how accurate the forecast is.
// Every significant deviation is to be investigated; these rules say which ones are.
#pragma once

#include "core/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// One month of the table: the figures, last year's actual, and what the rules find. The year to
// date runs from January of the month's year through the month, over the months with an actual
// (a forecast for a month not yet reported is not compared with nothing).
struct MonthRow {
    std::string month;                           // "YYYY-MM"
    std::optional<double> forecast, actual, last_year;
    std::optional<double> deviation;             // actual - forecast, when both are known
    std::optional<double> deviation_percent;     // of the forecast (none when the forecast is 0)
    std::optional<double> error_percent;         // |forecast - actual| / actual (accuracy)
    double ytd_forecast = 0, ytd_actual = 0;
    bool deviates = false;                       // beyond both thresholds
    bool ytd_deviates = false;                   // the year to date, by the same test
    bool bias = false;                           // ends a run of bias_months off the same way
    bool declines = false;                       // below last year beyond decline_percent
    bool flagged() const { return deviates || ytd_deviates || bias || declines; }
};

struct FigureTable {
    std::vector<MonthRow> rows;                  // oldest first
    std::optional<double> mean_error_percent;    // over the last 12 rows with an error
};

// 'count' months ending with 'last_month' ("YYYY-MM"); months without figures are rows too.
// An invalid last_month gives an empty table.
FigureTable figure_table(const std::vector<MonthFigures>& months, const std::string& last_month, int count,
                         const DeviationRules& rules = {});

// What the portfolio dashboard reads of figure_table(months, last_month, count, rules), without
// building it (no month texts, no heap): which months are flagged (bit i: the month first + i,
// oldest first; month numbers as core/dates.h counts them) and the last month's year to date.
// count is 1..64; an invalid last_month or count gives count 0 (as figure_table gives no rows).
struct FigureSummary {
    int first = 0, count = 0;
    uint64_t flagged = 0;
    double ytd_forecast = 0, ytd_actual = 0;
};
FigureSummary figure_summary(const std::vector<MonthFigures>& months, std::string_view last_month, int count,
                             const DeviationRules& rules = {});

// The rules and currency that hold for an account: its own where it has them, else the workspace's.
const DeviationRules& rules_of(const Workspace& ws, const Account& a);
const std::string& currency_of(const Workspace& ws, const Account& a);

// |actual - forecast| beyond both thresholds.
bool deviates(double forecast, double actual, const DeviationRules& rules);

// Sets one figure of one month ("YYYY-MM"), or clears it (no value); a month left with neither
// figure goes, and the months stay in order. Returns why it refused, or "" when done: a month
// that is not one, or an amount beyond any account's sales (|amount| > kMaxFigure).
enum class Figure { Forecast, Actual };
std::string set_figure(Account& a, const std::string& month, Figure figure, std::optional<double> value);

}  // namespace kam

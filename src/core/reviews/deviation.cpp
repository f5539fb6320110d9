#include "core/reviews/deviation.h"

#include "core/dates.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kam {

const DeviationRules& rules_of(const Workspace& ws, const Account& a) {
    return a.deviation_rules ? *a.deviation_rules : ws.review_defaults.deviation_rules;
}

const std::string& currency_of(const Workspace& ws, const Account& a) {
    return a.currency.empty() ? ws.review_defaults.currency : a.currency;
}

bool deviates(double forecast, double actual, const DeviationRules& rules) {
    const double off = std::fabs(actual - forecast);
    return off > rules.amount && off > std::fabs(forecast) * rules.share_percent / 100.0;
}

// The direction a month is off: +1 above the forecast, -1 below, 0 on it or unknown.
static int direction(const MonthRow& r) {
    if (!r.deviation || *r.deviation == 0) return 0;
    return *r.deviation > 0 ? 1 : -1;
}

std::string set_figure(Account& a, const std::string& month, Figure figure, std::optional<double> value) {
    if (!month_number(month)) return "\"" + month + "\" is not a month (YYYY-MM)";
    if (value && !is_sane_figure(*value)) return "an amount beyond 1,000,000,000,000 is not a month's sales";
    auto it = std::lower_bound(a.months.begin(), a.months.end(), month, [](const MonthFigures& m, const std::string& x) { return m.month < x; });
    if (it == a.months.end() || it->month != month) it = a.months.insert(it, MonthFigures{month});
    (figure == Figure::Forecast ? it->forecast : it->actual) = value;
    if (!it->forecast && !it->actual) a.months.erase(it);
    return "";
}

// month_number() of a month text, -1 for none, inline: the dashboard reads 5,000 accounts x 36
// months, and an out-of-line call returning an optional costs more than the parse.
static inline int month_of(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return -1;
    const auto digit = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(text[i])) - '0'; };
    const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3), m0 = digit(5), m1 = digit(6);
    if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9) return -1;
    const int month = static_cast<int>(m0 * 10 + m1);
    if (month < 1 || month > 12) return -1;
    return static_cast<int>(y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + month - 1;
}

// Reads the 'count' months ending with month number 'last' by the rules, oldest first, and hands each
// to on_month(n, row) with everything but its month text: figure_table builds its rows with it,
// figure_summary (the dashboard's 5,000 accounts) keeps only the flags. No heap for count <= 64.
template <typename OnMonth>
static void read_months(const std::vector<MonthFigures>& months, int last, int count, const DeviationRules& rules, OnMonth&& on_month) {
    const int first = last - count + 1;
    // The months read are the table's and the twelve before (last year's, and the first row's
    // year to date), indexed from the first of them.
    const int base = first - 12;
    const size_t slots = static_cast<size_t>(count) + 12;
    const MonthFigures* stack[76];
    std::vector<const MonthFigures*> heap;
    const MonthFigures** by_month = stack;
    if (slots > std::size(stack)) heap.resize(slots), by_month = heap.data();
    std::fill(by_month, by_month + slots, nullptr);
    // Oldest first (set_figure and the file's reader keep them so): from the newest back to the
    // first month before the ones read, so that years of history cost nothing.
    for (auto m = months.rbegin(); m != months.rend(); ++m) {
        const int n = month_of(m->month);
        if (n >= 0 && n < base) break;
        if (n >= base && n <= last) by_month[n - base] = &*m;
    }
    const auto figures = [&](int n) -> const MonthFigures* { return by_month[static_cast<size_t>(n - base)]; };

    // The year to date of the first row starts in its January, which may be before the table.
    double ytd_forecast = 0, ytd_actual = 0;
    for (int n = first - first % 12; n < first; n++)
        if (const MonthFigures* f = figures(n); f && f->actual) ytd_forecast += f->forecast.value_or(0), ytd_actual += *f->actual;

    int run = 0, run_direction = 0;
    for (int n = first; n <= last; n++) {
        MonthRow r;
        if (const MonthFigures* f = figures(n)) r.forecast = f->forecast, r.actual = f->actual;
        if (const MonthFigures* f = figures(n - 12)) r.last_year = f->actual;
        if (n % 12 == 0) ytd_forecast = ytd_actual = 0;   // January
        if (r.forecast && r.actual) {
            r.deviation = *r.actual - *r.forecast;
            if (*r.forecast != 0) r.deviation_percent = *r.deviation / std::fabs(*r.forecast) * 100.0;
            if (*r.actual > 0) r.error_percent = std::fabs(*r.deviation) / *r.actual * 100.0;
            r.deviates = deviates(*r.forecast, *r.actual, rules);
        }
        if (r.actual) {
            ytd_forecast += r.forecast.value_or(0);
            ytd_actual += *r.actual;
            r.ytd_deviates = deviates(ytd_forecast, ytd_actual, rules);
        }
        r.ytd_forecast = ytd_forecast, r.ytd_actual = ytd_actual;
        const int d = direction(r);
        run = d != 0 && d == run_direction ? run + 1 : (d != 0 ? 1 : 0);
        run_direction = d;
        r.bias = rules.bias_months > 0 && run >= rules.bias_months;
        if (r.actual && r.last_year && *r.last_year > 0)
            r.declines = (*r.last_year - *r.actual) / *r.last_year * 100.0 > rules.decline_percent;
        on_month(n, r);
    }
}

FigureTable figure_table(const std::vector<MonthFigures>& months, const std::string& last_month, int count, const DeviationRules& rules) {
    FigureTable table;
    const std::optional<int> last = month_number(last_month);
    if (!last || count <= 0) return table;
    table.rows.reserve(static_cast<size_t>(count));
    read_months(months, *last, count, rules, [&](int n, MonthRow& r) {
        r.month = month_text(n);
        table.rows.push_back(std::move(r));
    });

    double error_sum = 0;
    int errors = 0;
    for (auto it = table.rows.rbegin(); it != table.rows.rend() && errors < 12; ++it)
        if (it->error_percent) error_sum += *it->error_percent, errors++;
    if (errors) table.mean_error_percent = error_sum / errors;
    return table;
}

FigureSummary figure_summary(const std::vector<MonthFigures>& months, std::string_view last_month, int count, const DeviationRules& rules) {
    FigureSummary s;
    const std::optional<int> last = month_number(last_month);
    if (!last || count <= 0 || count > 64) return s;
    s.first = *last - count + 1, s.count = count;
    read_months(months, *last, count, rules, [&](int n, const MonthRow& r) {
        if (r.flagged()) s.flagged |= uint64_t{1} << (n - s.first);
        s.ytd_forecast = r.ytd_forecast, s.ytd_actual = r.ytd_actual;
    });
    return s;
}

}  // namespace kam

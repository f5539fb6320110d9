#include "core/reviews/forecast_chart.h"

#include "core/amount_text.h"
#include "core/dates.h"

#include <algorithm>
#include <cmath>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] Value axes
//-----------------------------------------------------------------------------

// The smallest of 1, 2 and 5 x 10^n that is at least 'raw'.
static double nice_step(double raw) {
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * power >= raw * (1 - 1e-9)) return m * power;
    return 10 * power;
}
static double next_nice_step(double step) {
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / power;
    return (m < 1.5 ? 2 : m < 3.5 ? 5 : 10) * power;
}

ValueAxis value_axis(double lo, double hi, int max_ticks, float top, float bottom) {
    ValueAxis axis;
    axis.top = top, axis.bottom = bottom;
    lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
    if (hi - lo <= 0) hi = lo + 1;
    max_ticks = std::max(1, max_ticks);
    // Amounts of money: a step below 1 would only repeat "0" and "1" in the labels.
    double step = std::max(1.0, nice_step((hi - lo) / max_ticks));
    long first = 0, last = 0;
    for (;; step = next_nice_step(step)) {   // rounding both ends out may need one more step
        first = (long)std::floor(lo / step + 1e-9), last = (long)std::ceil(hi / step - 1e-9);
        if (last - first <= max_ticks) break;
    }
    axis.min = double(first) * step, axis.max = double(last) * step;
    for (long k = first; k <= last; k++) {
        const double v = double(k) * step;
        axis.ticks.push_back({v, axis.y_of(v), short_amount_text(v)});
    }
    return axis;
}

//-----------------------------------------------------------------------------
// [SECTION] Series
//-----------------------------------------------------------------------------

// Through the rows that have the figure; a row without it ends the segment. 'breaks_at' ends one
// before a row too (the year to date starts again each January).
template <typename Figure, typename Breaks>
static ChartLine line_of(const ForecastChart& c, const FigureTable& table, const ValueAxis& axis, Figure figure,
                         Breaks breaks_at) {
    ChartLine line;
    bool open = false;
    for (int i = 0; i < (int)table.rows.size(); i++) {
        const std::optional<double> v = figure(table.rows[i]);
        if (!v) {
            open = false;
            continue;
        }
        if (!open || breaks_at(i)) line.emplace_back();
        line.back().push_back({c.month_x(i), axis.y_of(*v)});
        open = true;
    }
    return line;
}

//-----------------------------------------------------------------------------
// [SECTION] Month labels
//-----------------------------------------------------------------------------

// Every month, or every 2nd, 3rd (quarters), 6th or 12th, whichever keeps the names apart; the
// labelled months are those a count from January lands on, so January always has one.
static void label_months(ForecastChart& c, const FigureTable& table, const std::vector<int>& month_numbers,
                         const ChartText& text) {
    const float name_width = 3 * text.char_width, year_width = 4 * text.char_width, gap = 1.5f * text.char_width;
    c.label_every = 12;
    for (const int every : {1, 2, 3, 6})
        if (c.slot * float(every) >= name_width + gap) {
            c.label_every = every;
            break;
        }
    for (int i = 0; i < (int)table.rows.size(); i++) {
        const int m = month_numbers[i];
        if (m % c.label_every != 0) continue;
        c.labels.push_back({i, c.month_x(i), month_abbreviation(m), m % 12 == 0 ? std::to_string(m / 12) : ""});
    }
    // The first label says its year too, unless a January comes too soon after it for both.
    if (c.labels.empty() || !c.labels[0].year.empty()) return;
    const int first = month_numbers[c.labels[0].row];
    const int next_january = (first / 12 + 1) * 12;
    if (float(next_january - first) * c.slot >= year_width + gap) c.labels[0].year = std::to_string(first / 12);
}

//-----------------------------------------------------------------------------
// [SECTION] The chart
//-----------------------------------------------------------------------------

ForecastChart forecast_chart(const FigureTable& table, float width, float height, const ChartText& text, std::string_view unit) {
    ForecastChart c;
    c.unit = unit;
    const std::vector<MonthRow>& rows = table.rows;
    c.month_count = (int)rows.size();
    const float line = text.line_height;

    // Top to bottom: the unit (or half a line, so the top tick's label is not cut), the months'
    // panel, a line for the year to date's title, its panel (a third of the two), and two lines
    // of labels (names, and the years under them).
    const float top = unit.empty() ? 0.5f * line : 1.25f * line;
    const float labels_height = 2.1f * line;
    const float panels = std::max(0.0f, height - top - 1.25f * line - labels_height);
    const float ytd_height = std::round(panels / 3);
    c.plot.y0 = top, c.plot.y1 = top + panels - ytd_height;
    c.ytd_plot.y0 = c.plot.y1 + 1.25f * line, c.ytd_plot.y1 = c.ytd_plot.y0 + ytd_height;
    c.label_row = c.ytd_plot.y1 + 0.1f * line, c.year_row = c.label_row + line;

    // Both axes hold everything they show; ticks at least a line and a half apart.
    double lo = 0, hi = 0, ytd_lo = 0, ytd_hi = 0;
    for (const MonthRow& r : rows) {
        for (const std::optional<double>& v : {r.forecast, r.actual, r.last_year})
            if (v) lo = std::min(lo, *v), hi = std::max(hi, *v), c.has_figures = true;
        if (r.actual) ytd_lo = std::min({ytd_lo, r.ytd_forecast, r.ytd_actual}), ytd_hi = std::max({ytd_hi, r.ytd_forecast, r.ytd_actual});
    }
    c.axis = value_axis(lo, hi, int((c.plot.y1 - c.plot.y0) / (1.5f * line)), c.plot.y0, c.plot.y1);
    c.ytd_axis = value_axis(ytd_lo, ytd_hi, int((c.ytd_plot.y1 - c.ytd_plot.y0) / (1.5f * line)), c.ytd_plot.y0, c.ytd_plot.y1);

    // Left of the panels, room for the widest value label (or the unit) and a gap.
    size_t widest = unit.size();
    for (const ValueAxis* axis : {&c.axis, &c.ytd_axis})
        for (const ValueTick& t : axis->ticks) widest = std::max(widest, t.label.size());
    const float left = float(widest) * text.char_width + text.char_width;
    const float right = std::max(left, width - 0.5f * text.char_width);
    c.plot.x0 = c.ytd_plot.x0 = left, c.plot.x1 = c.ytd_plot.x1 = right;
    if (rows.empty()) return c;
    c.slot = (right - left) / float(rows.size());

    std::vector<int> month_numbers;
    for (const MonthRow& r : rows) month_numbers.push_back(month_number(r.month).value_or(0));
    label_months(c, table, month_numbers, text);

    const float bar_width = std::max(1.0f, 0.55f * c.slot);
    const float zero = c.axis.y_of(0);
    for (int i = 0; i < (int)rows.size(); i++) {
        const MonthRow& r = rows[i];
        if (!r.actual) continue;
        const float x = c.month_x(i), y = c.axis.y_of(*r.actual);
        c.actual.push_back({i, x - bar_width / 2, x + bar_width / 2, zero, y});
        if (r.deviates) c.marks.push_back({i, {x, y}, ChartMark::Deviates});
        else if (r.bias || r.declines) c.marks.push_back({i, {x, y}, ChartMark::Watch});
        if (r.ytd_deviates) c.marks.push_back({i, {x, c.ytd_axis.y_of(r.ytd_actual)}, ChartMark::YearToDateDeviates});
    }
    const auto never = [](int) { return false; };
    const auto january = [&](int i) { return month_numbers[i] % 12 == 0; };
    c.forecast = line_of(c, table, c.axis, [](const MonthRow& r) { return r.forecast; }, never);
    c.last_year = line_of(c, table, c.axis, [](const MonthRow& r) { return r.last_year; }, never);
    // The year to date counts the months with an actual (deviation.h), so it is drawn at those.
    const auto reported = [](const MonthRow& r, double v) { return r.actual ? std::optional<double>(v) : std::nullopt; };
    c.ytd_forecast = line_of(c, table, c.ytd_axis, [&](const MonthRow& r) { return reported(r, r.ytd_forecast); }, january);
    c.ytd_actual = line_of(c, table, c.ytd_axis, [&](const MonthRow& r) { return reported(r, r.ytd_actual); }, january);
    return c;
}

std::optional<int> month_at(const ForecastChart& chart, float x) {
    if (chart.month_count == 0 || x < chart.plot.x0 || x >= chart.plot.x1) return std::nullopt;
    return std::min(chart.month_count - 1, int((x - chart.plot.x0) / chart.slot));
}

}  // namespace kam

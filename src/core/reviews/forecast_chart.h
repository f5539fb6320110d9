// KAM Canvas: the forecast chart laid out: what to draw for a table of months (figure_table(),
// core/reviews/deviation.h) in a chart of a given size. Everything is in pixels from the chart's
// top-left corner, so the view only draws it (ui/reviews/forecast_chart.cpp) and these numbers
// are the whole picture, tested here.
//
// Two panels on the same months. Above, the months: actual as bars, the forecast as a line, last
// year's actual as a faint line, and a mark on each flagged month. Below, a smaller panel of the
// year to date: the cumulative forecast and actual of each year. They get their own panel because
// a year to date grows to twelve months' worth by December: on the months' axis it would squash
// the months into the bottom fifth. Apart, both read at a glance, and the gap between the two
// cumulative lines is the year's deviation.
#pragma once

#include "core/reviews/deviation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// The size of the view's text as plain numbers (core knows no fonts): a line's height and a
// digit's width (labels are digits and a letter or two, about as wide).
struct ChartText {
    float line_height = 16;
    float char_width = 8;
};

struct ChartPoint {
    float x = 0, y = 0;
};
struct ChartRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(ChartPoint p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
};

// A value axis from min (at bottom) to max (at top) with ticks 1, 2 or 5 x 10^n apart, from 0
// unless a value is below it.
struct ValueTick {
    double value = 0;
    float y = 0;
    std::string label;   // short_amount_text (core/amount_text.h): "0", "50k", "1.5m"
};
struct ValueAxis {
    double min = 0, max = 1;
    float top = 0, bottom = 0;
    std::vector<ValueTick> ticks;
    float y_of(double v) const { return bottom - float((v - min) / (max - min)) * (bottom - top); }
};

// A line through the middle of each month's slot. A month without the figure breaks it into
// segments (no dip to zero); a segment of one point is a month alone between gaps.
using ChartLine = std::vector<std::vector<ChartPoint>>;

struct ChartBar {
    int row = 0;          // in the table
    float x0 = 0, x1 = 0;
    float y_zero = 0, y_value = 0;   // a negative actual hangs below the zero line
};

enum class ChartMark { Deviates, Watch, YearToDateDeviates };   // red; amber (bias, below last year); red
struct ChartMarker {
    int row = 0;
    ChartPoint at;
    ChartMark mark = ChartMark::Deviates;
};

// Under a month's slot: "Mar"; under January, and under the first label, the year too.
struct MonthLabel {
    int row = 0;
    float x = 0;         // the middle of the month
    const char* name = "";
    std::string year;    // "" for most months
};

struct ForecastChart {
    ChartRect plot, ytd_plot;          // the months' panel, and the year to date's below it
    ValueAxis axis, ytd_axis;
    std::string unit;                  // the currency above the value labels ("EUR"), or ""
    int month_count = 0;               // the table's rows
    float slot = 0;                    // a month's width
    int label_every = 1;               // months between labels: 1, 2, 3, 6 or 12
    float label_row = 0, year_row = 0; // where the month names and the years are written (top)
    std::vector<MonthLabel> labels;
    std::vector<ChartBar> actual;
    ChartLine forecast, last_year, ytd_forecast, ytd_actual;
    std::vector<ChartMarker> marks;
    bool has_figures = false;          // any forecast, actual or last year's actual at all
    float month_x(int row) const { return plot.x0 + (float(row) + 0.5f) * slot; }
};

// The chart of 'table' in width x height pixels. An empty table gives a chart with no months.
ForecastChart forecast_chart(const FigureTable& table, float width, float height, const ChartText& text,
                             std::string_view unit);

// The row of the month under x (for the hover tooltip), anywhere over the plot's width.
std::optional<int> month_at(const ForecastChart& chart, float x);

// The axis over [lo, hi] and 0 with at most max_ticks steps between ticks (at least one step of 1).
ValueAxis value_axis(double lo, double hi, int max_ticks, float top, float bottom);

}  // namespace kam

#include "core/reviews/forecast_chart.h"

#include "core/dates.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace kam;

static const ChartText kText{16, 8};

// A table of 'count' months ending December 2026, each forecast 100k and sold 'actual'.
static FigureTable steady_table(int count, double actual = 100000) {
    std::vector<MonthFigures> months;
    for (int i = 0; i < 36; i++) months.push_back({month_text(2024 * 12 + i), 100000, actual});
    return figure_table(months, "2026-12", count);
}

static bool is_nice(double step) {
    const double m = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    return std::fabs(m - 1) < 1e-9 || std::fabs(m - 2) < 1e-9 || std::fabs(m - 5) < 1e-9;
}

TEST_CASE("the value axis has nice ticks from zero that hold every value", "[forecast][chart]") {
    const ValueAxis a = value_axis(0, 123000, 5, 0, 100);
    REQUIRE(a.ticks.size() == 4);
    CHECK(a.ticks[0].label == "0");
    CHECK(a.ticks[1].label == "50k");
    CHECK(a.ticks[3].label == "150k");
    CHECK(a.ticks[0].y == 100);   // the bottom
    CHECK(a.ticks[3].y == 0);     // the top
    for (const double hi : {1.0, 7.0, 950.0, 1234.0, 9999.0, 48000.0, 310000.0, 2.6e6, 7.7e8}) {
        for (const int max_ticks : {1, 2, 4, 7}) {
            const ValueAxis axis = value_axis(0, hi, max_ticks, 0, 100);
            INFO("hi " << hi << ", at most " << max_ticks << " steps");
            REQUIRE(axis.ticks.size() >= 2);
            CHECK(axis.ticks.size() - 1 <= (size_t)max_ticks);
            CHECK(axis.min == 0);
            CHECK(axis.max >= hi);
            const double step = axis.ticks[1].value - axis.ticks[0].value;
            CHECK(is_nice(step));
            for (size_t i = 1; i < axis.ticks.size(); i++) CHECK(axis.ticks[i].label != axis.ticks[i - 1].label);
        }
    }
}

TEST_CASE("negative values take the axis below zero and hang their bars below the zero line", "[forecast][chart]") {
    const ValueAxis a = value_axis(-30000, 80000, 5, 0, 100);
    REQUIRE(a.ticks.size() == 4);
    CHECK(a.ticks.front().label == "-50k");
    CHECK(a.ticks[1].value == 0);
    CHECK(a.ticks.back().label == "100k");

    const FigureTable table = figure_table({{"2026-11", 20000, 25000}, {"2026-12", 10000, -15000}}, "2026-12", 2);   // a credit note
    const ForecastChart c = forecast_chart(table, 600, 224, kText, "EUR");
    CHECK(c.axis.min < 0);
    REQUIRE(c.actual.size() == 2);
    CHECK(c.actual[0].y_value < c.actual[0].y_zero);   // up
    CHECK(c.actual[1].y_value > c.actual[1].y_zero);   // down
    CHECK(c.actual[1].y_zero == c.axis.y_of(0));
}

TEST_CASE("an empty table gives a chart with no months, and a table without figures says so", "[forecast][chart]") {
    const ForecastChart none = forecast_chart(FigureTable{}, 600, 224, kText, "EUR");
    CHECK(none.month_count == 0);
    CHECK(none.labels.empty());
    CHECK(none.actual.empty());
    CHECK(none.forecast.empty());
    CHECK_FALSE(none.has_figures);
    CHECK_FALSE(month_at(none, 300));

    const ForecastChart blank = forecast_chart(figure_table({}, "2026-12", 24), 600, 224, kText, "");
    CHECK(blank.month_count == 24);
    CHECK_FALSE(blank.has_figures);
    CHECK_FALSE(blank.labels.empty());
    CHECK(blank.forecast.empty());
    CHECK(blank.axis.ticks.size() >= 2);   // 0 and 1: an axis still, with nothing on it
}

TEST_CASE("a month without a figure breaks the line instead of dipping to zero", "[forecast][chart]") {
    const FigureTable table = figure_table({{"2026-01", 100, 90}, {"2026-02", 110, 95}, {"2026-03", std::nullopt, 100},
                                            {"2026-04", 120, std::nullopt}, {"2026-05", 130, 120}, {"2026-07", 140, 150}},
                                           "2026-07", 7);
    const ForecastChart c = forecast_chart(table, 700, 224, kText, "");
    REQUIRE(c.forecast.size() == 3);   // Jan-Feb, Apr-May, Jul alone
    CHECK(c.forecast[0].size() == 2);
    CHECK(c.forecast[1].size() == 2);
    CHECK(c.forecast[2].size() == 1);
    CHECK(c.forecast[1][0].x == c.month_x(3));
    for (const auto& segment : c.forecast)
        for (const ChartPoint& p : segment) CHECK(p.y < c.axis.y_of(0));   // no point at zero
    CHECK(c.actual.size() == 5);       // a bar for each month sold, none for April and June
    CHECK(c.last_year.empty());
}

TEST_CASE("the year to date is drawn in its own panel, each year its own line", "[forecast][chart]") {
    const ForecastChart c = forecast_chart(steady_table(24), 1000, 224, kText, "");
    CHECK(c.ytd_plot.y0 > c.plot.y1);
    REQUIRE(c.ytd_actual.size() == 2);   // 2025 and 2026: January starts again
    CHECK(c.ytd_actual[0].size() == 12);
    CHECK(c.ytd_axis.max >= 1200000);    // twelve months' worth
    CHECK(c.axis.max < 1200000);         // the months' axis holds months only
    CHECK(c.last_year.size() == 1);
    CHECK(c.last_year[0].size() == 24);
    CHECK(c.marks.empty());              // on the forecast every month
}

TEST_CASE("flagged months are marked: red off the forecast, amber for a decline", "[forecast][chart]") {
    const FigureTable table = figure_table({{"2025-12", 100000, 100000}, {"2026-11", 100000, 100000}, {"2026-12", 100000, 40000}},
                                           "2026-12", 13);
    const ForecastChart c = forecast_chart(table, 800, 224, kText, "");
    REQUIRE(c.marks.size() == 2);
    CHECK(c.marks[0].mark == ChartMark::Deviates);
    CHECK(c.marks[0].row == 12);
    CHECK(c.marks[0].at.y == c.actual.back().y_value);
    CHECK(c.marks[1].mark == ChartMark::YearToDateDeviates);
    CHECK(c.marks[1].at.y > c.ytd_plot.y0);

    const FigureTable decline = figure_table({{"2025-12", 100000, 100000}, {"2026-12", 80000, 80000}}, "2026-12", 13);
    const ForecastChart d = forecast_chart(decline, 800, 224, kText, "");
    REQUIRE(d.marks.size() == 1);
    CHECK(d.marks[0].mark == ChartMark::Watch);
}

TEST_CASE("month labels thin out as the chart narrows, always on January, which says its year", "[forecast][chart]") {
    const FigureTable table = steady_table(24);   // Jan 2025 .. Dec 2026
    const ForecastChart wide = forecast_chart(table, 1200, 224, kText, "EUR");
    CHECK(wide.label_every == 1);
    REQUIRE(wide.labels.size() == 24);
    CHECK(std::string(wide.labels[0].name) == "Jan");
    CHECK(wide.labels[0].year == "2025");
    CHECK(wide.labels[1].year.empty());
    CHECK(wide.labels[12].year == "2026");
    CHECK(wide.labels[5].x == wide.month_x(5));

    const ForecastChart narrow = forecast_chart(table, 500, 224, kText, "EUR");   // about 19 px a month
    CHECK(narrow.label_every == 2);
    CHECK(narrow.labels.size() == 12);
    CHECK(std::string(narrow.labels[1].name) == "Mar");

    const ForecastChart tiny = forecast_chart(table, 250, 224, kText, "EUR");
    CHECK(tiny.label_every == 6);
    for (const MonthLabel& l : tiny.labels) CHECK((std::string(l.name) == "Jan" || std::string(l.name) == "Jul"));

    // Starting in December: the first label says its year, unless January is too close for both.
    const FigureTable late = figure_table({}, "2026-11", 24);   // Dec 2024 .. Nov 2026
    CHECK(forecast_chart(late, 1200, 224, kText, "").labels[0].year == "2024");   // 49 px a month
    const ForecastChart tight = forecast_chart(late, 980, 224, kText, "");        // 40 px a month
    CHECK(tight.label_every == 1);
    CHECK(tight.labels[0].year.empty());
    CHECK(tight.labels[1].year == "2025");
}

TEST_CASE("the unit stands above the value labels, which make room for themselves", "[forecast][chart]") {
    const ForecastChart eur = forecast_chart(steady_table(24, 2.6e6), 1000, 224, kText, "EUR");
    const ForecastChart none = forecast_chart(steady_table(24, 2.6e6), 1000, 224, kText, "");
    CHECK(eur.unit == "EUR");
    CHECK(none.unit.empty());
    CHECK(eur.plot.y0 > none.plot.y0);   // a line above the panel for it
    CHECK(eur.plot.x0 >= 4 * kText.char_width);
    CHECK(eur.ytd_plot.x0 == eur.plot.x0);
    CHECK(eur.ytd_plot.y1 < 224 - kText.line_height);   // the labels fit below
}

TEST_CASE("the month under the mouse, for the tooltip", "[forecast][chart]") {
    const ForecastChart c = forecast_chart(steady_table(24), 1000, 224, kText, "");
    for (int i = 0; i < 24; i++) CHECK(month_at(c, c.month_x(i)) == i);
    CHECK(month_at(c, c.plot.x0) == 0);
    CHECK(month_at(c, c.plot.x1 - 0.01f) == 23);
    CHECK_FALSE(month_at(c, c.plot.x0 - 1));
    CHECK_FALSE(month_at(c, c.plot.x1));
}

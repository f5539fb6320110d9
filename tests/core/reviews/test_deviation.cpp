#include "core/reviews/deviation.h"

#include "core/dates.h"

#include <catch2/catch.hpp>

using namespace kam;

static MonthFigures month(const char* m, std::optional<double> forecast, std::optional<double> actual) {
    return {m, forecast, actual};
}

TEST_CASE("months as numbers", "[forecast][dates]") {
    CHECK(month_number("2026-01") == 2026 * 12);
    CHECK(month_text(*month_number("2026-12")) == "2026-12");
    CHECK(month_number("2026-13") == std::nullopt);
    CHECK(month_number("2026-1") == std::nullopt);
}

TEST_CASE("a month deviates beyond both the share and the amount", "[forecast]") {
    const DeviationRules rules;   // 10 % and 10,000
    CHECK(deviates(100000, 85000, rules));          // 15 % and 15,000
    CHECK_FALSE(deviates(100000, 95000, rules));    // 5 %
    CHECK_FALSE(deviates(50000, 42000, rules));     // 16 % but only 8,000
    CHECK(deviates(0, 20000, rules));               // nothing forecast, much sold
    CHECK(deviates(1000000, 1150000, rules));       // above the forecast counts too
}

TEST_CASE("the figure table: deviation, year to date, last year, bias and accuracy", "[forecast]") {
    const std::vector<MonthFigures> months = {
        month("2025-03", 200000, 200000),
        month("2025-12", 100000, 100000),
        month("2026-01", 100000, 98000),   // -2 %
        month("2026-02", 100000, 97000),   // -3 %
        month("2026-03", 100000, 96000),   // -4 %: the third month under the forecast, a bias
        month("2026-04", 100000, 60000),   // -40 %: a deviation
        month("2026-05", 100000, std::nullopt),   // not reported yet
    };
    const FigureTable t = figure_table(months, "2026-05", 6);
    REQUIRE(t.rows.size() == 6);
    CHECK(t.rows[0].month == "2025-12");
    CHECK_FALSE(t.rows[0].flagged());

    const MonthRow& jan = t.rows[1];
    CHECK(jan.deviation == -2000.0);
    CHECK(jan.deviation_percent == Approx(-2.0));
    CHECK(jan.ytd_forecast == 100000);   // January starts the year
    CHECK_FALSE(jan.bias);

    const MonthRow& mar = t.rows[3];
    CHECK(mar.bias);
    CHECK_FALSE(mar.deviates);
    CHECK(mar.last_year == 200000.0);
    CHECK(mar.declines);                 // 96,000 against 200,000
    CHECK(mar.error_percent == Approx(4000.0 / 96000 * 100));

    const MonthRow& apr = t.rows[4];
    CHECK(apr.deviates);
    CHECK(apr.bias);
    CHECK(apr.ytd_forecast == 400000);
    CHECK(apr.ytd_actual == 351000);
    CHECK(apr.ytd_deviates);             // 12 % and 49,000 below

    const MonthRow& may = t.rows[5];
    CHECK_FALSE(may.deviation);
    CHECK(may.ytd_forecast == 400000);   // May's forecast waits for May's actual
    CHECK_FALSE(may.bias);               // the run ends with a month not reported
    REQUIRE(t.mean_error_percent);
    CHECK(*t.mean_error_percent == Approx((0 + 2000.0 / 98000 + 3000.0 / 97000 + 4000.0 / 96000 + 40000.0 / 60000) * 100 / 5));

    DeviationRules strict;
    strict.bias_months = 0;   // off
    CHECK_FALSE(figure_table(months, "2026-05", 6, strict).rows[3].bias);
    CHECK(figure_table(months, "May 2026", 6).rows.empty());
}

TEST_CASE("the year to date of the first row starts in its January, before the table", "[forecast]") {
    const std::vector<MonthFigures> months = {month("2026-01", 100, 100), month("2026-02", 100, 50), month("2026-03", 100, 100)};
    const FigureTable t = figure_table(months, "2026-03", 1);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].ytd_forecast == 300);
    CHECK(t.rows[0].ytd_actual == 250);
}

TEST_CASE("a figure is set or cleared in its month, in order, and an absurd one is refused", "[forecast]") {
    Account a;
    CHECK(set_figure(a, "2026-03", Figure::Forecast, 100).empty());
    CHECK(set_figure(a, "2026-01", Figure::Actual, 90).empty());
    CHECK(set_figure(a, "2026-03", Figure::Actual, 80).empty());
    REQUIRE(a.months.size() == 2);
    CHECK(a.months[0] == MonthFigures{"2026-01", std::nullopt, 90.0});
    CHECK(a.months[1] == MonthFigures{"2026-03", 100.0, 80.0});
    CHECK(set_figure(a, "2026-01", Figure::Actual, std::nullopt).empty());   // nothing left in January
    CHECK(a.months.size() == 1);
    const Account before = a;
    CHECK(set_figure(a, "2026-03", Figure::Actual, 5e12) == "an amount beyond 1,000,000,000,000 is not a month's sales");
    CHECK(set_figure(a, "March", Figure::Actual, 5) == "\"March\" is not a month (YYYY-MM)");
    CHECK(a == before);
}

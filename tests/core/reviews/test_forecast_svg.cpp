// The forecast chart as SVG: drawn from forecast_chart()'s layout, so the bars, lines, labels and
// marks are the screen chart's.
#include "core/reviews/forecast_chart.h"
#include "core/reviews/forecast_svg.h"

#include <catch2/catch.hpp>

using namespace kam;

namespace {
size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) n++;
    return n;
}
}  // namespace

TEST_CASE("the forecast chart as SVG: a bar per actual, the forecast as a line, axes with the unit and month labels", "[reviews][svg]") {
    const std::vector<MonthFigures> months = {{"2025-03", 90000.0, 91000.0}, {"2026-01", 100000.0, 101000.0},
                                              {"2026-02", 100000.0, 40000.0}, {"2026-03", 100000.0, 99000.0}};
    const FigureTable table = figure_table(months, "2026-06", 12);
    const std::string svg = forecast_svg(table, "EUR", 720, 280);
    CHECK(svg.starts_with("<svg"));
    CHECK(svg.ends_with("</svg>"));
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("http") == std::string::npos);
    // The layout's bars (one a month with an actual) and the legend's swatch.
    const ForecastChart layout = forecast_chart(table, 720, 280 - 22, {16, 7}, "EUR");
    CHECK(layout.actual.size() == 3);
    CHECK(count(svg, "<rect") == layout.actual.size() + 1);
    CHECK(svg.find("<polyline") != std::string::npos);
    CHECK(svg.find(">EUR</text>") != std::string::npos);
    CHECK(svg.find(">Jan</text>") != std::string::npos);
    CHECK(svg.find(">2026</text>") != std::string::npos);
    CHECK(svg.find(">Forecast</text>") != std::string::npos);
    for (const ValueTick& t : layout.axis.ticks) CHECK(svg.find(">" + t.label + "</text>") != std::string::npos);
    CHECK(svg.find("#d5281e") != std::string::npos);   // February's mark: off the forecast
}

TEST_CASE("the forecast chart as SVG escapes its unit and says when there are no figures", "[reviews][svg]") {
    const std::string svg = forecast_svg(figure_table({}, "2026-06", 12), "<b>", 400, 200);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;b&gt;") != std::string::npos);
    CHECK(svg.find("No figures yet") != std::string::npos);
}

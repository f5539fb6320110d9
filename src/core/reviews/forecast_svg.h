// KAM Canvas: the forecast chart as an SVG element, for documents that must draw it without the
// app (the executive review pack's HTML). It draws forecast_chart()'s layout
// (core/reviews/forecast_chart.h) and nothing else, so the chart on paper and the chart on screen
// agree: bars for the actual, a line for the forecast, last year's actual faint, the flagged
// months marked, the year to date in its own panel, axes with the unit and month labels.
#pragma once

#include "core/reviews/deviation.h"

#include <string>
#include <string_view>

namespace kam {

// An <svg> element of width x height (user units = CSS pixels), with a legend row above the
// chart and a <title> naming it (for screen readers). Self-contained: no scripts, no links, and no
// namespace URL either (HTML5 needs none for inline SVG, and the pack holds no web address).
std::string forecast_svg(const FigureTable& table, std::string_view unit, float width = 720, float height = 280);

}  // namespace kam

#include "core/reviews/forecast_svg.h"

#include "core/html_escape.h"
#include "core/reviews/forecast_chart.h"

#include <algorithm>
#include <cstdio>

namespace kam {
namespace {

// The screen chart's colours (ui/reviews/forecast_chart.cpp) on white paper: the forecast in ink,
// the actual in the Okabe-Ito blue, last year in grey, the flags red and amber.
constexpr const char* kInk = "#222";
constexpr const char* kActual = "#0072b2";
constexpr const char* kFaint = "#999";
constexpr const char* kGrid = "#ddd";
constexpr const char* kRed = "#d5281e";
constexpr const char* kAmber = "#e69f00";

// The text's size in the document: 12px type, about 16px a line and 7px a digit.
constexpr float kFontSize = 12;
constexpr ChartText kText{16, 7};
constexpr float kLegendHeight = 22;

std::string num(float v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

std::string text_at(float x, float y, const std::string& text, const char* anchor, const char* color) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\">" + html_escape(text) + "</text>";
}

// A panel's grid: a line at each tick with its label right-aligned left of the panel, the zero
// line stronger. Labels sit on the line's middle (the layout gives the line, not the baseline).
void axis(std::string& out, const ChartRect& plot, const ValueAxis& axis) {
    for (const ValueTick& t : axis.ticks) {
        out += "<line x1=\"" + num(plot.x0) + "\" y1=\"" + num(t.y) + "\" x2=\"" + num(plot.x1) + "\" y2=\"" + num(t.y) +
               "\" stroke=\"" + (t.value == 0 ? kFaint : kGrid) + "\"/>";
        out += text_at(plot.x0 - 4, t.y + kFontSize * 0.35f, t.label, "end", kInk);
    }
}

// Each segment a polyline; a month alone between gaps a dot (a polyline of one point draws nothing).
void line(std::string& out, const ChartLine& line, const char* color, float width, const char* dash = nullptr) {
    for (const std::vector<ChartPoint>& segment : line) {
        if (segment.size() == 1) {
            out += "<circle cx=\"" + num(segment[0].x) + "\" cy=\"" + num(segment[0].y) + "\" r=\"" + num(width * 1.4f) + "\" fill=\"" + color + "\"/>";
            continue;
        }
        out += "<polyline fill=\"none\" stroke=\"" + std::string(color) + "\" stroke-width=\"" + num(width) + "\"" +
               (dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") + " points=\"";
        for (const ChartPoint& p : segment) out += num(p.x) + "," + num(p.y) + " ";
        out += "\"/>";
    }
}

void legend(std::string& out, float width) {
    struct Entry {
        const char* kind;
        const char* color;
        const char* label;
    };
    const Entry entries[] = {{"bar", kActual, "Actual"},
                             {"line", kInk, "Forecast"},
                             {"line", kFaint, "Last year's actual"},
                             {"dot", kRed, "Off the forecast"},
                             {"dot", kAmber, "Bias or below last year"}};
    float x = 0;
    const float mid = kLegendHeight / 2;
    for (const Entry& e : entries) {
        if (std::string_view(e.kind) == "bar") out += "<rect x=\"" + num(x + 4) + "\" y=\"" + num(mid - 6) + "\" width=\"8\" height=\"12\" fill=\"" + e.color + "\"/>";
        if (std::string_view(e.kind) == "line") out += "<line x1=\"" + num(x) + "\" y1=\"" + num(mid) + "\" x2=\"" + num(x + 16) + "\" y2=\"" + num(mid) + "\" stroke=\"" + e.color + "\" stroke-width=\"2\"/>";
        if (std::string_view(e.kind) == "dot") out += "<circle cx=\"" + num(x + 8) + "\" cy=\"" + num(mid) + "\" r=\"4\" fill=\"" + e.color + "\"/>";
        out += text_at(x + 20, mid + kFontSize * 0.35f, e.label, "start", kInk);
        x += 20 + kText.char_width * static_cast<float>(std::string_view(e.label).size()) + 16;
        if (x > width) break;
    }
}

}  // namespace

std::string forecast_svg(const FigureTable& table, std::string_view unit, float width, float height) {
    const float chart_height = std::max(60.0f, height - kLegendHeight);
    const ForecastChart c = forecast_chart(table, width, chart_height, kText, unit);
    std::string out = "<svg class=\"chart\" width=\"" + num(width) + "\" height=\"" + num(height) +
                      "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"system-ui,sans-serif\" font-size=\"" +
                      num(kFontSize) + "\" role=\"img\">";
    out += "<title>Forecast against actual" + (unit.empty() ? std::string() : " (" + html_escape(std::string(unit)) + ")") + "</title>";
    legend(out, width);
    out += "<g transform=\"translate(0," + num(kLegendHeight) + ")\">";
    if (!c.unit.empty()) out += text_at(0, kFontSize, c.unit, "start", kFaint);
    axis(out, c.plot, c.axis);
    axis(out, c.ytd_plot, c.ytd_axis);
    out += text_at(c.ytd_plot.x0 + 3, c.ytd_plot.y0 - kText.line_height * 0.3f, "Year to date", "start", kFaint);
    for (const ChartBar& b : c.actual) {
        const float top = std::min(b.y_zero, b.y_value), bottom = std::max(b.y_zero, b.y_value);
        out += "<rect x=\"" + num(b.x0) + "\" y=\"" + num(top) + "\" width=\"" + num(b.x1 - b.x0) + "\" height=\"" + num(bottom - top) +
               "\" fill=\"" + kActual + "\" fill-opacity=\"0.9\"/>";
    }
    line(out, c.last_year, kFaint, 1.5f, "4 3");
    line(out, c.forecast, kInk, 2);
    line(out, c.ytd_forecast, kInk, 2);
    line(out, c.ytd_actual, kActual, 2.5f);
    for (const ChartMarker& m : c.marks)
        out += "<circle cx=\"" + num(m.at.x) + "\" cy=\"" + num(m.at.y) + "\" r=\"4\" fill=\"" + (m.mark == ChartMark::Watch ? kAmber : kRed) +
               "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
    for (const MonthLabel& l : c.labels) {
        out += "<line x1=\"" + num(l.x) + "\" y1=\"" + num(c.ytd_plot.y1) + "\" x2=\"" + num(l.x) + "\" y2=\"" + num(c.ytd_plot.y1 + 3) + "\" stroke=\"" + kFaint + "\"/>";
        out += text_at(l.x, c.label_row + kFontSize, l.name, "middle", kInk);
        if (!l.year.empty()) out += text_at(l.x, c.year_row + kFontSize, l.year, "middle", kFaint);
    }
    if (!c.has_figures) out += text_at((c.plot.x0 + c.plot.x1) / 2, (c.plot.y0 + c.plot.y1) / 2, "No figures yet", "middle", kFaint);
    return out + "</g></svg>";
}

}  // namespace kam

// KAM Canvas: the forecast chart drawn: the layout of core/reviews/forecast_chart.h put on the
// window's ImDrawList, a legend above it, and a tooltip with the figures of the month under the
// mouse. Nothing is decided here that the layout did not already say.
//
// Index of this file:
// [SECTION] Colours
// [SECTION] Legend
// [SECTION] Panels and series
// [SECTION] Hover
// [SECTION] The chart
#include "ui/reviews/views.h"

#include "core/amount_text.h"
#include "core/dates.h"
#include "core/reviews/forecast_chart.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <cstdio>

namespace kam::ui {

//-----------------------------------------------------------------------------
// [SECTION] Colours
//-----------------------------------------------------------------------------

// Readable on a projector and in a light or a dark style: the forecast in the text's own colour
// (black on light, white on dark: the most contrast either way), the actual in a strong blue,
// last year in the faint text colour, the flags in the red and amber of the table's rows made
// strong enough for a mark the size of a dot. The blue, red and amber stay apart for colour-blind
// readers (Okabe and Ito's palette). The month under the mouse is lit in a shade of the text's
// colour, never of a series' own, so its bar stays in sight.
struct ChartColors {
    ImU32 forecast, actual, last_year, grid, zero, hover, red, amber, ring;
};
static ChartColors chart_colors() {
    return {ImGui::GetColorU32(ImGuiCol_Text),        IM_COL32(0, 114, 178, 235),
            ImGui::GetColorU32(ImGuiCol_TextDisabled), ImGui::GetColorU32(ImGuiCol_TableBorderLight),
            ImGui::GetColorU32(ImGuiCol_TextDisabled), ImGui::GetColorU32(ImGuiCol_Text, 0.07f),
            IM_COL32(213, 40, 30, 255),                IM_COL32(230, 159, 0, 255),
            ImGui::GetColorU32(ImGuiCol_WindowBg)};
}

//-----------------------------------------------------------------------------
// [SECTION] Legend
//-----------------------------------------------------------------------------

// What each mark means, in the legend and in the tooltip.
static const char* mark_meaning(ChartMark mark) {
    switch (mark) {
    case ChartMark::Deviates: return "Off the forecast";
    case ChartMark::Watch: return "Bias or below last year";
    case ChartMark::YearToDateDeviates: return "Year to date off";
    }
    return "";
}

enum class Swatch { Line, Bar, Dot };

// One row: a small picture of each series or mark, and its name.
static void draw_legend(const ChartColors& colors) {
    struct Entry {
        Swatch swatch;
        ImU32 color;
        const char* label;
    };
    const Entry entries[] = {{Swatch::Bar, colors.actual, "Actual"},
                             {Swatch::Line, colors.forecast, "Forecast"},
                             {Swatch::Line, colors.last_year, "Last year's actual"},
                             {Swatch::Dot, colors.red, mark_meaning(ChartMark::Deviates)},
                             {Swatch::Dot, colors.amber, mark_meaning(ChartMark::Watch)}};
    std::string legend;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight(), w = em(1.4f);
    for (const Entry& e : entries) {
        // An entry that would run past the right edge starts a new line (the chart may be narrow).
        if (&e != &entries[0]) next_in_toolbar(w + em(0.3f) + ImGui::CalcTextSize(e.label).x, em(1.2f));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(w, h));
        const float mid = p.y + h / 2;
        if (e.swatch == Swatch::Bar) dl->AddRectFilled(ImVec2(p.x + w * 0.3f, p.y + h * 0.15f), ImVec2(p.x + w * 0.7f, p.y + h * 0.9f), e.color);
        if (e.swatch == Swatch::Line) dl->AddLine(ImVec2(p.x, mid), ImVec2(p.x + w, mid), e.color, em(0.15f));
        if (e.swatch == Swatch::Dot) dl->AddCircleFilled(ImVec2(p.x + w / 2, mid), em(0.3f), e.color);
        ImGui::SameLine(0, em(0.3f));
        ImGui::TextWrapped("%s", e.label);   // longer than a whole line only in a very narrow chart
        legend += (legend.empty() ? "" : ", ") + std::string(e.label);
    }
    expose_text("forecast/chart/legend", legend);
}

//-----------------------------------------------------------------------------
// [SECTION] Panels and series
//-----------------------------------------------------------------------------

// A panel's grid: a line at each tick with its label right-aligned left of the panel, the zero
// line stronger (values below it are losses or credit notes).
static void draw_axis(ImDrawList* dl, ImVec2 o, const ChartRect& plot, const ValueAxis& axis, const ChartColors& colors) {
    const float half_line = ImGui::GetTextLineHeight() / 2;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    for (const ValueTick& t : axis.ticks) {
        const float y = o.y + t.y;
        dl->AddLine(ImVec2(o.x + plot.x0, y), ImVec2(o.x + plot.x1, y), t.value == 0 ? colors.zero : colors.grid);
        const float width = ImGui::CalcTextSize(t.label.c_str()).x;
        dl->AddText(ImVec2(o.x + plot.x0 - em(0.4f) - width, y - half_line), ink, t.label.c_str());
    }
}

static void draw_line(ImDrawList* dl, ImVec2 o, const ChartLine& line, ImU32 color, float thickness) {
    ImVector<ImVec2> points;
    for (const std::vector<ChartPoint>& segment : line) {
        if (segment.size() == 1) {   // a month alone between gaps would otherwise not show
            dl->AddCircleFilled(ImVec2(o.x + segment[0].x, o.y + segment[0].y), thickness * 1.4f, color);
            continue;
        }
        points.resize(0);
        for (const ChartPoint& p : segment) points.push_back(ImVec2(o.x + p.x, o.y + p.y));
        dl->AddPolyline(points.Data, points.Size, color, ImDrawFlags_None, thickness);
    }
}

static void draw_month_labels(ImDrawList* dl, ImVec2 o, const ForecastChart& c) {
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (const MonthLabel& l : c.labels) {
        const float x = o.x + l.x;
        dl->AddLine(ImVec2(x, o.y + c.ytd_plot.y1), ImVec2(x, o.y + c.ytd_plot.y1 + em(0.2f)), faint);
        dl->AddText(ImVec2(x - ImGui::CalcTextSize(l.name).x / 2, o.y + c.label_row), ink, l.name);
        if (!l.year.empty()) dl->AddText(ImVec2(x - ImGui::CalcTextSize(l.year.c_str()).x / 2, o.y + c.year_row), faint, l.year.c_str());
    }
}

static void draw_series(ImDrawList* dl, ImVec2 o, const ForecastChart& c, const ChartColors& colors) {
    for (const ChartBar& b : c.actual)
        dl->AddRectFilled(ImVec2(o.x + b.x0, o.y + std::min(b.y_zero, b.y_value)), ImVec2(o.x + b.x1, o.y + std::max(b.y_zero, b.y_value)), colors.actual);
    draw_line(dl, o, c.last_year, colors.last_year, em(0.12f));
    draw_line(dl, o, c.forecast, colors.forecast, em(0.15f));
    draw_line(dl, o, c.ytd_forecast, colors.forecast, em(0.15f));
    draw_line(dl, o, c.ytd_actual, colors.actual, em(0.2f));
    for (const ChartMarker& m : c.marks) {
        const ImVec2 at(o.x + m.at.x, o.y + m.at.y);
        dl->AddCircleFilled(at, em(0.38f), colors.ring);   // keeps the mark apart from the bar under it
        dl->AddCircleFilled(at, em(0.28f), m.mark == ChartMark::Watch ? colors.amber : colors.red);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Hover
//-----------------------------------------------------------------------------

static std::string amount_or_dash(const std::optional<double>& v, const std::string& unit) {
    return v ? amount_text(*v) + (unit.empty() ? "" : " " + unit) : "-";
}

// The month's figures in full, as the table has them.
static std::string month_tooltip(const ForecastChart& c, const FigureTable& table, int row) {
    const MonthRow& r = table.rows[row];
    const int m = month_number(r.month).value_or(0);
    char deviation[64] = "-";
    if (r.deviation && r.deviation_percent) std::snprintf(deviation, sizeof deviation, "%s (%+.1f%%)", amount_or_dash(r.deviation, c.unit).c_str(), *r.deviation_percent);
    else if (r.deviation) std::snprintf(deviation, sizeof deviation, "%s", amount_or_dash(r.deviation, c.unit).c_str());
    std::string text = std::string(month_abbreviation(m)) + " " + std::to_string(m / 12) +
                       "\nForecast: " + amount_or_dash(r.forecast, c.unit) + "\nActual: " + amount_or_dash(r.actual, c.unit) +
                       "\nLast year: " + amount_or_dash(r.last_year, c.unit) + "\nDeviation: " + deviation;
    if (r.actual) text += "\nYear to date: " + amount_or_dash(r.ytd_actual, c.unit) + " of " + amount_or_dash(r.ytd_forecast, c.unit) + " forecast";
    for (const ChartMarker& mark : c.marks)
        if (mark.row == row) text += std::string("\n") + mark_meaning(mark.mark);
    return text;
}

// A line down both panels at the month under the mouse, its slot lit, and its figures beside it.
static void draw_hover(ImDrawList* dl, ImVec2 o, const ForecastChart& c, const FigureTable& table, const ChartColors& colors) {
    const std::optional<int> row = month_at(c, ImGui::GetIO().MousePos.x - o.x);
    if (!row) return;
    const float x = o.x + c.month_x(*row);
    dl->AddRectFilled(ImVec2(x - c.slot / 2, o.y + c.plot.y0), ImVec2(x + c.slot / 2, o.y + c.ytd_plot.y1), colors.hover);
    dl->AddLine(ImVec2(x, o.y + c.plot.y0), ImVec2(x, o.y + c.ytd_plot.y1), colors.zero, em(0.08f));
    const std::string text = month_tooltip(c, table, *row);
    ImGui::SetTooltip("%s", text.c_str());
    expose_text("forecast/chart/hover", text);
}

//-----------------------------------------------------------------------------
// [SECTION] The chart
//-----------------------------------------------------------------------------

// What a test reads of the chart: its labels as the user sees them, and where each month is.
static void expose_chart(ImVec2 o, const ForecastChart& c, const FigureTable& table) {
    if (!item_exposure_enabled()) return;
    const auto joined = [](const ValueAxis& axis) {
        std::string text;
        for (const ValueTick& t : axis.ticks) text += (text.empty() ? "" : ", ") + t.label;
        return text;
    };
    expose_text("forecast/chart/y_ticks", joined(c.axis));
    expose_text("forecast/chart/ytd_ticks", joined(c.ytd_axis));
    expose_text("forecast/chart/unit", c.unit);
    std::string months;
    for (const MonthLabel& l : c.labels) months += (months.empty() ? "" : ", ") + std::string(l.name) + (l.year.empty() ? "" : " " + l.year);
    expose_text("forecast/chart/months", months);
    for (int i = 0; i < c.month_count; i++)
        expose_rect("forecast/chart/month/" + table.rows[i].month, o.x + c.month_x(i) - c.slot / 2, o.y + c.plot.y0, c.slot, c.ytd_plot.y1 - c.plot.y0);
}

void draw_forecast_chart(AppState& app, const FigureTable& table, std::string_view currency, const char* empty_note) {
    const double start = app.host.now_seconds ? app.host.now_seconds() : 0;
    const ChartColors colors = chart_colors();
    draw_legend(colors);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(em(14), ImGui::GetContentRegionAvail().x), em(14));
    ImGui::InvisibleButton("forecast_chart", size);
    expose_item("forecast/chart");
    const bool hovered = ImGui::IsItemHovered();
    const ForecastChart c = forecast_chart(table, size.x, size.y, {ImGui::GetTextLineHeight(), ImGui::CalcTextSize("0").x}, currency);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(o, ImVec2(o.x + size.x, o.y + size.y), true);
    if (!c.unit.empty()) dl->AddText(o, ImGui::GetColorU32(ImGuiCol_TextDisabled), c.unit.c_str());
    draw_axis(dl, o, c.plot, c.axis, colors);
    draw_axis(dl, o, c.ytd_plot, c.ytd_axis, colors);
    dl->AddText(ImVec2(o.x + c.ytd_plot.x0 + em(0.2f), o.y + c.ytd_plot.y0 - ImGui::GetTextLineHeight() * 1.1f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), "Year to date");
    if (hovered) draw_hover(dl, o, c, table, colors);
    draw_series(dl, o, c, colors);
    draw_month_labels(dl, o, c);
    if (!c.has_figures) {
        const char* note = empty_note;
        const ImVec2 note_size = ImGui::CalcTextSize(note);
        dl->AddText(ImVec2(o.x + (c.plot.x0 + c.plot.x1 - note_size.x) / 2, o.y + (c.plot.y0 + c.plot.y1 - note_size.y) / 2),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), note);
    }
    dl->PopClipRect();
    if (app.host.now_seconds) app.forecast_view.chart_ms = (app.host.now_seconds() - start) * 1000;
    expose_chart(o, c, table);
    expose_text("perf/forecast_chart_ms", std::to_string(app.forecast_view.chart_ms));
}

}  // namespace kam::ui

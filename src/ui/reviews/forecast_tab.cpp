// KAM Canvas: the Forecast tab: 24 months of the selected account, forecast against actual,
// with last year's actual, the deviation, the year to date, and the months the rules flag
// (core/reviews/deviation.h). A flagged month is red until it is investigated, amber while the
// investigation's action is open, green when it is done (core/reviews/investigation.h).
#include "ui/reviews/views.h"

#include "core/amount_text.h"
#include "core/reviews/investigation.h"
#include "core/typed_number.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <cstdio>

namespace kam::ui {

static constexpr int kMonthsShown = 24;

static std::string optional_amount(const std::optional<double>& v) { return v ? amount_text(*v) : ""; }

// One figure, typed like a spreadsheet cell ("12 500", "7,5"); empty clears it. Committed when the
// cell is left; a text that is not a number, or an absurd amount, is refused with a message.
static void figure_cell(AppState& app, const Account& a, const MonthRow& row, Figure figure, const std::optional<double>& value) {
    ForecastView& v = app.forecast_view;
    const std::string key = row.month + (figure == Figure::Forecast ? "/forecast" : "/actual");
    std::string text = v.edit_key == key ? v.edit_text : optional_amount(value);
    const std::string label = "##" + key;
    if (paste_column(app, a, row.month, figure, ImGui::GetID(label.c_str()))) return;   // a column from a spreadsheet
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText(label.c_str(), &text)) v.edit_key = key, v.edit_text = text;
    expose_item("forecast/" + key);
    expose_text("forecast/" + key, optional_amount(value));
    if (!ImGui::IsItemDeactivated() || v.edit_key != key) return;
    const std::string typed = v.edit_text;
    v.edit_key.clear();
    const char* what = figure == Figure::Forecast ? "forecast" : "actual";
    const TypedNumber number = parse_typed_number(typed);
    if (!number.ok) {
        app.notify("Not changed: the " + std::string(what) + " of " + row.month + ": \"" + typed + "\" is not a number", true);
        return;
    }
    if (number.value == value) return;
    Account copy = a;
    if (const std::string problem = set_figure(copy, row.month, figure, number.value); !problem.empty()) {
        app.notify("Not changed: the " + std::string(what) + " of " + row.month + ": " + problem, true);
        return;
    }
    app.doc.set_account(std::move(copy), "Edit the " + std::string(what) + " of " + row.month);
}

// What the rules found in a month, in words.
static std::string flags_text(const MonthRow& r) {
    std::string text;
    const auto add = [&](const char* flag) { text += (text.empty() ? "" : ", ") + std::string(flag); };
    if (r.deviates) add("off the forecast");
    if (r.ytd_deviates) add("year to date off");
    if (r.bias) add("bias");
    if (r.declines) add("below last year");
    return text;
}

static constexpr const char* kFollowUpNames[] = {"", "open", "investigated", "resolved"};

// The follow-up button of a row: it opens (or closes) the month's investigation above the table.
static void follow_up_button(AppState& app, const MonthRow& r, FollowUp follow) {
    if (follow == FollowUp::None || app.map.customer_safe) return;   // investigations are internal
    static constexpr const char* kLabels[] = {"", "Investigate", "Investigated", "Resolved"};
    std::string& open = app.forecast_view.investigating;
    if (ImGui::SmallButton(kLabels[static_cast<int>(follow)])) open = open == r.month ? "" : r.month;
    expose_item("forecast/" + r.month + "/investigate");
}

static void draw_row(AppState& app, const Account& a, const MonthRow& r) {
    ImGui::TableNextRow();
    const FollowUp follow = follow_up(a, r);
    static constexpr ImU32 kTints[] = {0, IM_COL32(240, 150, 140, 110), IM_COL32(240, 200, 90, 110), IM_COL32(130, 210, 130, 100)};
    if (follow != FollowUp::None) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, kTints[static_cast<int>(follow)]);
    expose_text("forecast/" + r.month + "/follow_up", kFollowUpNames[static_cast<int>(follow)]);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(r.month.c_str());
    ImGui::TableNextColumn();
    figure_cell(app, a, r, Figure::Forecast, r.forecast);
    ImGui::TableNextColumn();
    figure_cell(app, a, r, Figure::Actual, r.actual);
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", optional_amount(r.last_year).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(optional_amount(r.deviation).c_str());
    ImGui::TableNextColumn();
    if (r.deviation_percent) ImGui::Text("%+.1f%%", *r.deviation_percent);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(amount_text(r.ytd_forecast).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(amount_text(r.ytd_actual).c_str());
    ImGui::TableNextColumn();
    const std::string flags = flags_text(r);
    ImGui::TextUnformatted(flags.c_str());
    expose_text("forecast/" + r.month + "/flags", flags);
    ImGui::TableNextColumn();
    follow_up_button(app, r, follow);
}

void draw_forecast_tab(AppState& app) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    if (!a) {
        note("Select an account on the left, or add one.");
        return;
    }
    const std::string today = app.host.today ? app.host.today() : "";
    const DeviationRules& rules = rules_of(app.doc.ws(), *a);
    const FigureTable table = figure_table(a->months, today.substr(0, 7), kMonthsShown, rules);
    const std::string& currency = currency_of(app.doc.ws(), *a);
    note("Forecast and actual sales per month, in %s. Type a figure (\"12 500\" or \"7,5\"); an empty cell clears it.",
                        currency.c_str());
    note("A month is flagged when it is off the forecast by more than %.0f%% and %s %s, %d months in a row off the same way, "
                        "or more than %.0f%% below last year. Each flagged month is to be investigated.",
                        rules.share_percent, amount_text(rules.amount).c_str(), currency.c_str(), rules.bias_months, rules.decline_percent);
    expose_text("forecast/currency", currency);
    // The customer-safe view keeps the figures (joint planning talks about them) but not what we
    // do about them: the investigations and our thresholds.
    const bool safe = app.map.customer_safe;
    if (!safe) {
        const bool settings_open = ImGui::CollapsingHeader("Currency, thresholds and review cadence");
        expose_item("forecast/settings");
        if (settings_open) draw_rhythm_settings(app, *a);
    }
    const OpenDeviations open = open_deviations(*a, table);
    if (!safe && open.open > 0)
        ImGui::TextColored(vec4(palette().error), "%d flagged month%s not investigated yet", open.open, open.open == 1 ? "" : "s");
    if (!safe && open.investigated > 0) {
        const std::string investigated = std::to_string(open.investigated) + " investigated, with actions still open";
        if (open.open > 0) next_in_toolbar(ImGui::CalcTextSize(investigated.c_str()).x);
        ImGui::TextColored(vec4(palette().warning), "%s", investigated.c_str());
    }
    if (table.mean_error_percent) {
        char text[96];
        std::snprintf(text, sizeof text, "Forecast accuracy: mean error %.1f%% over the last 12 months with figures", *table.mean_error_percent);
        ImGui::TextWrapped("%s", text);
        expose_text("forecast/accuracy", text);
    }
    draw_forecast_chart(app, table, currency);
    for (const MonthRow& r : table.rows)
        if (!safe && r.month == app.forecast_view.investigating) draw_investigation(app, *a, r);

    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("forecast", 10, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Month", 0, em(4.5f));
    for (const char* amount : {"Forecast", "Actual", "Last year", "Deviation"}) ImGui::TableSetupColumn(amount, 0, em(5.5f));
    ImGui::TableSetupColumn("%", 0, em(4));
    ImGui::TableSetupColumn("YTD forecast", 0, em(6));
    ImGui::TableSetupColumn("YTD actual", 0, em(6));
    ImGui::TableSetupColumn("Flags", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Follow-up", 0, em(6.5f));
    ImGui::TableHeadersRow();
    for (auto it = table.rows.rbegin(); it != table.rows.rend(); ++it) {   // the newest month first
        ImGui::PushID(it->month.c_str());
        draw_row(app, *a, *it);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace kam::ui

// KAM Canvas: the portfolio dashboard for the monthly meeting: one row per account, what needs
// attention first (core/portfolio.h), filtered by manager and tier, with the totals on top. A
// click on a figure opens the account at the tab where it is dealt with.
#include "ui/views.h"

#include "core/amount_text.h"
#include "core/reviews/deviation.h"
#include "ui/test_hooks.h"
#include "ui/tiering/tiering_common.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <chrono>

namespace kam::ui {

static const Portfolio& current_portfolio(AppState& app, const std::string& today) {
    PortfolioView& v = app.portfolio_view;
    if (v.revision != app.doc.revision() || v.today != today) {
        const auto start = std::chrono::steady_clock::now();
        const Workspace& ws = app.doc.ws();
        const bool all = v.today != today || v.defaults != ws.review_defaults || v.serial != app.doc.serial() ||
                         v.rows.size() != ws.accounts.size();
        v.rows.resize(ws.accounts.size()), v.row_ids.resize(ws.accounts.size()), v.row_versions.resize(ws.accounts.size());
        for (size_t i = 0; i < ws.accounts.size(); i++) {
            const Account& a = ws.accounts[i];
            const uint64_t version = app.doc.account_version(a.id);
            if (!all && v.row_ids[i] == a.id && v.row_versions[i] == version) continue;
            v.rows[i] = portfolio_row(ws, static_cast<int>(i), today);
            v.row_ids[i] = a.id, v.row_versions[i] = version;
        }
        v.defaults = ws.review_defaults, v.serial = app.doc.serial();
        v.portfolio = portfolio_of(ws, current_scoring(app), v.rows);
        v.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        v.revision = app.doc.revision(), v.today = today;
    }
    expose_text("perf/portfolio_ms", std::to_string(v.compute_ms));
    return v.portfolio;
}

static void draw_totals(const Workspace& ws, const PortfolioTotals& t) {
    const std::string& currency = ws.review_defaults.currency;
    char text[256];
    std::snprintf(text, sizeof text, "%d accounts. Year to date: %s of %s %s forecast%s.", t.accounts, amount_text(t.ytd_actual).c_str(),
                  amount_text(t.ytd_forecast).c_str(), currency.c_str(),
                  t.other_currency ? (" (" + std::to_string(t.other_currency) + " in other currencies apart)").c_str() : "");
    ImGui::TextUnformatted(text);
    expose_text("portfolio/totals", text);
    std::snprintf(text, sizeof text, "%d flagged months not investigated, %d investigations open, %d accounts with a review overdue, %d actions overdue.",
                  t.open_deviations, t.open_investigations, t.accounts_with_overdue_reviews, t.overdue_actions);
    ImGui::TextUnformatted(text);
    expose_text("portfolio/attention", text);
}

// A count that needs doing: red when there is any, and a click opens the account at 'tab'.
static void count_cell(AppState& app, const Account& a, int count, const char* tab, const std::string& key) {
    if (count == 0) {
        ImGui::TextDisabled("-");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 40, 30, 255));
        if (ImGui::Selectable((std::to_string(count) + "##" + key).c_str())) app.selected_account = a.id, app.request_tab = tab;
        ImGui::PopStyleColor();
    }
    expose_item(key);
    expose_text(key, std::to_string(count));
}

static void draw_row(AppState& app, const PortfolioRow& r, const Scoring& scoring) {
    const Workspace& ws = app.doc.ws();
    const Account& a = ws.accounts[static_cast<size_t>(r.account)];
    const std::string key = "portfolio/" + a.name;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::Selectable((a.name + "##name").c_str(), a.id == app.selected_account)) app.selected_account = a.id, app.request_tab = "Account";
    expose_item(key);
    ImGui::TableNextColumn();
    count_cell(app, a, r.open_deviations, "Forecast", key + "/deviations");
    ImGui::TableNextColumn();
    count_cell(app, a, r.open_investigations, "Forecast", key + "/investigations");
    ImGui::TableNextColumn();
    count_cell(app, a, r.overdue_actions, "Plan", key + "/overdue_actions");
    ImGui::TableNextColumn();
    count_cell(app, a, r.overdue_reviews, "Reviews", key + "/overdue_reviews");
    ImGui::TableNextColumn();
    if (r.attainment_percent) {
        const bool behind = *r.attainment_percent < 90.0;
        ImGui::TextColored(behind ? ImVec4(0.8f, 0.15f, 0.1f, 1) : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%.0f%% of %s %s", *r.attainment_percent,
                           short_amount_text(r.ytd_forecast).c_str(), currency_of(ws, a).c_str());
    } else {
        ImGui::TextDisabled("no forecast");
    }
    ImGui::TableNextColumn();
    tier_badge(ws.tier_scheme, scoring.tiers[static_cast<size_t>(r.account)]);
    ImGui::TableNextColumn();
    const Person* manager = ws.find_person(a.manager);
    ImGui::TextUnformatted(manager ? manager->name.c_str() : "-");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(kStageLabels[static_cast<size_t>(a.stage)].data());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(kPartnershipLevelLabels[static_cast<size_t>(a.partnership)].data());
    ImGui::TableNextColumn();
    ImGui::Text("%d/6", r.complete_sections);
}

static void draw_filters(AppState& app) {
    PortfolioView& v = app.portfolio_view;
    const Workspace& ws = app.doc.ws();
    ImGui::SetNextItemWidth(em(10));
    person_combo("Manager", v.manager, ws, "(every manager)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(8));
    const std::vector<Tier>& tiers = ws.tier_scheme.tiers;
    const char* shown = v.tier == -2 ? "(every tier)" : v.tier == -1 || v.tier >= static_cast<int>(tiers.size()) ? "(no tier)" : tiers[v.tier].name.c_str();
    if (ImGui::BeginCombo("Tier", shown)) {
        if (ImGui::Selectable("(every tier)", v.tier == -2)) v.tier = -2;
        for (int i = 0; i < static_cast<int>(tiers.size()); i++)
            if (ImGui::Selectable(tiers[i].name.c_str(), v.tier == i)) v.tier = i;
        if (ImGui::Selectable("(no tier)", v.tier == -1)) v.tier = -1;
        ImGui::EndCombo();
    }
}

void draw_portfolio_dashboard(AppState& app) {
    const std::string today = app.host.today ? app.host.today() : "";
    const Portfolio& p = current_portfolio(app, today);
    const Scoring& scoring = current_scoring(app);
    const Workspace& ws = app.doc.ws();
    draw_totals(ws, p.totals);
    draw_review_pack_buttons(app);
    draw_filters(app);
    const PortfolioView& v = app.portfolio_view;
    std::vector<const PortfolioRow*> rows;
    rows.reserve(p.rows.size());
    for (const PortfolioRow& r : p.rows) {
        const Account& a = ws.accounts[static_cast<size_t>(r.account)];
        if (!v.manager.empty() && a.manager != v.manager) continue;
        if (v.tier != -2 && r.tier != v.tier) continue;
        rows.push_back(&r);
    }
    ImGui::TextDisabled("%zu accounts shown, what needs attention first. A red figure opens the account where it is dealt with.", rows.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("portfolio", 11, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // What needs attention first, then how the year runs, then who and where the account is.
    ImGui::TableSetupColumn("Account", 0, em(11));
    ImGui::TableSetupColumn("Deviations", 0, em(5));
    ImGui::TableSetupColumn("Investigating", 0, em(5.5f));
    ImGui::TableSetupColumn("Actions late", 0, em(5));
    ImGui::TableSetupColumn("Reviews late", 0, em(5));
    ImGui::TableSetupColumn("Year to date", 0, em(8.5f));
    ImGui::TableSetupColumn("Tier", 0, em(6));
    ImGui::TableSetupColumn("Manager", 0, em(8));
    ImGui::TableSetupColumn("Stage", 0, em(11));
    ImGui::TableSetupColumn("Relationship", 0, em(6.5f));
    ImGui::TableSetupColumn("Plan", 0, em(3));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            ImGui::PushID(i);
            draw_row(app, *rows[static_cast<size_t>(i)], scoring);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace kam::ui

// KAM Canvas: the portfolio dashboard for the monthly meeting: one row per account, what needs
// attention first (core/portfolio.h), filtered by manager and tier, with the totals on top. A
// click on a figure opens the account at the tab where it is dealt with.
#include "ui/views.h"

#include "core/amount_text.h"
#include "core/parallel.h"
#include "core/reviews/deviation.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/tiering/tiering_common.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>

namespace kam::ui {

static const Portfolio& current_portfolio(AppState& app, const std::string& today) {
    PortfolioView& v = app.portfolio_view;
    if (v.revision != app.doc.revision() || v.today != today) {
        const auto start = std::chrono::steady_clock::now();
        const Workspace& ws = app.doc.ws();
        const bool all = v.today != today || v.defaults != ws.review_defaults || v.health_rules != ws.health_rules || v.serial != app.doc.serial() ||
                         v.rows.size() != ws.accounts.size();
        v.rows.resize(ws.accounts.size()), v.seen.fit(ws);
        std::vector<int> stale;
        for (size_t i = 0; i < ws.accounts.size(); i++) {
            if (!all && !v.seen.changed(app.doc, i)) continue;
            stale.push_back(static_cast<int>(i));
            v.seen.saw(app.doc, i);
        }
        // Thousands of rows on this thread and the helper, in chunks each takes when free (the rows
        // are read from the workspace only, each into its own place).
        constexpr size_t kChunk = 250;
        const auto read = [&](size_t from, size_t to) {
            for (size_t k = from; k < to; k++) v.rows[static_cast<size_t>(stale[k])] = portfolio_row(ws, stale[k], today);
        };
        std::atomic<int> helped = 0;
        if (stale.size() <= kChunk) read(0, stale.size());
        else parallel_for((stale.size() + kChunk - 1) / kChunk, [&](size_t c, int worker) {
            helped += worker;
            read(c * kChunk, std::min(stale.size(), (c + 1) * kChunk));
        });
        v.helped = helped.load();
        v.defaults = ws.review_defaults, v.health_rules = ws.health_rules, v.serial = app.doc.serial();
        v.portfolio = portfolio_of(ws, current_scoring(app), v.rows);
        v.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        v.revision = app.doc.revision(), v.today = today;
        v.computed++;
    }
    expose_text("perf/portfolio_ms", std::to_string(v.compute_ms));
    expose_text("perf/portfolio_helped", std::to_string(v.helped));
    return v.portfolio;
}

static void draw_totals(const Workspace& ws, const PortfolioTotals& t) {
    const std::string& currency = ws.review_defaults.currency;
    char text[256];
    std::snprintf(text, sizeof text, "%d accounts. Year to date: %s of %s %s forecast%s.", t.accounts, amount_text(t.ytd_actual).c_str(),
                  amount_text(t.ytd_forecast).c_str(), currency.c_str(),
                  t.other_currency ? (" (" + std::to_string(t.other_currency) + " in other currencies apart)").c_str() : "");
    ImGui::TextWrapped("%s", text);
    expose_text("portfolio/totals", text);
    if (t.with_health > 0)
        std::snprintf(text, sizeof text, "%.0f%% healthy (%d of the %d accounts with a health score).", 100.0 * t.healthy / t.with_health, t.healthy,
                      t.with_health);
    else
        std::snprintf(text, sizeof text, "No account has a health score yet.");
    ImGui::TextWrapped("%s", text);
    expose_text("portfolio/health", text);
    std::snprintf(text, sizeof text, "%d flagged months not investigated, %d investigations open, %d accounts with a review overdue, %d actions overdue.",
                  t.open_deviations, t.open_investigations, t.accounts_with_overdue_reviews, t.overdue_actions);
    ImGui::TextWrapped("%s", text);
    expose_text("portfolio/attention", text);
}

// A count that needs doing: red when there is any, and a click opens the account at 'tab'.
static void count_cell(AppState& app, const Account& a, int count, const char* tab, const std::string& key) {
    if (count == 0) {
        ImGui::TextDisabled("-");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().error));
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
    ImGui::Text("%d", r.attention);
    ImGui::TableNextColumn();
    if (r.health) {
        ImGui::PushStyleColor(ImGuiCol_Text, health_band_color(r.band));
        const std::string text = std::to_string(*r.health) + " " + trend_arrow(r.health_trend);
        if (ImGui::Selectable((text + "##health").c_str())) app.selected_account = a.id, app.request_tab = "Health";
        ImGui::PopStyleColor();
        expose_item(key + "/health");
        expose_text(key + "/health", text);
    } else {
        ImGui::TextDisabled("-");
    }
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
        ImGui::TextColored(behind ? vec4(palette().error) : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%.0f%% of %s %s", *r.attainment_percent,
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
    const auto labelled = [](float width_em, const char* label) { return em(width_em) + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x; };
    next_in_toolbar(labelled(8, "Tier"));
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
    next_in_toolbar(labelled(8, "Health"));
    ImGui::SetNextItemWidth(em(8));
    if (ImGui::BeginCombo("Health", v.band == -2 ? "(every band)" : v.band == -1 ? "(no score)" : kHealthBandLabels[static_cast<size_t>(v.band)].data())) {
        if (ImGui::Selectable("(every band)", v.band == -2)) v.band = -2;
        for (int i = 0; i < static_cast<int>(HealthBand::COUNT); i++)
            if (ImGui::Selectable(kHealthBandLabels[static_cast<size_t>(i)].data(), v.band == i)) v.band = i;
        if (ImGui::Selectable("(no score)", v.band == -1)) v.band = -1;
        ImGui::EndCombo();
    }
    expose_item("portfolio/band");
}

// The table's columns: header, width (em), what it sorts by. Attention is the default order.
struct Column {
    const char* name;
    float width;
    PortfolioColumn sorts;
    ImGuiTableColumnFlags flags = 0;
};
static const Column kColumns[] = {
    {"Account", 11, PortfolioColumn::Account},
    {"Attention", 5, PortfolioColumn::Attention, ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending},
    {"Health", 4, PortfolioColumn::Health},
    {"Deviations", 5, PortfolioColumn::Deviations, ImGuiTableColumnFlags_PreferSortDescending},
    {"Investigating", 5.5f, PortfolioColumn::Investigations, ImGuiTableColumnFlags_PreferSortDescending},
    {"Actions late", 5, PortfolioColumn::OverdueActions, ImGuiTableColumnFlags_PreferSortDescending},
    {"Reviews late", 5, PortfolioColumn::OverdueReviews, ImGuiTableColumnFlags_PreferSortDescending},
    {"Year to date", 8.5f, PortfolioColumn::YearToDate},
    {"Tier", 6, PortfolioColumn::Tier},
    {"Manager", 8, PortfolioColumn::Manager},
    {"Stage", 11, PortfolioColumn::Stage},
    {"Relationship", 6.5f, PortfolioColumn::Relationship},
    {"Plan", 3, PortfolioColumn::Plan},
};
constexpr int kColumnCount = static_cast<int>(std::size(kColumns));

// The rows in the order the table's sort specs ask for: sorted again only when the specs or the
// portfolio changed.
static const std::vector<PortfolioRow>& sorted_rows(AppState& app, const Portfolio& p) {
    PortfolioView& v = app.portfolio_view;
    bool changed = v.sorted_from != v.computed;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && (specs->SpecsDirty || changed)) {
        if (specs->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
            const int c = std::clamp(static_cast<int>(spec.ColumnIndex), 0, kColumnCount - 1);
            v.sort_column = kColumns[c].sorts, v.sort_ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
        } else {
            v.sort_column = PortfolioColumn::Attention, v.sort_ascending = false;
        }
        specs->SpecsDirty = false;
        changed = true;
    }
    if (changed) {
        v.sorted = p.rows;
        if (v.sort_column != PortfolioColumn::Attention || v.sort_ascending) sort_rows(v.sorted, app.doc.ws(), v.sort_column, v.sort_ascending);
        v.sorted_from = v.computed;
        v.sorts++;
    }
    return v.sorted;
}

void draw_portfolio_dashboard(AppState& app) {
    if (hidden_from_customer(app.map.customer_safe, "The portfolio (every customer's figures)")) return;
    const std::string today = app.host.today ? app.host.today() : "";
    const Portfolio& p = current_portfolio(app, today);
    const Scoring& scoring = current_scoring(app);
    const Workspace& ws = app.doc.ws();
    draw_totals(ws, p.totals);
    draw_review_pack_buttons(app);
    draw_filters(app);
    PortfolioView& v = app.portfolio_view;
    const auto shown = [&](const PortfolioRow& r) {
        return (v.manager.empty() || ws.accounts[static_cast<size_t>(r.account)].manager == v.manager) && (v.tier == -2 || r.tier == v.tier) &&
               (v.band == -2 || (r.health ? static_cast<int>(r.band) : -1) == v.band);
    };
    const size_t count = static_cast<size_t>(std::count_if(p.rows.begin(), p.rows.end(), shown));
    note("%zu accounts shown, what needs attention first unless a click on a heading sorts them by it. A red figure opens the "
         "account where it is dealt with; the health score, its breakdown.", count);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Sortable;
    if (!ImGui::BeginTable("portfolio", kColumnCount, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // What needs attention first, then how the year runs, then who and where the account is.
    for (const Column& c : kColumns) ImGui::TableSetupColumn(c.name, c.flags, em(c.width));
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kColumnCount; c++) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        ImGui::TableHeader(kColumns[c].name);
        expose_item(std::string("portfolio/header/") + kColumns[c].name);
    }
    std::vector<const PortfolioRow*> rows;
    rows.reserve(count);
    for (const PortfolioRow& r : sorted_rows(app, p))
        if (shown(r)) rows.push_back(&r);
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

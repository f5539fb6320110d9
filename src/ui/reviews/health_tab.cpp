// KAM Canvas: the Health tab: the account's health score, its band and trend over the last 12
// months, what each part contributes and why (core/account_health.h), and the weights and bands
// every account is scored by.
#include "ui/reviews/views.h"

#include "core/account_health.h"
#include "core/dates.h"
#include "core/io/validate.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace kam::ui {

// The score of each month as a small line (a gap where no month was kept), the bands behind it.
static void draw_trend(const HealthTrend& t, const HealthRules& rules) {
    const ImVec2 size(em(14), em(2.6f));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("trend", size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto y_of = [&](double score) { return p0.y + size.y * static_cast<float>(1.0 - score / 100.0); };
    dl->AddRectFilled(p0, ImVec2(p0.x + size.x, y_of(rules.healthy)), u32(palette().healthy, 28));
    dl->AddRectFilled(ImVec2(p0.x, y_of(rules.healthy)), ImVec2(p0.x + size.x, y_of(rules.watch)), u32(palette().watch, 28));
    dl->AddRectFilled(ImVec2(p0.x, y_of(rules.watch)), ImVec2(p0.x + size.x, p0.y + size.y), u32(palette().poor, 28));
    const size_t n = t.scores.size();
    const auto x_of = [&](size_t i) { return p0.x + size.x * (n < 2 ? 0.5f : static_cast<float>(i) / static_cast<float>(n - 1)); };
    const ImU32 line = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 0; i < n; i++) {
        if (!t.scores[i]) continue;
        const ImVec2 at(x_of(i), y_of(*t.scores[i]));
        if (i > 0 && t.scores[i - 1]) dl->AddLine(ImVec2(x_of(i - 1), y_of(*t.scores[i - 1])), at, line, 1.5f);
        dl->AddCircleFilled(at, em(0.18f), line);
    }
    if (!ImGui::IsItemHovered() || n == 0) return;
    const float fraction = (ImGui::GetIO().MousePos.x - p0.x) / size.x;
    const size_t i = std::min(n - 1, static_cast<size_t>(std::max(0.0f, fraction) * static_cast<float>(n - 1) + 0.5f));
    ImGui::SetTooltip("%s: %s", t.months[i].c_str(), t.scores[i] ? std::to_string(*t.scores[i]).c_str() : "not kept");
}

static void draw_score(const AccountHealth& h, const HealthTrend& t, const HealthRules& rules) {
    if (!h.score) {
        ImGui::TextUnformatted("No health score: none of its parts can be judged yet (see below).");
        expose_text("health/score", "none");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, health_band_color(h.band));
    char text[160];
    std::snprintf(text, sizeof text, "Health %d of 100: %s", *h.score, kHealthBandLabels[static_cast<size_t>(h.band)].data());
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    expose_text("health/score", text);
    ImGui::SameLine();
    std::string trend = "no earlier month kept yet";
    if (t.previous) trend = std::string(trend_arrow(t.direction)) + " " + (*h.score >= *t.previous ? "+" : "") +
                            std::to_string(*h.score - *t.previous) + " since the last month kept (" + std::to_string(*t.previous) + ")";
    ImGui::TextDisabled("%s", trend.c_str());
    expose_text("health/trend", trend);
    draw_trend(t, rules);
}

static void draw_breakdown(const AccountHealth& h) {
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("breakdown", 4, flags)) return;
    ImGui::TableSetupColumn("Part", 0, em(10));
    ImGui::TableSetupColumn("Score", 0, em(4));
    ImGui::TableSetupColumn("Adds", 0, em(6));
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const HealthPartScore& p : h.parts) {
        const std::string key = "health/part/" + std::string(kHealthPartKeys[static_cast<size_t>(p.part)]);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(kHealthPartLabels[static_cast<size_t>(p.part)].data());
        ImGui::TableNextColumn();
        std::string score = p.weight <= 0 ? "not weighed" : p.score ? std::to_string(static_cast<int>(*p.score + 0.5)) : "n/a";
        if (p.score && p.weight > 0) ImGui::TextUnformatted(score.c_str());
        else ImGui::TextDisabled("%s", score.c_str());
        ImGui::TableNextColumn();
        if (p.score && p.weight > 0) ImGui::Text("%.1f of %.1f", p.points, p.max_points);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(p.why.c_str());
        ImGui::PopTextWrapPos();
        expose_text(key, score + " | " + p.why);
    }
    ImGui::EndTable();
}

// The weights and bands of every account; a value out of range is refused with the validator's
// words and nothing changes.
static void draw_rules(AppState& app) {
    HealthRules rules = app.doc.ws().health_rules;
    bool changed = false;
    note("Weights: each part's share of the 100 points (parts that cannot be judged leave it to the others).");
    for (size_t i = 0; i < kHealthParts; i++) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(em(4));
        changed |= ImGui::InputDouble("##weight", &rules.weights[i], 0, 0, "%.1f");
        expose_item("health/weight/" + std::string(kHealthPartKeys[i]));
        ImGui::SameLine();
        ImGui::TextUnformatted(kHealthPartLabels[i].data());
        ImGui::PopID();
    }
    const auto words = [](const char* text) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text);
        ImGui::SameLine();
    };
    words("Healthy from");
    ImGui::SetNextItemWidth(em(4));
    changed |= ImGui::InputDouble("##healthy", &rules.healthy, 0, 0, "%.0f");
    expose_item("health/healthy");
    ImGui::SameLine();
    words(", to watch from");
    ImGui::SetNextItemWidth(em(4));
    changed |= ImGui::InputDouble("##watch", &rules.watch, 0, 0, "%.0f");
    expose_item("health/watch");
    ImGui::SameLine();
    ImGui::TextUnformatted(", at risk below.");
    words("Recent contact: a key person talked to within");
    ImGui::SetNextItemWidth(em(4));
    changed |= ImGui::InputInt("##days", &rules.contact_days, 0);
    expose_item("health/contact_days");
    ImGui::SameLine();
    ImGui::TextUnformatted("days.");
    if (!changed) return;
    if (const std::vector<FieldProblem> problems = health_rules_problems(rules); !problems.empty()) {
        app.notify("Not changed: " + problems[0].field + ": " + problems[0].message, true);
        return;
    }
    app.doc.set_health_rules(rules, "Edit the health weights and bands", "health/rules");
}

void draw_health_tab(AppState& app) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    if (!a) {
        note("Select an account on the left, or add one.");
        return;
    }
    if (hidden_from_customer(app.map.customer_safe, "The account's health")) return;
    const std::string today = app.host.today ? app.host.today() : "";
    const Workspace& ws = app.doc.ws();
    const AccountHealth h = account_health(ws, *a, today);
    draw_score(h, health_trend(*a, h.score, today), ws.health_rules);
    ImGui::Spacing();
    draw_breakdown(h);
    ImGui::Spacing();
    const bool open = ImGui::CollapsingHeader("Weights and bands (every account)");
    expose_item("health/rules");
    if (open) draw_rules(app);
}

}  // namespace kam::ui

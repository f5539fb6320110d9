// KAM Canvas: the accounts list: filter, add, select, delete (with confirmation).
#include "core/planning/planning.h"
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/tiering/tiering_common.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace kam::ui {

static bool matches(const Account& a, const std::string& filter) {
    return filter.empty() || contains_text(a.name, filter) || contains_text(a.industry, filter);
}

// The name cut to 'width' pixels with an ellipsis, so it never runs under the marks at the right.
static std::string fitted(const std::string& name, float width) {
    if (ImGui::CalcTextSize(name.c_str()).x <= width) return name;
    std::string cut = name;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "\xE2\x80\xA6").c_str()).x > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();   // a whole UTF-8 character
        if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
    }
    return cut + "\xE2\x80\xA6";   // …
}

struct RowMarks {
    int complete;   // sections of the plan
    char plan[16], tier[64];
    float width;   // both, with the tier's swatch and spacing
};

// How complete the account's plan is, then its tier and score.
static RowMarks row_marks(const Workspace& ws, const Scoring& scoring, int index) {
    RowMarks m;
    const AccountTier& tier = scoring.tiers[index];
    const AccountScore& score = scoring.scores[index];
    std::snprintf(m.tier, sizeof m.tier, "%s%s %s", tier_name(ws.tier_scheme, tier.effective).c_str(), tier.overridden ? "*" : "",
                  score.has_total ? std::to_string((int)std::lround(score.total)).c_str() : "-");
    m.complete = complete_sections(ws.accounts[index]);
    std::snprintf(m.plan, sizeof m.plan, "%d/%d", m.complete, (int)PlanSection::COUNT);
    m.width = ImGui::CalcTextSize(m.plan).x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(m.tier).x +
              ImGui::GetTextLineHeight() * 1.2f;
    return m;
}

// The marks at the right end of an account's row.
static void draw_row_marks(const Workspace& ws, const Scoring& scoring, int index, const RowMarks& m) {
    const AccountTier& tier = scoring.tiers[index];
    const int complete = m.complete;
    ImGui::SameLine(std::max(em(6), ImGui::GetContentRegionMax().x - m.width));
    ImGui::TextColored(complete == (int)PlanSection::COUNT ? vec4(palette().good) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "%s", m.plan);
    ImGui::SetItemTooltip("Account plan: %d of %d sections complete", complete, (int)PlanSection::COUNT);
    expose_text("accounts/plan/" + ws.accounts[index].name, m.plan);
    ImGui::SameLine();
    tier_swatch(tier.effective >= 0 ? &ws.tier_scheme.tiers[tier.effective] : nullptr);
    ImGui::TextDisabled("%s", m.tier);
    if (tier.overridden) ImGui::SetItemTooltip("Tier overridden by hand");
    expose_text("accounts/tier/" + ws.accounts[index].name, tier_name(ws.tier_scheme, tier.effective));
}

void draw_accounts_panel(AppState& app) {
    const Workspace& ws = app.doc.ws();
    ImGui::TextUnformatted("Accounts");
    ImGui::SameLine();
    ImGui::TextDisabled("(%d)", (int)ws.accounts.size());
    expose_text("accounts/count", std::to_string(ws.accounts.size()));

    ImGui::SetNextItemWidth(-FLT_MIN);
    input_text("##filter", app.account_filter, "Filter by name or industry");
    expose_item("accounts/filter");

    if (ImGui::Button("+ Add account")) add_account(app);
    expose_item("accounts/add");
    next_in_toolbar(ImGui::CalcTextSize("Delete").x + 2 * ImGui::GetStyle().FramePadding.x);
    ImGui::BeginDisabled(app.selected_account.empty());
    if (ImGui::Button("Delete")) app.confirm_delete_account = app.selected_account;
    expose_item("accounts/delete");
    ImGui::EndDisabled();

    const Scoring& scoring = current_scoring(app);   // after the buttons: an added account is scored too
    // Thousands of accounts: filter into a list of indices, then draw only the visible rows.
    std::vector<int> shown;
    shown.reserve(ws.accounts.size());
    for (int i = 0; i < (int)ws.accounts.size(); i++)
        if (matches(ws.accounts[i], app.account_filter)) shown.push_back(i);

    if (ImGui::BeginChild("##list", ImVec2(0, 0), ImGuiChildFlags_Border)) {
        if (shown.empty())
            ImGui::TextDisabled(ws.accounts.empty() ? "No accounts yet." : "No account matches the filter.");
        ImGuiListClipper clipper;
        clipper.Begin((int)shown.size());
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
                const Account& a = ws.accounts[shown[row]];
                ImGui::PushID(a.id.c_str());
                const RowMarks marks = row_marks(ws, scoring, shown[row]);
                // A narrow list (a large UI scale on a small screen) keeps the names and drops the
                // marks, which the Tiering and Plan tabs show too.
                const bool with_marks = ImGui::GetContentRegionAvail().x - marks.width >= em(6);
                const float room = ImGui::GetContentRegionAvail().x - (with_marks ? marks.width + ImGui::GetStyle().ItemSpacing.x : 0.0f);
                const std::string label = fitted(a.name.empty() ? std::string("(unnamed)") : a.name, room) + "##" + a.id;
                if (ImGui::Selectable(label.c_str(), a.id == app.selected_account)) app.selected_account = a.id;
                if (label.find("\xE2\x80\xA6##") != std::string::npos) ImGui::SetItemTooltip("%s", a.name.c_str());
                expose_item("accounts/item/" + a.name);
                if (ImGui::BeginPopupContextItem()) {
                    if (ImGui::MenuItem("Delete account...")) app.confirm_delete_account = a.id;
                    ImGui::EndPopup();
                }
                if (with_marks) draw_row_marks(ws, scoring, shown[row], marks);
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace kam::ui

// KAM Canvas: the selected account's tier in its profile: score, rank and tier; a manual override with
// its required reason; and why: each criterion's contribution to the total (a bar each), the distance
// to the tiers above and below, and which single scores would move it.
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace kam::ui {

static void draw_override(AppState& app, const Account& account, const AccountTier& tier) {
    const Workspace& ws = app.doc.ws();
    TieringView& t = app.tiering;
    if (account.tier_override) {
        ImGui::TextWrapped("Overridden to %s: %s", account.tier_override->tier.c_str(), account.tier_override->reason.c_str());
        if (ImGui::Button("Remove override")) {
            AccountEdit edit = edit_override(ws, account, std::nullopt);
            app.doc.set_account(std::move(edit.account), "Remove tier override of " + account.name);
        }
        expose_item("tier/remove_override");
        return;
    }
    const bool open = ImGui::TreeNode("Override the tier...");
    expose_item("tier/override_open");
    if (!open) return;
    ImGui::SetNextItemWidth(em(20));
    input_text("Reason", t.override_reason, "Required: why this account is in another tier");
    expose_item("tier/override_reason");
    bool first = true;
    for (int i = 0; i < (int)ws.tier_scheme.tiers.size(); i++) {
        if (i == tier.computed) continue;
        const std::string& name = ws.tier_scheme.tiers[i].name;
        if (!first) ImGui::SameLine();
        first = false;
        if (ImGui::Button(("Make it " + name).c_str())) {
            AccountEdit edit = edit_override(ws, account, TierOverride{name, t.override_reason});
            if (!edit.ok()) {
                app.notify("Not changed: " + edit.problems[0].message, true);
            } else {
                app.doc.set_account(std::move(edit.account), "Override tier of " + account.name);
                t.override_reason.clear();
            }
        }
        expose_item("tier/override/" + name);
    }
    ImGui::TreePop();
}

static void draw_moves(const char* title, const std::vector<ScoreMove>& moves, const std::vector<Criterion>& criteria,
                       const TierScheme& scheme) {
    if (moves.empty()) return;
    ImGui::TextUnformatted(title);
    for (const ScoreMove& m : moves) {
        const std::string from = m.from ? format_number(*m.from) : "no score";
        ImGui::Bullet();
        ImGui::TextWrapped("%s from %s to %s: %s", criteria[m.criterion].name.c_str(), from.c_str(), format_number(m.to).c_str(),
                           tier_name(scheme, m.tier).c_str());
    }
}

void draw_tier_explanation(AppState& app, const Account& account) {
    const Workspace& ws = app.doc.ws();
    const Scoring& scoring = current_scoring(app);
    const int index = ws.account_index(account.id);
    if (index < 0 || index >= (int)scoring.scores.size()) return;
    const AccountScore& score = scoring.scores[index];
    const AccountTier& tier = scoring.tiers[index];

    ImGui::TextUnformatted("Tier:");
    ImGui::SameLine();
    tier_badge(ws.tier_scheme, tier);
    expose_text("profile/tier", tier_name(ws.tier_scheme, tier.effective));
    char total[96];
    if (score.has_total) std::snprintf(total, sizeof total, "Score %.1f of 100, rank %d of %d", score.total, scoring.rank[index], (int)ws.accounts.size());
    else std::snprintf(total, sizeof total, "No total: %d scores missing", score.missing);
    next_in_toolbar(ImGui::CalcTextSize(total).x + em(2));
    if (score.has_total) ImGui::TextUnformatted(total);
    else ImGui::TextDisabled("%s", total);
    if (score.has_total && score.missing > 0) {
        ImGui::SameLine();
        ImGui::TextColored(vec4(palette().warning), "(%d missing)", score.missing);
    }
    if (tier.overridden && tier.computed != tier.effective)
        ImGui::TextDisabled("By its score it would be %s.", tier_name(ws.tier_scheme, tier.computed).c_str());
    draw_override(app, account, tier);

    if (!ImGui::TreeNodeEx("Why this tier", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const TierExplanation e = explain_tier(ws.criteria, ws.tier_scheme, account);
    // A bar per criterion: its full length is what the criterion could give at the top score (its share
    // of 100), the filled part what it gives now; full lengths are to one scale across criteria.
    double widest = 0;
    for (const Contribution& c : e.contributions) widest = std::max(widest, c.share);
    // A table, so that in a narrow window the names and figures wrap instead of running off.
    if (ImGui::BeginTable("why", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("criterion", ImGuiTableColumnFlags_WidthStretch, 14);
        ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthFixed, em(12.5f));
        ImGui::TableSetupColumn("points", ImGuiTableColumnFlags_WidthStretch, 16);
        for (size_t i = 0; i < ws.criteria.size(); i++) {
            const Contribution& c = e.contributions[i];
            ImGui::PushID((int)i);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", ws.criteria[i].name.c_str());
            ImGui::TableNextColumn();
            const float width = widest > 0 ? std::max(em(0.5f), em(12) * (float)(c.share / widest)) : em(0.5f);
            ImGui::ProgressBar(c.share > 0 ? (float)(c.points / (c.share * 100)) : 0.0f, ImVec2(width, ImGui::GetTextLineHeight()), "");
            ImGui::TableNextColumn();
            if (c.score) ImGui::TextWrapped("%.1f of %.0f points (score %g)", c.points, c.share * 100, *c.score);
            else note("no score%s", c.share > 0 && e.score.has_total ? ": counts as 0" : "");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (e.points_to_tier_up)
        ImGui::Text("%.1f points short of %s.", *e.points_to_tier_up,
                    tier_name(ws.tier_scheme, tier.computed < 0 ? (int)ws.tier_scheme.tiers.size() - 1 : tier.computed - 1).c_str());
    else if (score.has_total && tier.computed == 0)
        ImGui::TextUnformatted("In the top tier.");
    if (e.points_above_floor)
        ImGui::Text("%.1f points above the threshold of %s.", *e.points_above_floor, tier_name(ws.tier_scheme, tier.computed).c_str());
    draw_moves("Would move it up:", e.moves_up, ws.criteria, ws.tier_scheme);
    draw_moves("Would move it down:", e.moves_down, ws.criteria, ws.tier_scheme);
    ImGui::TreePop();
}

}  // namespace kam::ui

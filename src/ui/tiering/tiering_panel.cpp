// KAM Canvas: the Tiering tab: accounts per tier with the top-tier capacity check, the what-if switch
// with its movers (who would change tier, up and down, before anything is committed), and the views:
// scoring grid, criteria, tiers, portfolio matrix.
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace kam::ui {

static void draw_tier_counts(AppState& app) {
    const TierScheme& scheme = edited_scheme(app);
    const Scoring& scoring = edited_scoring(app);
    for (size_t i = 0; i < scheme.tiers.size() && i < scoring.tier_counts.size(); i++) {
        const std::string count = scheme.tiers[i].name + " " + std::to_string(scoring.tier_counts[i]);
        if (i > 0) next_in_toolbar(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(count.c_str()).x);
        tier_swatch(&scheme.tiers[i]);
        ImGui::TextUnformatted(count.c_str());
        expose_text("tiering/count/" + scheme.tiers[i].name, std::to_string(scoring.tier_counts[i]));
    }
    const std::string untiered = "no tier " + std::to_string(scoring.untiered);
    next_in_toolbar(ImGui::CalcTextSize(untiered.c_str()).x);
    ImGui::TextDisabled("%s", untiered.c_str());
    if (const int excess = top_tier_excess(scheme, scoring); excess > 0) {
        const std::string warning = std::to_string(scoring.tier_counts[0]) + " " + scheme.tiers[0].name +
                                    " accounts: " + std::to_string(excess) + " more than the team can serve (" +
                                    std::to_string(scheme.top_tier_capacity) + ")";
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().error));
        ImGui::TextWrapped("%s", warning.c_str());
        ImGui::PopStyleColor();
        expose_text("tiering/capacity_warning", warning);
    }
}

static void draw_movers_list(AppState& app, const char* title, const std::vector<TierMove>& moves,
                             const TierScheme& from_scheme, const TierScheme& to_scheme) {
    const Workspace& ws = app.doc.ws();
    ImGui::Text("%s (%d)", title, (int)moves.size());
    for (const TierMove& m : moves) {
        const Account& a = ws.accounts[m.account];
        const std::string line = a.name + ": " + tier_name(from_scheme, m.from) + " \xE2\x86\x92 " + tier_name(to_scheme, m.to);
        if (ImGui::Selectable(line.c_str(), a.id == app.selected_account)) app.selected_account = a.id;
        expose_item("whatif/mover/" + a.name);
        expose_text("whatif/mover/" + a.name, line);
    }
}

static void draw_what_if(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const TierDiff diff = diff_tiers(current_scoring(app), edited_scoring(app));
    ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().info));
    ImGui::TextWrapped("What-if: edit weights and thresholds below; nothing is saved until you apply.");
    ImGui::PopStyleColor();
    if (ImGui::Button("Apply")) apply_what_if(app);
    expose_item("whatif/apply");
    ImGui::SameLine();
    if (ImGui::Button("Discard")) end_what_if(app);
    expose_item("whatif/discard");
    if (!app.tiering.what_if) return;
    if (ImGui::BeginChild("movers", ImVec2(0, em(7)), ImGuiChildFlags_Border)) {
        if (diff.up.empty() && diff.down.empty()) ImGui::TextDisabled("No account would change tier.");
        if (ImGui::BeginTable("movers", 2)) {
            ImGui::TableNextColumn();
            draw_movers_list(app, "Would move up", diff.up, ws.tier_scheme, edited_scheme(app));
            ImGui::TableNextColumn();
            draw_movers_list(app, "Would move down", diff.down, ws.tier_scheme, edited_scheme(app));
            ImGui::EndTable();
        }
    }
    ImGui::EndChild();
}

void draw_tiering(AppState& app) {
    draw_tier_counts(app);
    next_in_toolbar(ImGui::GetFrameHeight() + ImGui::CalcTextSize("What-if (?)").x + em(1));
    bool what_if = app.tiering.what_if;
    if (ImGui::Checkbox("What-if", &what_if)) {
        if (what_if) begin_what_if(app);
        else end_what_if(app);
    }
    expose_item("tiering/what_if");
    help_marker("Try other weights and thresholds: see which accounts would change tier before you commit.");
    if (app.tiering.what_if) draw_what_if(app);

    if (!ImGui::BeginTabBar("tiering_views")) return;
    struct View {
        const char* name;
        const char* exposed;
        void (*draw)(AppState&);
    };
    static constexpr View kViews[] = {{"Scores", "tab/tiering/scores", draw_scoring_grid},
                                      {"Criteria", "tab/tiering/criteria", draw_criteria_editor},
                                      {"Tiers", "tab/tiering/tiers", draw_tier_scheme_editor},
                                      {"Portfolio matrix", "tab/tiering/matrix", draw_portfolio_matrix}};
    for (const View& view : kViews) {
        const bool open = ImGui::BeginTabItem(view.name);
        expose_item(view.exposed);
        if (open) {
            view.draw(app);
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
}

}  // namespace kam::ui

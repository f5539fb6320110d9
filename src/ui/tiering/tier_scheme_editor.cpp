// KAM Canvas: the tier scheme: ordered tiers with a name, a colour and the total needed to reach each;
// presets to start from; what a missing score counts as; and how many top-tier accounts the team can
// serve. With what-if on, the edits go to the draft (see tiering_common.h).
#include "ui/test_hooks.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace kam::ui {

static void draw_presets(TierScheme& scheme, std::string& label) {
    ImGui::SetNextItemWidth(em(22));
    if (ImGui::BeginCombo("##preset", "Start from a preset...")) {
        for (const TierPreset& preset : tier_presets()) {
            const std::string name(preset.name);
            if (ImGui::Selectable(name.c_str())) {
                scheme.tiers = preset.tiers;
                label = "Use tier preset " + name;
            }
            expose_item("tiers/preset/" + name);
        }
        ImGui::EndCombo();
    }
    expose_item("tiers/preset");
}

void draw_tier_scheme_editor(AppState& app) {
    TierScheme scheme = edited_scheme(app);   // edit a copy; commit once below
    FieldEdits edits;
    std::string label;
    ImGui::TextWrapped("Tiers from the best down: an account takes the first tier whose threshold its total "
                       "(0..100) reaches. Pick a preset, then edit it.");
    draw_presets(scheme, label);
    ImGui::SameLine();
    if (ImGui::Button("+ Add tier")) {
        // The new tier goes at the bottom from 0; a bottom tier at 0 moves up to make room.
        const size_t n = scheme.tiers.size();
        if (n > 0 && scheme.tiers[n - 1].min_score <= 0) scheme.tiers[n - 1].min_score = (n > 1 ? scheme.tiers[n - 2].min_score : 100) / 2;
        scheme.tiers.push_back({"Tier " + std::to_string(n + 1), 0x808080FF, 0.0});
        label = "Add tier";
    }
    expose_item("tiers/add");

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("tiers", 4, flags)) {
        ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Colour", ImGuiTableColumnFlags_WidthFixed, em(3));
        ImGui::TableSetupColumn("Minimum total", ImGuiTableColumnFlags_WidthFixed, em(8));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(5));
        ImGui::TableHeadersRow();
        int remove = -1;
        for (int i = 0; i < (int)scheme.tiers.size(); i++) {
            Tier& t = scheme.tiers[i];
            const std::string n = std::to_string(i);
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##name", t.name, "Name");
            expose_item("tiers/name/" + n);
            edits.track("tier name");
            ImGui::TableNextColumn();
            if (color_palette("colour", t.color)) edits.mark("tier colour");
            expose_item("tiers/colour/" + n);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputDouble("##min", &t.min_score, 0, 0, "%.4g");
            expose_item("tiers/min/" + n);
            edits.track("threshold");
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Remove")) remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove >= 0) {
            label = "Remove tier " + scheme.tiers[remove].name;
            scheme.tiers.erase(scheme.tiers.begin() + remove);
        }
    }

    ImGui::SeparatorText("Rules");
    ImGui::SetNextItemWidth(em(22));
    int missing = (int)scheme.missing;
    if (ImGui::BeginCombo("Missing scores", std::string(kMissingScoresLabels[missing]).c_str())) {
        for (int m = 0; m < (int)MissingScores::COUNT; m++)
            if (ImGui::Selectable(std::string(kMissingScoresLabels[m]).c_str(), m == missing) && m != missing) {
                scheme.missing = (MissingScores)m;
                edits.mark("missing-score rule");
            }
        ImGui::EndCombo();
    }
    help_marker("Never silent: accounts with missing scores show how many are missing in the grid.");
    ImGui::SetNextItemWidth(em(8));
    ImGui::InputInt("Top-tier capacity", &scheme.top_tier_capacity);
    expose_item("tiers/capacity");
    edits.track("top-tier capacity");
    help_marker("How many top-tier accounts the team can serve well; 0 = no limit. A warning shows when more "
                "accounts are in the top tier.");

    const bool all_named = std::all_of(scheme.tiers.begin(), scheme.tiers.end(), [](const Tier& t) { return !t.name.empty(); });
    if (!label.empty()) {
        commit_selection(app, edited_criteria(app), std::move(scheme), label);
        app.doc.seal();
    } else if (edits.changed && all_named) {
        commit_selection(app, edited_criteria(app), std::move(scheme), "Edit " + edits.field, "tiers/" + edits.field);
    }
    if (edits.deactivated) app.doc.seal();
}

}  // namespace kam::ui

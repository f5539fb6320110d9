// KAM Canvas: the selection criteria: add, rename, describe, reorder, remove; a weight each (shown as
// its share of 100%), the axis of the portfolio matrix it feeds, and an optional scoring guide.
// With what-if on, the edits go to the draft (see tiering_common.h).
#include "ui/test_hooks.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace kam::ui {

// The guide of one criterion: what a 1, a 5 and a 10 mean.
static void draw_guide(Criterion& c, FieldEdits& edits) {
    if (!ImGui::TreeNode("guide", "Scoring guide%s", c.guide_low.empty() && c.guide_mid.empty() && c.guide_high.empty() ? "" : " *"))
        return;
    ImGui::SetNextItemWidth(-FLT_MIN);
    input_text("##low", c.guide_low, "What a 1 means");
    edits.track("scoring guide");
    ImGui::SetNextItemWidth(-FLT_MIN);
    input_text("##mid", c.guide_mid, "What a 5 means");
    edits.track("scoring guide");
    ImGui::SetNextItemWidth(-FLT_MIN);
    input_text("##high", c.guide_high, "What a 10 means");
    edits.track("scoring guide");
    ImGui::TreePop();
}

void draw_criteria_editor(AppState& app) {
    std::vector<Criterion> criteria = edited_criteria(app);   // edit a copy; commit once below
    const std::vector<double> shares = weight_shares(criteria);
    FieldEdits edits;
    std::string label;   // a structural change (add, move, remove) names itself here
    ImGui::TextWrapped("What makes an account key for us. Weights are shown as shares of 100%%; an account that "
                       "misses one criterion can make up for it on the others.");
    if (ImGui::Button("+ Add criterion")) {
        Criterion c;
        c.id = app.doc.new_id('k');
        c.name = "New criterion";
        criteria.push_back(c);
        label = "Add criterion";
    }
    expose_item("criteria/add");

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("criteria", 6, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Criterion", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Axis", ImGuiTableColumnFlags_WidthFixed, em(9));
        ImGui::TableSetupColumn("Weight", ImGuiTableColumnFlags_WidthFixed, em(6));
        ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed, em(4));
        ImGui::TableSetupColumn("Description and guide", ImGuiTableColumnFlags_WidthStretch, 6);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(9));
        ImGui::TableHeadersRow();
        int move_from = -1, move_to = -1, remove = -1;
        for (int i = 0; i < (int)criteria.size(); i++) {
            Criterion& c = criteria[i];
            const std::string n = std::to_string(i);
            ImGui::PushID(c.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##name", c.name, "Name");
            expose_item("criteria/name/" + n);
            edits.track("criterion name");

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            int axis = (int)c.axis;
            const char* axes[] = {"Attractiveness", "Our strength"};
            if (ImGui::Combo("##axis", &axis, axes, 2)) {
                c.axis = (Axis)axis;
                edits.mark("axis");
            }

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputDouble("##weight", &c.weight, 0, 0, "%.4g");
            expose_item("criteria/weight/" + n);
            edits.track("weight");

            ImGui::TableNextColumn();
            ImGui::Text("%.0f%%", shares[i] * 100);
            expose_text("criteria/share/" + n, std::to_string((int)std::lround(shares[i] * 100)));

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##description", c.description, "What it measures");
            edits.track("description");
            draw_guide(c, edits);

            ImGui::TableNextColumn();
            ImGui::BeginDisabled(i == 0);
            if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move_from = i, move_to = i - 1;
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(i + 1 == (int)criteria.size());
            if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move_from = i, move_to = i + 1;
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (ImGui::SmallButton("Remove")) remove = i;
            expose_item("criteria/remove/" + n);
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (move_from >= 0) {
            std::swap(criteria[move_from], criteria[move_to]);
            label = "Reorder criteria";
        }
        if (remove >= 0) {
            label = "Remove criterion " + criteria[remove].name;
            criteria.erase(criteria.begin() + remove);
        }
    }

    // A name is not committed while empty (the field shows it; the last name comes back).
    const bool all_named = std::all_of(criteria.begin(), criteria.end(), [](const Criterion& c) { return !c.name.empty(); });
    if (!label.empty()) {
        commit_selection(app, std::move(criteria), edited_scheme(app), label);
        app.doc.seal();
    } else if (edits.changed && all_named) {
        commit_selection(app, std::move(criteria), edited_scheme(app), "Edit " + edits.field, "criteria/" + edits.field);
    }
    if (edits.deactivated) app.doc.seal();
}

}  // namespace kam::ui

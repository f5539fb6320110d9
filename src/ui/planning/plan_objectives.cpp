// KAM Canvas: the plan's objectives: what kind, measured how (start, target, now: a progress
// bar), by when, whose, and how it goes. Overdue ones are flagged.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

namespace kam::ui {

static void draw_row(AppState& app, const Account& a, size_t i, const std::string& today) {
    Objective o = a.plan.objectives[i];
    const std::string key = "plan/objective/" + std::to_string(i);
    FieldEdits edits;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (app.plan_view.scroll_to_objective == o.id) {   // a SWOT link led here
        ImGui::SetScrollHereY(0.3f);
        ImGui::SetKeyboardFocusHere();
        app.plan_view.scroll_to_objective.clear();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##text", "what we want to reach", &o.text);
    edits.track("text");
    expose_item(key + "/text");
    ImGui::SetItemTooltip("%s objective", std::string(kObjectiveKindLabels[(int)o.kind]).c_str());
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##measure", "measured as", &o.measure);
    edits.track("measure");
    for (auto [label, value] : {std::pair{"##start", &o.start}, {"##target", &o.target}, {"##current", &o.current}}) {
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputDouble(label, value, 0, 0, "%g");
        edits.track(label + 2);
        expose_item(key + "/" + (label + 2));
    }
    ImGui::TableNextColumn();
    const double progress = objective_progress(o);
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f%%", progress * 100);
    ImGui::ProgressBar((float)progress, ImVec2(-FLT_MIN, 0), percent);
    expose_text(key + "/progress", percent);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool overdue = is_overdue(o, today);
    if (date_field(app, "##due", o.due, overdue ? "Overdue: past its due date and not achieved" : nullptr)) edits.mark("due");
    expose_item(key + "/due");
    if (overdue) expose_text(key + "/overdue", "overdue");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (person_combo("##owner", o.owner, app.doc.ws())) edits.mark("owner");
    expose_item(key + "/owner");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (enum_combo("##status", o.status, kObjectiveStatusLabels)) edits.mark("status");
    expose_item(key + "/status");
    ImGui::TableNextColumn();
    // Kind and who sees it: set once, so they wait behind "..." and leave the room to the texts.
    if (ImGui::SmallButton("...")) ImGui::OpenPopup("options");
    ImGui::SetItemTooltip("Kind, and whether the customer sees it");
    expose_item(key + "/options");
    if (ImGui::BeginPopup("options")) {
        ImGui::SetNextItemWidth(em(12));
        if (enum_combo("Kind", o.kind, kObjectiveKindLabels)) edits.mark("kind");
        expose_item("plan/objective_options/kind");
        ImGui::SetNextItemWidth(em(12));
        if (enum_combo("Customer sees it", o.visibility, kVisibilityLabels)) edits.mark("visibility");
        ImGui::EndPopup();
    }
    ImGui::TableNextColumn();
    const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
    if (edits.changed)
        edit_plan(app, a, "Edit objective " + edits.field, key + "/" + edits.field, [&](Plan& p) { p.objectives[i] = o; });
    if (edits.deactivated) app.doc.seal();
    if (remove) {
        // Its actions stay, serving no objective; links to it go.
        edit_plan(app, a, "Remove objective", "", [&](Plan& p) {
            for (Action& action : p.actions)
                if (action.objective == o.id) action.objective.clear();
            for (auto* list : p.swot_lists())
                for (SwotItem& item : *list)
                    if (item.link == ItemLink::Objective && item.target == o.id) item.unlink();
            p.objectives.erase(p.objectives.begin() + i);
        });
    }
}

// New objectives, owned by the account manager; the team's standing objectives are about the relationship.
static void add_objectives(AppState& app, const Account& a, const std::vector<std::string>& texts, ObjectiveKind kind) {
    const Visibility visibility = new_item_visibility(app);
    Account copy = a;
    for (const std::string& text : texts) {
        Objective o;
        o.id = app.doc.new_id('o');
        o.text = text;
        o.kind = kind;
        o.owner = a.manager;
        o.visibility = visibility;
        copy.plan.objectives.push_back(std::move(o));
    }
    app.doc.set_account(std::move(copy), texts.size() == 1 ? "Add objective" : "Add the account team's objectives");
}

void draw_plan_objectives(AppState& app, const Account& a, const std::string& today) {
    const std::vector<int> rows = shown_rows(app, a.plan.objectives, PlanList::Objectives);
    if (!rows.empty()) {
        if (begin_list_table("objectives", 11, rows.size(), 14)) {
            // The texts share what the fixed columns leave, so all of it fits a laptop screen.
            ImGui::TableSetupColumn("Objective", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Start", ImGuiTableColumnFlags_WidthFixed, em(3));
            ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, em(3));
            ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthFixed, em(3));
            ImGui::TableSetupColumn("Progress", ImGuiTableColumnFlags_WidthFixed, em(4));
            ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, em(6));
            ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
            ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.5f));
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.2f));
            ImGui::TableHeadersRow();
            const auto draw = [&](int i) {
                if ((size_t)i >= a.plan.objectives.size()) return;   // a row above removed itself this frame
                ImGui::PushID(i);
                draw_row(app, a, (size_t)i, today);
                ImGui::PopID();
            };
            if (!app.plan_view.scroll_to_objective.empty()) {   // a link asks for a row: build all, to scroll to it
                for (int i : rows) draw(i);
            } else {
                ImGuiListClipper clipper;   // only the rows in view
                clipper.Begin((int)rows.size());
                while (clipper.Step())
                    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; r++) draw(rows[r]);
            }
            ImGui::EndTable();
        }
    }
    if (ImGui::SmallButton("+ Objective")) add_objectives(app, a, {""}, ObjectiveKind::Revenue);
    expose_item("plan/objective/add");
    const char* standard = "Start from the account team's objectives";
    next_in_toolbar(ImGui::CalcTextSize(standard).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::SmallButton("Start from the account team's objectives")) add_objectives(app, a, standard_team_objectives(), ObjectiveKind::Relationship);
    expose_item("plan/objective/standard");
    ImGui::SameLine();
    help_marker("Adds the standing objectives of an account team as starting items, to edit or remove.");
}

}  // namespace kam::ui

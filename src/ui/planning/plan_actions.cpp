// KAM Canvas: the plan's actions: each serves an objective (or none), has an owner, a due date
// and a status, and the date it was done. Overdue ones are flagged.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

namespace kam::ui {

static bool objective_combo(const char* label, Id& value, const Plan& plan) {
    return id_combo(label, value, plan.objectives, "(none)", [](const Objective& o) { return o.text; }, [](const Objective&) { return ""; });
}

static void draw_row(AppState& app, const Account& a, size_t i, const std::string& today) {
    Action action = a.plan.actions[i];
    const std::string key = "plan/action/" + std::to_string(i);
    FieldEdits edits;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##text", "what is to be done", &action.text);
    edits.track("text");
    expose_item(key + "/text");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (objective_combo("##objective", action.objective, a.plan)) edits.mark("objective");
    expose_item(key + "/objective");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (person_combo("##owner", action.owner, app.doc.ws())) edits.mark("owner");
    expose_item(key + "/owner");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool overdue = is_overdue(action, today);
    if (date_field(app, "##due", action.due, overdue ? "Overdue: past its due date and not done" : nullptr)) edits.mark("due");
    expose_item(key + "/due");
    if (overdue) expose_text(key + "/overdue", "overdue");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const ActionStatus was = action.status;
    if (enum_combo("##status", action.status, kActionStatusLabels)) {
        edits.mark("status");
        // Done now: the date is today's unless the user gives another.
        if (action.status == ActionStatus::Done && was != ActionStatus::Done && action.done_on.empty()) action.done_on = today;
        if (action.status != ActionStatus::Done) action.done_on.clear();
    }
    expose_item(key + "/status");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (action.status == ActionStatus::Done) {
        if (date_field(app, "##done_on", action.done_on)) edits.mark("done on");
    }
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (enum_combo("##visibility", action.visibility, kVisibilityLabels)) edits.mark("visibility");
    ImGui::TableNextColumn();
    const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
    if (edits.changed)
        edit_plan(app, a, "Edit action " + edits.field, key + "/" + edits.field, [&](Plan& p) { p.actions[i] = action; });
    if (edits.deactivated) app.doc.seal();
    if (remove) edit_plan(app, a, "Remove action", "", [&](Plan& p) { p.actions.erase(p.actions.begin() + i); });
}

void draw_plan_actions(AppState& app, const Account& a, const std::string& today) {
    const std::vector<int> rows = shown_rows(app, a.plan.actions, PlanList::Actions);
    if (!rows.empty()) {
        if (begin_list_table("actions", 8, rows.size(), 16)) {
            ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("For objective", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthFixed, em(7));
            ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
            ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(6));
            ImGui::TableSetupColumn("Done on", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
            ImGui::TableSetupColumn("Customer", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.2f));
            ImGui::TableHeadersRow();
            ImGuiListClipper clipper;   // a plan of a thousand actions builds only the rows in view
            clipper.Begin((int)rows.size());
            while (clipper.Step()) {
                for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; r++) {
                    const int i = rows[r];
                    if ((size_t)i >= a.plan.actions.size()) break;   // a row above removed itself this frame
                    ImGui::PushID(i);
                    draw_row(app, a, (size_t)i, today);
                    ImGui::PopID();
                }
            }
            ImGui::EndTable();
        }
    }
    if (ImGui::SmallButton("+ Action")) {
        edit_plan(app, a, "Add action", "", [&](Plan& p) {
            Action action;
            action.owner = a.manager;
            action.visibility = new_item_visibility(app);
            p.actions.push_back(std::move(action));
        });
    }
    expose_item("plan/action/add");
}

}  // namespace kam::ui

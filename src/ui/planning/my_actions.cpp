// KAM Canvas: "My actions": one person's actions across every account, soonest due first, with
// overdue ones flagged; the status can be changed here, and a click opens the account's plan.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include <chrono>

namespace kam::ui {

static const std::vector<ActionRef>& listed_actions(AppState& app) {
    PlanView& v = app.plan_view;
    if (v.my_actions_revision != app.doc.revision() || v.my_actions_listed_for != v.my_actions_person ||
        v.my_actions_listed_finished != v.my_actions_finished) {
        const auto start = std::chrono::steady_clock::now();
        v.my_actions = actions_of(app.doc.ws(), v.my_actions_person, v.my_actions_finished);
        v.my_actions_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        v.my_actions_revision = app.doc.revision();
        v.my_actions_listed_for = v.my_actions_person;
        v.my_actions_listed_finished = v.my_actions_finished;
    }
    return v.my_actions;
}

static void draw_row(AppState& app, const ActionRef& ref, const std::string& today) {
    const Account& a = app.doc.ws().accounts[ref.account];
    const Action& action = a.plan.actions[ref.action];
    const std::string key = "my_actions/" + std::to_string(ref.account) + "/" + std::to_string(ref.action);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::Selectable(a.name.c_str(), false, ImGuiSelectableFlags_AllowOverlap)) {
        app.selected_account = a.id;
        app.request_tab = "Plan";
    }
    expose_item(key + "/account");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(action.text.empty() ? "(no text)" : action.text.c_str());
    expose_text(key + "/text", action.text);
    ImGui::TableNextColumn();
    if (const Objective* o = a.plan.find_objective(action.objective)) ImGui::TextUnformatted(o->text.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(action.due.empty() ? "-" : action.due.c_str());
    if (is_overdue(action, today)) {
        flag("overdue");
        expose_text(key + "/overdue", "overdue");
    }
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ActionStatus status = action.status;
    if (enum_combo("##status", status, kActionStatusLabels)) {
        const int index = ref.action;
        edit_plan(app, a, "Change action status", "", [&](Plan& p) {
            Action& changed = p.actions[index];
            if (status == ActionStatus::Done && changed.done_on.empty()) changed.done_on = today;
            if (status != ActionStatus::Done) changed.done_on.clear();
            changed.status = status;
        });
    }
    expose_item(key + "/status");
}

void draw_my_actions(AppState& app) {
    const Workspace& ws = app.doc.ws();
    PlanView& v = app.plan_view;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Actions of");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(14));
    person_combo("##person", v.my_actions_person, ws, "(choose a person)");
    expose_item("my_actions/person");
    next_in_toolbar(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("Also done and cancelled").x);
    ImGui::Checkbox("Also done and cancelled", &v.my_actions_finished);
    expose_item("my_actions/finished");
    if (v.my_actions_person.empty()) {
        note("Choose one of our people to see their actions in every account plan.");
        return;
    }
    const std::string today = app.host.today ? app.host.today() : "";
    const std::vector<ActionRef>& refs = listed_actions(app);
    int overdue = 0;
    for (const ActionRef& r : refs) overdue += is_overdue(ws.accounts[r.account].plan.actions[r.action], today);
    ImGui::Text("%zu actions, %d overdue", refs.size(), overdue);
    expose_text("my_actions/count", std::to_string(refs.size()));
    if (refs.empty()) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("my_actions", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("For objective", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, em(9));
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(7));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin((int)refs.size());
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            ImGui::PushID(i);
            draw_row(app, refs[i], today);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace kam::ui

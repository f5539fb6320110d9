// KAM Canvas: the investigation of one flagged month: what caused the deviation, who looks into
// it, and what we do about it. The action is an action of the account plan (it shows there and in
// My actions); when it is done the month turns green.
#include "ui/reviews/views.h"

#include "core/amount_text.h"
#include "core/reviews/investigation.h"
#include "ui/date_field.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

namespace kam::ui {

static void draw_action(AppState& app, const Account& a, const std::string& month) {
    const Action* linked = deviation_action(a.plan, month);
    Action action = linked ? *linked : Action{};
    const std::string key = "forecast/investigation/action/";
    FieldEdits edits;
    ImGui::SeparatorText("What we do about it (an action of the account plan)");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##action", "the action, e.g. \"Meet their buyer about the lost line\"", &action.text);
    edits.track("text");
    expose_item(key + "text");
    expose_text("forecast/investigation/action", linked ? linked->text : "");
    ImGui::SetNextItemWidth(em(10));
    if (person_combo("Owner##action", action.owner, app.doc.ws())) edits.mark("owner");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(7));
    if (date_field(app, "Due##action", action.due)) edits.mark("due");
    if (linked) {
        ImGui::SameLine();
        bool done = action.status == ActionStatus::Done;
        if (ImGui::Checkbox("Done", &done)) {
            action.status = done ? ActionStatus::Done : ActionStatus::Open;
            action.done_on = done && app.host.today ? app.host.today() : "";
            edits.mark("status");
        }
        expose_item(key + "done");
    }
    if (!edits.changed) return;
    // An action needs words: owner and due date alone say nothing in the plan.
    if (!linked && action.text.empty()) return;
    Account copy = a;
    set_deviation_action(copy, month, action.text, action.owner, action.due);
    for (Action& x : copy.plan.actions)
        if (x.deviation == month) x.status = action.status, x.done_on = action.done_on;
    app.doc.set_account(std::move(copy), "Edit the action on " + month, key + edits.field + "/" + a.id);
    if (edits.deactivated) app.doc.seal();
}

void draw_investigation(AppState& app, const Account& a, const MonthRow& row) {
    const Investigation* found = find_investigation(a, row.month);
    ImGui::SeparatorText(("Investigation of " + row.month).c_str());
    ImGui::TextWrapped("Forecast %s, actual %s%s.", row.forecast ? amount_text(*row.forecast).c_str() : "none",
                       row.actual ? amount_text(*row.actual).c_str() : "none",
                       row.deviation_percent ? (", off by " + std::to_string(static_cast<int>(*row.deviation_percent)) + "%").c_str() : "");
    if (!found) {
        ImGui::TextUnformatted("Every significant deviation is investigated: the customer appreciates the interest, and it may find what keeps the account.");
        if (ImGui::Button("Start the investigation")) {
            Account copy = a;
            Investigation inv;
            inv.month = row.month;
            inv.owner = a.manager;   // the accountable manager, until someone else takes it
            set_investigation(copy, std::move(inv));
            app.doc.set_account(std::move(copy), "Investigate " + row.month);
        }
        expose_item("forecast/investigation/start");
        return;
    }
    Investigation inv = *found;
    const std::string key = "forecast/investigation/";
    FieldEdits edits;
    ImGui::SetNextItemWidth(em(10));
    if (enum_combo("Cause", inv.cause, kDeviationCauseLabels)) edits.mark("cause");
    expose_item(key + "cause");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(10));
    if (person_combo("Investigated by", inv.owner, app.doc.ws())) edits.mark("owner");
    ImGui::SameLine();
    const bool remove = ImGui::SmallButton("Remove the investigation");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextMultiline("##explanation", &inv.explanation, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3.5f));
    edits.track("explanation");
    expose_item(key + "explanation");
    if (edits.changed) {
        Account copy = a;
        set_investigation(copy, inv);
        app.doc.set_account(std::move(copy), "Edit the investigation of " + row.month, key + edits.field + "/" + a.id);
    }
    if (edits.deactivated) app.doc.seal();
    if (remove) {
        Account copy = a;
        remove_investigation(copy, row.month);
        app.doc.set_account(std::move(copy), "Remove the investigation of " + row.month);
        return;
    }
    draw_action(app, a, row.month);
}

}  // namespace kam::ui

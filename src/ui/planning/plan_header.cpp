// KAM Canvas: the plan's header: its period and status, who drafted it, the team's agreement
// and the mentor's last review.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

namespace kam::ui {

// Each member of the account team can be marked as agreed, with the date.
static void draw_agreement(AppState& app, const Account& a, const std::string& today) {
    const Workspace& ws = app.doc.ws();
    ImGui::TextUnformatted("Agreed by the team");
    if (a.team.empty()) ImGui::TextDisabled("No account team yet: choose it in the Account tab.");
    for (const Id& member : a.team) {
        const Person* person = ws.find_person(member);
        if (!person) continue;
        const Agreement* agreement = agreement_of(a.plan, member);
        bool agreed = agreement != nullptr;
        ImGui::PushID(member.c_str());
        if (ImGui::Checkbox(person->name.c_str(), &agreed)) {
            edit_plan(app, a, agreed ? "Agree to the plan" : "Withdraw agreement", "", [&](Plan& p) {
                if (agreed) p.agreed.push_back({member, today});
                else std::erase_if(p.agreed, [&](const Agreement& x) { return x.person == member; });
            });
        }
        expose_item("plan/agreed/" + person->name);
        if (agreement && !agreement->date.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("on %s", agreement->date.c_str());
        }
        ImGui::PopID();
    }
}

// The stage and relationship level now, and how they got there: each change with its date and a note.
static void draw_history(AppState& app, const Account& a) {
    Account copy = a;
    FieldEdits edits;
    ImGui::PushItemWidth(em(14));
    draw_stage_and_level(app, copy, edits);
    ImGui::PopItemWidth();
    if (edits.changed) app.doc.set_account(std::move(copy), "Change " + edits.field);
    const std::vector<TimelineEvent> timeline = account_timeline(a);
    if (timeline.empty() || !ImGui::TreeNode("history", "Stage and relationship over time (%zu changes)", timeline.size())) return;
    for (const TimelineEvent& e : timeline) {
        ImGui::PushID(e.is_stage ? e.index : -1 - e.index);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%s  %s", e.date.c_str(), e.what.c_str());
        ImGui::SameLine(em(22));
        std::string note = e.is_stage ? a.stage_history[e.index].note : a.level_history[e.index].note;
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::InputTextWithHint("##note", "why it changed", &note)) {
            Account changed = a;
            (e.is_stage ? changed.stage_history[e.index].note : changed.level_history[e.index].note) = note;
            app.doc.set_account(std::move(changed), "Edit the note of a change", "history/" + std::to_string(e.is_stage) + "/" + std::to_string(e.index));
        }
        seal_when_left(app);
        ImGui::PopID();
    }
    ImGui::TreePop();
}

void draw_plan_header(AppState& app, const Account& a, const std::string& today) {
    const Workspace& ws = app.doc.ws();
    const Plan& plan = a.plan;
    ImGui::PushItemWidth(em(14));
    std::string period = plan.period;
    if (ImGui::InputTextWithHint("Plan period", "e.g. FY 2027", &period))
        edit_plan(app, a, "Edit plan period", "plan/period", [&](Plan& p) { p.period = period; });
    seal_when_left(app);
    expose_item("plan/period");
    std::string valid_until = plan.valid_until;
    const bool expired = plan_expired(plan, today);
    if (date_field(app, "Valid until", valid_until, expired ? "The plan has expired" : nullptr))
        edit_plan(app, a, "Edit valid until", "plan/valid_until", [&](Plan& p) { p.valid_until = valid_until; });
    expose_item("plan/valid_until");
    if (expired) {
        flag("expired: review and renew the plan");
        expose_text("plan/expired", "expired");
    }
    PlanStatus status = plan.status;
    if (enum_combo("Status", status, kPlanStatusLabels))
        edit_plan(app, a, "Change plan status", "", [&](Plan& p) { p.status = status; });
    expose_item("plan/status");
    ImGui::PopItemWidth();

    const Person* manager = ws.find_person(a.manager);
    ImGui::Text("Drafted by %s", manager ? manager->name.c_str() : "nobody yet");
    if (customer_safe(app)) return;   // the team's agreement, the history and the mentor are the team's own
    if (!manager) {
        ImGui::SameLine();
        ImGui::TextDisabled("(choose the account manager in the Account tab)");
    }
    draw_agreement(app, a, today);
    draw_history(app, a);

    const Person* mentor = ws.find_person(a.mentor);
    const std::string reviewed = last_mentor_review(a);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Mentor %s: %s", mentor ? mentor->name.c_str() : "(none)",
                reviewed.empty() ? "has not reviewed the plan yet" : ("last reviewed it on " + reviewed).c_str());
    expose_text("plan/mentor_review", reviewed);
    if (mentor && !today.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Record a review today")) {
            Account copy = a;
            copy.reviews.push_back({today, ReviewKind::Mentor, a.mentor, ""});
            app.doc.set_account(std::move(copy), "Record the mentor's review");
        }
        expose_item("plan/record_mentor_review");
    }
}

}  // namespace kam::ui

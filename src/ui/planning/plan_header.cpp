// KAM Canvas: the plan's header: its period and status, who drafted it, the team's agreement
// and the mentor's last review.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/dates.h"
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
    if (a.team.empty()) note("No account team yet: choose it in the Account tab.");
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

// The timeline drawn: a lane for the stage and one for the relationship level, a coloured span
// per period from one change to the next, and months (or quarters, or years) below. A span's
// tooltip says what it was, from when to when, and why it changed.
static void draw_timeline_chart(const Account& a, const std::string& today) {
    const TimelineChart chart = timeline_chart(a, today);
    if (chart.empty()) return;
    // Stages in blues that deepen as the relationship matures; levels in greens, breaking apart in vermillion.
    static const ImU32 kStageColors[] = {IM_COL32(198, 219, 239, 255), IM_COL32(158, 202, 225, 255), IM_COL32(107, 174, 214, 255),
                                         IM_COL32(66, 146, 198, 255), IM_COL32(33, 113, 181, 255)};
    static const ImU32 kLevelColors[] = {IM_COL32(199, 233, 192, 255), IM_COL32(161, 217, 155, 255), IM_COL32(116, 196, 118, 255),
                                         IM_COL32(65, 171, 93, 255), IM_COL32(35, 139, 69, 255), IM_COL32(213, 94, 0, 255)};
    const float lane = ImGui::GetFrameHeight(), gap = em(0.25f), label_width = em(6.5f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(em(14), ImGui::GetContentRegionAvail().x);
    ImGui::InvisibleButton("timeline", ImVec2(width, lane * 2 + gap + ImGui::GetTextLineHeightWithSpacing() + em(0.3f)));
    expose_item("plan/timeline");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x0 = origin.x + label_width, x1 = origin.x + width - em(0.5f);
    const auto x_of = [&](long day) { return x0 + (x1 - x0) * float(day - chart.first) / float(std::max(1L, chart.last - chart.first)); };
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    struct Lane {
        const char* title;
        const std::vector<TimelineSpan>& spans;
        bool is_stage;
    };
    for (int i = 0; i < 2; i++) {
        const Lane l = i == 0 ? Lane{"Stage", chart.stages, true} : Lane{"Relationship", chart.levels, false};
        const float y = origin.y + i * (lane + gap);
        dl->AddText(ImVec2(origin.x, y + ImGui::GetStyle().FramePadding.y), ink, l.title);
        for (const TimelineSpan& s : l.spans) {
            const ImVec2 min(x_of(s.from), y), max(std::max(x_of(s.to), x_of(s.from) + 2), y + lane);
            dl->AddRectFilled(min, max, l.is_stage ? kStageColors[s.value % 5] : kLevelColors[s.value % 6], em(0.2f));
            dl->AddRect(min, max, IM_COL32(255, 255, 255, 255), em(0.2f));
            const std::string what(l.is_stage ? kStageLabels[(size_t)s.value % kStageLabels.size()] : kPartnershipLevelLabels[(size_t)s.value % kPartnershipLevelLabels.size()]);
            const ImVec4 clip(min.x + em(0.3f), min.y, max.x - em(0.3f), max.y);
            dl->AddText(nullptr, 0, ImVec2(clip.x, y + ImGui::GetStyle().FramePadding.y), IM_COL32(20, 20, 20, 255), what.c_str(), nullptr, 0, &clip);
            if (ImGui::IsItemHovered() && mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y) {
                const std::string& note = l.is_stage ? a.stage_history[s.index].note : a.level_history[s.index].note;
                ImGui::SetTooltip("%s: %s\nfrom %s to %s%s%s", l.title, what.c_str(), date_of_day(s.from).c_str(),
                                  s.to == chart.last ? "today" : date_of_day(s.to).c_str(), note.empty() ? "" : "\n", note.c_str());
            }
        }
    }
    const float axis = origin.y + 2 * lane + gap + em(0.15f);
    float free_from = x0;   // a tick's label is drawn only where the one before it left room
    for (const TimelineTick& t : chart.ticks) {
        const float x = x_of(t.day);
        dl->AddLine(ImVec2(x, origin.y), ImVec2(x, axis), IM_COL32(128, 128, 128, 90));
        const float label_width = ImGui::CalcTextSize(t.label.c_str()).x;
        if (x < free_from || x + em(0.15f) + label_width > origin.x + width) continue;
        dl->AddText(ImVec2(x + em(0.15f), axis), faint, t.label.c_str());
        free_from = x + label_width + em(0.6f);
    }
}

// The stage and relationship level now, and how they got there: each change with its date and a note.
static void draw_history(AppState& app, const Account& a, const std::string& today) {
    Account copy = a;
    FieldEdits edits;
    ImGui::PushItemWidth(em(14));
    draw_stage_and_level(app, copy, edits);
    ImGui::PopItemWidth();
    if (edits.changed) app.doc.set_account(std::move(copy), "Change " + edits.field);
    draw_timeline_chart(a, today);
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
        row_note("(choose the account manager in the Account tab)");
    }
    draw_agreement(app, a, today);
    draw_history(app, a, today);

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
            Review review;
            review.date = today, review.kind = ReviewKind::Mentor, review.reviewer = a.mentor, review.plan_reviewed = true;
            copy.reviews.push_back(std::move(review));
            app.doc.set_account(std::move(copy), "Record the mentor's review");
        }
        expose_item("plan/record_mentor_review");
    }
}

}  // namespace kam::ui

// KAM Canvas: the Reviews tab: when each review of the account is next due (overdue ones in red),
// and the log of reviews held: executive reviews, the mentor's reviews of the long-term plan, the
// team's own, and joint planning with the customer. A decision can become an action of the plan.
#include "ui/reviews/views.h"

#include "core/reviews/review_schedule.h"
#include "ui/date_field.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <algorithm>
#include <numeric>

namespace kam::ui {

static std::string due_text(const ReviewDue& d) {
    if (d.last.empty()) return "never held";
    if (d.overdue) return "overdue by " + std::to_string(d.days_overdue) + (d.days_overdue == 1 ? " day" : " days");
    return "due " + d.due;
}

static void draw_schedule(AppState& app, const Account& a, const std::string& today) {
    const std::vector<ReviewDue> schedule = review_schedule(app.doc.ws(), a, today);
    if (schedule.empty()) {
        note("No review is scheduled for this account (Forecast > Currency, thresholds and review cadence).");
        return;
    }
    if (!ImGui::BeginTable("schedule", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("Review", 0, em(9));
    ImGui::TableSetupColumn("Every", 0, em(6));
    ImGui::TableSetupColumn("Last held", 0, em(6.5f));
    ImGui::TableSetupColumn("Next", 0, em(12));
    ImGui::TableHeadersRow();
    for (const ReviewDue& d : schedule) {
        const std::string key = "reviews/due/" + std::string(kReviewKindKeys[static_cast<size_t>(d.kind)]);
        ImGui::TableNextRow();
        if (d.overdue) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(240, 150, 140, 110));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(kReviewKindLabels[static_cast<size_t>(d.kind)]).c_str());
        ImGui::TableNextColumn();
        ImGui::Text(d.every_months == 1 ? "month" : "%d months", d.every_months);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.last.empty() ? "-" : d.last.c_str());
        ImGui::TableNextColumn();
        const std::string text = due_text(d);
        ImGui::TextUnformatted(text.c_str());
        expose_text(key, text);
    }
    ImGui::EndTable();
}

// Chosen ids as small buttons (a click removes one), and a combo that adds one of the others.
template <typename Item, typename Name>
static bool id_list(const char* label, std::vector<Id>& ids, const std::vector<Item>& items, Name name) {
    bool changed = false;
    ImGui::PushID(label);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    for (size_t i = 0; i < ids.size(); i++) {
        const auto it = std::find_if(items.begin(), items.end(), [&](const Item& x) { return x.id == ids[i]; });
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(((it != items.end() ? std::string(name(*it)) : ids[i]) + " \xE2\x9C\x95").c_str()))
            ids.erase(ids.begin() + static_cast<long>(i)), changed = true;
        ImGui::PopID();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(9));
    if (ImGui::BeginCombo("##add", "add...")) {
        for (const Item& item : items) {
            if (std::find(ids.begin(), ids.end(), item.id) != ids.end()) continue;
            ImGui::PushID(item.id.c_str());
            if (ImGui::Selectable(std::string(name(item)).c_str())) ids.push_back(item.id), changed = true;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return changed;
}

static bool has_action(const Plan& plan, const std::string& text) {
    return std::any_of(plan.actions.begin(), plan.actions.end(), [&](const Action& x) { return x.text == text; });
}

// One review of the log, edited in place.
static void draw_review(AppState& app, const Account& a, size_t i) {
    Review r = a.reviews[i];
    const std::string key = "reviews/" + std::to_string(i);
    FieldEdits edits;
    ImGui::SetNextItemWidth(em(7));
    if (date_field(app, "Date", r.date)) edits.mark("date");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(9));
    if (enum_combo("Kind", r.kind, kReviewKindLabels)) edits.mark("kind");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(9));
    if (person_combo("Led by", r.reviewer, app.doc.ws())) edits.mark("led by");
    if (id_list("Ours:", r.attendees, app.doc.ws().team, [](const Person& p) { return p.name; })) edits.mark("attendees");
    if (id_list("Theirs:", r.contacts, a.contacts, [](const Contact& c) { return c.name; })) edits.mark("their attendees");
    if (r.kind == ReviewKind::Mentor && ImGui::Checkbox("The long-term plan was reviewed", &r.plan_reviewed)) edits.mark("plan reviewed");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextMultiline("##notes", &r.notes, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 4));
    edits.track("notes");
    expose_item(key + "/notes");
    ImGui::TextDisabled(r.kind == ReviewKind::Mentor ? "Above: the mentor's comments. Decisions:" : "Above: notes. Decisions:");
    bool to_plan = false;
    std::string decision_to_plan;
    for (size_t d = 0; d < r.decisions.size(); d++) {
        ImGui::PushID(static_cast<int>(d));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - em(9));
        ImGui::InputTextWithHint("##decision", "what was decided", &r.decisions[d]);
        edits.track("decision");
        expose_item(key + "/decision/" + std::to_string(d));
        ImGui::SameLine();
        if (has_action(a.plan, r.decisions[d])) {
            ImGui::TextDisabled("in the plan");
        } else if (!r.decisions[d].empty() && ImGui::SmallButton("Make an action")) {
            to_plan = true;
            decision_to_plan = r.decisions[d];
        }
        expose_item(key + "/decision/" + std::to_string(d) + "/to_plan");
        ImGui::SameLine();
        if (ImGui::SmallButton("\xE2\x9C\x95")) r.decisions.erase(r.decisions.begin() + static_cast<long>(d)), edits.mark("decisions");
        ImGui::PopID();
    }
    if (ImGui::SmallButton("+ Decision")) r.decisions.emplace_back(), edits.mark("decisions");
    expose_item(key + "/add_decision");
    ImGui::SameLine();
    const bool remove = ImGui::SmallButton("Remove this review");
    if (edits.changed) {
        Account copy = a;
        copy.reviews[i] = r;
        app.doc.set_account(std::move(copy), "Edit the review's " + edits.field, key + "/" + edits.field + "/" + a.id);
    }
    if (edits.deactivated) app.doc.seal();
    if (to_plan) {
        Account copy = a;
        Action action;
        action.text = decision_to_plan;
        action.owner = r.reviewer;
        action.visibility = r.kind == ReviewKind::Joint ? Visibility::Shared : Visibility::Default;   // agreed with them
        copy.plan.actions.push_back(std::move(action));
        app.doc.set_account(std::move(copy), "Make a decision an action");
        app.notify("Added to the plan's actions: give it an owner and a due date there");
    }
    if (remove) {
        Account copy = a;
        copy.reviews.erase(copy.reviews.begin() + static_cast<long>(i));
        app.doc.set_account(std::move(copy), "Remove a review");
    }
}

static void record_buttons(AppState& app, const Account& a, const std::string& today) {
    for (size_t k = 0; k < kReviewKinds; k++) {
        const std::string label = "+ " + std::string(kReviewKindLabels[k]);
        if (k > 0) next_in_toolbar(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
        const ReviewKind kind = static_cast<ReviewKind>(k);
        if (ImGui::Button(label.c_str())) {
            Account copy = a;
            Review r;
            r.date = today, r.kind = kind;
            r.reviewer = kind == ReviewKind::Mentor ? a.mentor : a.manager;
            r.plan_reviewed = kind == ReviewKind::Mentor;
            copy.reviews.push_back(std::move(r));
            app.forecast_view.opened_review = static_cast<int>(copy.reviews.size()) - 1;
            app.doc.set_account(std::move(copy), "Record: " + std::string(kReviewKindLabels[k]));
        }
        expose_item("reviews/record/" + std::string(kReviewKindKeys[k]));
    }
}

void draw_reviews_tab(AppState& app) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    if (!a) {
        note("Select an account on the left, or add one.");
        return;
    }
    if (hidden_from_customer(app.map.customer_safe, "The review log")) return;
    const std::string today = app.host.today ? app.host.today() : "";
    note("Senior executives review every key account monthly; the mentor reviews the long-term plan every few months.");
    draw_schedule(app, *a, today);
    ImGui::Spacing();
    record_buttons(app, *a, today);
    ImGui::Spacing();
    if (a->reviews.empty()) {
        ImGui::TextDisabled("No review recorded yet.");
        return;
    }
    // Newest first; the log itself stays in the order the reviews were recorded.
    std::vector<size_t> order(a->reviews.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return a->reviews[x].date > a->reviews[y].date; });
    for (size_t i : order) {
        const Review& r = a->reviews[i];
        const Person* lead = app.doc.ws().find_person(r.reviewer);
        const std::string title = r.date + "  " + std::string(kReviewKindLabels[static_cast<size_t>(r.kind)]) +
                                  (lead ? ", led by " + lead->name : "") + "###review" + std::to_string(i);
        if (app.forecast_view.opened_review == static_cast<int>(i)) {
            ImGui::SetNextItemOpen(true);
            app.forecast_view.opened_review = -1;
        }
        ImGui::PushID(static_cast<int>(i));
        const bool open = ImGui::CollapsingHeader(title.c_str());
        expose_item("reviews/" + std::to_string(i));
        if (open) {
            ImGui::Indent();
            draw_review(app, *a, i);
            ImGui::Unindent();
        }
        ImGui::PopID();
        if (a->reviews.size() != order.size()) break;   // one was removed: the rest next frame
    }
}

}  // namespace kam::ui

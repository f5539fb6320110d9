// KAM Canvas: the Plan tab of the selected account: each section of the account plan under a
// header that says how complete it is (core/planning/planning.h rates it).
#include "ui/planning/views.h"

#include "core/planning/plan_export.h"
#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace kam::ui {

static const char* kRatingText[] = {"empty", "partial", "complete"};

// A collapsing header for one section, open at first, with its rating at the right.
static bool begin_section(const Account& a, PlanSection section, const char* id) {
    const std::string label = std::string(kPlanSectionLabels[(int)section]) + "###" + id;
    const bool open = ImGui::CollapsingHeader(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    expose_item(std::string("plan/section/") + id);
    const SectionRating rating = rate_section(a, section);
    const char* text = kRatingText[(int)rating.rating];
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(text).x - ImGui::GetStyle().FramePadding.x);
    static const ImVec4 kColors[] = {ImVec4(0.55f, 0.55f, 0.55f, 1), ImVec4(0.75f, 0.45f, 0.0f, 1), ImVec4(0.1f, 0.55f, 0.2f, 1)};
    ImGui::TextColored(kColors[(int)rating.rating], "%s", text);
    if (!rating.missing.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("Missing: %s", rating.missing.c_str());
    expose_text(std::string("plan/section/") + id + "/rating", text);
    return open;
}

// The plan to share: a printable page that opens offline, or text to paste anywhere.
static void draw_export_buttons(AppState& app, const Account& a, const std::string& today) {
    if (ImGui::SmallButton("Export plan (HTML)") && app.host.download) {
        app.host.download(a.name + " account plan.html", plan_html(app.doc.ws(), a, today));
        app.notify("Exported the plan of " + a.name + ": open it in a browser to read or print it (to PDF, too).");
    }
    expose_item("plan/export_html");
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy as text")) {
        ImGui::SetClipboardText(plan_text(app.doc.ws(), a, today).c_str());
        app.notify("Copied the plan of " + a.name + " as text.");
    }
    expose_item("plan/copy_text");
}

void draw_plan_tab(AppState& app) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    if (!a) {
        ImGui::TextDisabled("Select an account on the left, or add one.");
        return;
    }
    const std::string today = app.host.today ? app.host.today() : "";
    expose_text("plan/account", a->name);
    if (ImGui::BeginChild("plan")) {
        ImGui::PushID(a->id.c_str());
        ImGui::TextDisabled("The account manager drafts the plan, the team agrees to it, and the mentor reviews it.");
        ImGui::SameLine();
        ImGui::TextDisabled("%d of 6 sections complete.", complete_sections(*a));
        draw_export_buttons(app, *a, today);
        if (begin_section(*a, PlanSection::Header, "header")) draw_plan_header(app, *a, today);
        if (begin_section(*a, PlanSection::Customer, "customer")) draw_plan_customer(app, *a);
        if (begin_section(*a, PlanSection::Swot, "swot")) draw_plan_swot(app, *a);
        if (begin_section(*a, PlanSection::ValueAdded, "value")) draw_plan_value_added(app, *a);
        if (begin_section(*a, PlanSection::Objectives, "objectives")) draw_plan_objectives(app, *a, today);
        if (begin_section(*a, PlanSection::Actions, "actions")) draw_plan_actions(app, *a, today);
        const bool whitespace = ImGui::CollapsingHeader("Whitespace: where we sell, and where we could###whitespace", ImGuiTreeNodeFlags_DefaultOpen);
        expose_item("plan/section/whitespace");
        if (whitespace) draw_plan_whitespace(app, *a);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace kam::ui

// KAM Canvas: the Plan tab of the selected account: each section of the account plan under a
// header that says how complete it is (core/planning/planning.h rates it).
#include "ui/planning/views.h"

#include "core/planning/plan_export.h"
#include "core/planning/planning.h"
#include "ui/planning/plan_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace kam::ui {

static const char* kRatingText[] = {"empty", "partial", "complete"};

// A collapsing header for one section, open at first, with its rating at the right (the team's
// own measure: not in the customer-safe view).
static bool begin_section(AppState& app, const Account& a, PlanSection section, const char* id) {
    const std::string label = std::string(kPlanSectionLabels[(int)section]) + "###" + id;
    const std::string name = std::string("plan/section/") + id;
    if (app.scroll_to == name) ImGui::SetNextItemOpen(true);   // the workshop agenda shows it
    const bool open = ImGui::CollapsingHeader(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    scroll_here_if_asked(app.scroll_to, name);
    expose_item(name);
    if (customer_safe(app)) return open;
    const SectionRating rating = rate_section(a, section);
    const char* text = kRatingText[(int)rating.rating];
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(text).x - ImGui::GetStyle().FramePadding.x);
    const ImVec4 kColors[] = {vec4(palette().text_muted), vec4(palette().warning), vec4(palette().good)};
    ImGui::TextColored(kColors[(int)rating.rating], "%s", text);
    if (!rating.missing.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("Missing: %s", rating.missing.c_str());
    expose_text(name + "/rating", text);
    return open;
}

// The plan to share: a printable page that opens offline, or text to paste anywhere. In the
// customer-safe view, the customer's copy.
static void draw_export_buttons(AppState& app, const Account& a, const std::string& today) {
    const PlanAudience audience = customer_safe(app) ? PlanAudience::Customer : PlanAudience::Team;
    const char* copy = audience == PlanAudience::Customer ? "the customer's copy of the plan" : "the plan";
    if (ImGui::SmallButton(audience == PlanAudience::Customer ? "Export for the customer (HTML)" : "Export plan (HTML)") && app.host.download) {
        app.host.download(a.name + (audience == PlanAudience::Customer ? " joint plan.html" : " account plan.html"), plan_html(app.doc.ws(), a, today, audience));
        app.notify(std::string("Exported ") + copy + " of " + a.name + ": open it in a browser to read or print it (to PDF, too).");
    }
    expose_item("plan/export_html");
    next_in_toolbar(ImGui::CalcTextSize("Copy as text").x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::SmallButton("Copy as text")) {
        ImGui::SetClipboardText(plan_text(app.doc.ws(), a, today, audience).c_str());
        app.notify(std::string("Copied ") + copy + " of " + a.name + " as text.");
    }
    expose_item("plan/copy_text");
}

// The same switch as the map's: on, the plan shows what the customer may see, under a banner.
static void draw_customer_safe_switch(AppState& app) {
    customer_safe_checkbox(app.map.customer_safe, "For joint planning with the customer at the screen: shows only what is shared with them (the map follows).");
    expose_item("plan/customer_safe");
    if (!app.map.customer_safe) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(palette().banner_bg));
    ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().banner_text));
    if (ImGui::BeginChild("safe_banner", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding))
        ImGui::TextWrapped("CUSTOMER-SAFE VIEW: the plan as the customer may see it. Internal items, weaknesses, threats and actions "
                           "that are not shared, the competitors, the team's agreement and the whitespace grid are hidden. "
                           "What you add now is shared with the customer.");
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void draw_plan_tab(AppState& app) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    if (!a) {
        note("Select an account on the left, or add one.");
        return;
    }
    const std::string today = app.host.today ? app.host.today() : "";
    expose_text("plan/account", a->name);
    ImGui::PushID(a->id.c_str());
    if (!customer_safe(app)) {
        note("The account manager drafts the plan, the team agrees to it, and the mentor reviews it. %d of 6 sections complete.",
             complete_sections(*a));
    }
    draw_export_buttons(app, *a, today);
    next_in_toolbar(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("Customer-safe view").x + em(2));
    draw_customer_safe_switch(app);
    if (begin_section(app, *a, PlanSection::Header, "header")) draw_plan_header(app, *a, today);
    if (begin_section(app, *a, PlanSection::Customer, "customer")) draw_plan_customer(app, *a);
    if (begin_section(app, *a, PlanSection::Swot, "swot")) draw_plan_swot(app, *a);
    if (begin_section(app, *a, PlanSection::ValueAdded, "value")) draw_plan_value_added(app, *a);
    if (begin_section(app, *a, PlanSection::Objectives, "objectives")) draw_plan_objectives(app, *a, today);
    if (begin_section(app, *a, PlanSection::Actions, "actions")) draw_plan_actions(app, *a, today);
    if (!customer_safe(app)) {   // the whitespace grid is the team's own
        if (app.plan_view.scroll_to_cell) ImGui::SetNextItemOpen(true);
        const bool whitespace = ImGui::CollapsingHeader("Whitespace: where we sell, and where we could###whitespace", ImGuiTreeNodeFlags_DefaultOpen);
        expose_item("plan/section/whitespace");
        if (whitespace) draw_plan_whitespace(app, *a);
    }
    ImGui::PopID();
}

}  // namespace kam::ui

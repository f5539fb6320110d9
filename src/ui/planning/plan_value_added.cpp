// KAM Canvas: the value-added analysis: what we add beyond the product, for whom, the evidence,
// what it is worth to them a year, and whether they recognise it.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

namespace kam::ui {

static void draw_row(AppState& app, const Account& a, size_t i) {
    ValueItem v = a.plan.value_added[i];
    const std::string key = "plan/value_added/" + std::to_string(i);
    FieldEdits edits;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##text", "what we add beyond the product", &v.text);
    edits.track("text");
    expose_item(key + "/text");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (contact_combo("##for", v.for_contact, a)) edits.mark("for whom");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##evidence", "how we show it", &v.evidence);
    edits.track("evidence");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputDouble("##value", &v.value_per_year, 0, 0, "%.0f");
    v.value_per_year = std::max(0.0, v.value_per_year);
    edits.track("value");
    expose_item(key + "/value");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (enum_combo("##status", v.status, kValueStatusLabels)) edits.mark("status");
    expose_item(key + "/status");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (enum_combo("##visibility", v.visibility, kVisibilityLabels)) edits.mark("visibility");
    ImGui::TableNextColumn();
    const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
    if (edits.changed)
        edit_plan(app, a, "Edit value added " + edits.field, key + "/" + edits.field, [&](Plan& p) { p.value_added[i] = v; });
    if (edits.deactivated) app.doc.seal();
    if (remove) edit_plan(app, a, "Remove value added", "", [&](Plan& p) { p.value_added.erase(p.value_added.begin() + i); });
}

void draw_plan_value_added(AppState& app, const Account& a) {
    const std::vector<ValueItem>& items = a.plan.value_added;
    if (!items.empty() && ImGui::BeginTable("value_added", 7, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable)) {
        ImGui::TableSetupColumn("What we add", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("For whom", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn("Worth a year", ImGuiTableColumnFlags_WidthFixed, em(6));
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(8));
        ImGui::TableSetupColumn("Customer", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.5f));
        ImGui::TableHeadersRow();
        for (int i : shown_rows(app, items, PlanList::ValueAdded)) {
            ImGui::PushID(i);
            draw_row(app, a, (size_t)i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::SmallButton("+ Value added"))
        edit_plan(app, a, "Add value added", "", [&](Plan& p) {
            p.value_added.emplace_back();
            p.value_added.back().visibility = new_item_visibility(app);
        });
    expose_item("plan/value_added/add");
    ImGui::SameLine();
    char total[64];
    std::snprintf(total, sizeof total, "Recognised by the customer: %.0f a year", value_recognised(a.plan, customer_safe(app)));
    ImGui::TextUnformatted(total);
    expose_text("plan/value_recognised", total);
}

}  // namespace kam::ui

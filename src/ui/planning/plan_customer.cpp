// KAM Canvas: the customer, as the plan sees them: where their business is going, how they
// buy, and the competitors active in the account.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

namespace kam::ui {

static void draw_business_objectives(AppState& app, const Account& a) {
    ImGui::TextUnformatted("Their business objectives and strategic direction");
    const std::vector<std::string>& list = a.plan.customer_objectives;
    for (size_t i = 0; i < list.size(); i++) {
        ImGui::PushID((int)i);
        std::string text = list[i];
        ImGui::SetNextItemWidth(-em(2.5f));
        if (ImGui::InputText("##objective", &text))
            edit_plan(app, a, "Edit their objective", "plan/customer_objectives/" + std::to_string(i),
                      [&](Plan& p) { p.customer_objectives[i] = text; });
        seal_when_left(app);
        expose_item("plan/customer_objective/" + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::SmallButton("\xE2\x9C\x95"))   // ✕
            edit_plan(app, a, "Remove their objective", "", [&](Plan& p) { p.customer_objectives.erase(p.customer_objectives.begin() + i); });
        ImGui::PopID();
    }
    if (ImGui::SmallButton("+ Their objective"))
        edit_plan(app, a, "Add their objective", "", [](Plan& p) { p.customer_objectives.emplace_back(); });
    expose_item("plan/customer_objective/add");
}

static void draw_competitors(AppState& app, const Account& a) {
    ImGui::TextUnformatted("Competitors active in the account");
    const std::vector<Competitor>& list = a.plan.competitors;
    if (!list.empty() && ImGui::BeginTable("competitors", 5, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable)) {
        ImGui::TableSetupColumn("Competitor", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("What they sell here", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("Their position", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn("Threat", ImGuiTableColumnFlags_WidthFixed, em(6));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.5f));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < list.size(); i++) {
            ImGui::PushID((int)i);
            Competitor c = list[i];
            const std::string key = "plan/competitors/" + std::to_string(i);
            FieldEdits edits;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputTextWithHint("##name", "name", &c.name);
            edits.track("name");
            expose_item(key + "/name");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputText("##offering", &c.offering);
            edits.track("offering");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputText("##position", &c.position);
            edits.track("position");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (enum_combo("##threat", c.threat, kThreatLevelLabels)) edits.mark("threat");
            ImGui::TableNextColumn();
            const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
            // A competitor needs a name: an emptied one is not taken (the old name comes back).
            if (edits.changed && !c.name.empty())
                edit_plan(app, a, "Edit competitor " + edits.field, key + "/" + edits.field, [&](Plan& p) { p.competitors[i] = c; });
            if (edits.deactivated) app.doc.seal();
            if (remove) edit_plan(app, a, "Remove competitor", "", [&](Plan& p) { p.competitors.erase(p.competitors.begin() + i); });
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::SmallButton("+ Competitor"))
        edit_plan(app, a, "Add competitor", "", [](Plan& p) { p.competitors.push_back({"New competitor"}); });
    expose_item("plan/competitors/add");
}

void draw_plan_customer(AppState& app, const Account& a) {
    draw_business_objectives(app, a);
    if (customer_safe(app)) return;   // how we read their buying, and the competitors, are the team's own
    ImGui::Spacing();
    ImGui::TextUnformatted("How they buy");
    const Plan& plan = a.plan;
    std::string process = plan.buying_process, cycle = plan.budget_cycle, dates = plan.key_dates;
    if (ImGui::InputTextMultiline("Buying process", &process, ImVec2(-em(9), em(3.5f))))
        edit_plan(app, a, "Edit buying process", "plan/buying_process", [&](Plan& p) { p.buying_process = process; });
    seal_when_left(app);
    expose_item("plan/buying_process");
    ImGui::SetNextItemWidth(-em(9));
    if (ImGui::InputTextWithHint("Budget cycle", "e.g. capex set in October", &cycle))
        edit_plan(app, a, "Edit budget cycle", "plan/budget_cycle", [&](Plan& p) { p.budget_cycle = cycle; });
    seal_when_left(app);
    ImGui::SetNextItemWidth(-em(9));
    if (ImGui::InputTextWithHint("Key dates", "e.g. tender in Q1, board in March", &dates))
        edit_plan(app, a, "Edit key dates", "plan/key_dates", [&](Plan& p) { p.key_dates = dates; });
    seal_when_left(app);
    note("Ranking in industry, competitive position and news are in the Account tab.");
    ImGui::Spacing();
    draw_competitors(app, a);
}

}  // namespace kam::ui

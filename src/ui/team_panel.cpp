// KAM Canvas: our people: the account team members we assign to accounts.
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace kam::ui {

// Removing a person also removes every reference to them (owner, mentor, team, coverage,
// actions, reviews), so the workspace stays valid; one undo step brings all of it back.
static void remove_person(AppState& app, const Id& id) {
    Workspace ws = app.doc.ws();
    const Person* person = ws.find_person(id);
    if (!person) return;
    std::string name = person->name;
    std::erase_if(ws.team, [&](const Person& p) { return p.id == id; });
    for (Account& a : ws.accounts) {
        if (a.manager == id) a.manager.clear();
        if (a.mentor == id) a.mentor.clear();
        std::erase(a.team, id);
        std::erase_if(a.coverage, [&](const Coverage& c) { return c.person == id; });
        for (Action& action : a.plan.actions)
            if (action.owner == id) action.owner.clear();
        for (Objective& objective : a.plan.objectives)
            if (objective.owner == id) objective.owner.clear();
        for (Contact& c : a.contacts)
            if (c.development.developer == id) c.development.developer.clear();
        std::erase_if(a.plan.agreed, [&](const Agreement& agreement) { return agreement.person == id; });
        for (Review& r : a.reviews)
            if (r.reviewer == id) r.reviewer.clear();
    }
    app.doc.replace_all(std::move(ws), "Remove " + name);
    app.notify("Removed " + name + " from the team. Edit > Undo brings them back.");
}

void draw_team_panel(AppState& app) {
    const Workspace& ws = app.doc.ws();
    ImGui::TextWrapped("Our people: choose account managers, mentors and account teams from them.");
    if (ImGui::Button("+ Add person")) {
        std::vector<Person> team = ws.team;
        team.push_back({app.doc.new_id('p'), "New person", "", ""});
        app.doc.set_team(std::move(team), "Add person");
    }
    expose_item("team/add");

    std::vector<Person> team = ws.team;   // edit a copy; commit once below
    FieldEdits edits;
    Id remove;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("team", 5, flags, ImVec2(0, 0))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Seniority", ImGuiTableColumnFlags_WidthFixed, em(7));
        ImGui::TableSetupColumn("E-mail", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(5));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < team.size(); i++) {
            Person& p = team[i];
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##name", p.name, "Name");
            expose_item("team/name/" + std::to_string(i));
            edits.track("name");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##role", p.role, "Role");
            edits.track("role");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            // Executives are checked against the customer's top people (coverage analysis).
            if (enum_combo("##seniority", p.seniority, kSeniorityLabels)) edits.mark("seniority");
            expose_item("team/seniority/" + std::to_string(i));
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            input_text("##email", p.email, "name@company.com");
            edits.track("e-mail");
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Remove")) remove = p.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    bool all_named = std::all_of(team.begin(), team.end(), [](const Person& p) { return !p.name.empty(); });
    if (edits.changed && all_named) app.doc.set_team(std::move(team), "Edit " + edits.field, "team/" + edits.field);
    if (edits.deactivated) app.doc.seal();
    if (!remove.empty()) remove_person(app, remove);
}

}  // namespace kam::ui

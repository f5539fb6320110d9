// KAM Canvas: the selected account's profile: who it is, who owns it, what stage it is in.
#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/tiering/views.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>

namespace kam::ui {

static void draw_team_members(Account& a, const Workspace& ws, FieldEdits& edits) {
    ImGui::TextUnformatted("Account team");
    if (ws.team.empty()) ImGui::TextDisabled("Add our people in the Our team tab first.");
    for (const Person& p : ws.team) {
        bool on = std::find(a.team.begin(), a.team.end(), p.id) != a.team.end();
        ImGui::PushID(p.id.c_str());
        if (ImGui::Checkbox(p.name.c_str(), &on)) {
            if (on) a.team.push_back(p.id);
            else a.team.erase(std::remove(a.team.begin(), a.team.end(), p.id), a.team.end());
            edits.mark("team");
        }
        ImGui::PopID();
        // Two columns of names when there is room.
        if (&p != &ws.team.back() && (&p - ws.team.data()) % 2 == 0 && ImGui::GetContentRegionAvail().x > em(24))
            ImGui::SameLine(em(14));
    }
}

// The process stage and the relationship level: each change is recorded with today's date (the
// Plan tab shows the history).
void draw_stage_and_level(AppState& app, Account& a, FieldEdits& edits) {
    const std::string today = app.host.today ? app.host.today() : "";
    Stage stage = a.stage;
    if (enum_combo("Process stage", stage, kStageLabels)) {
        change_stage(a, stage, today);
        edits.mark("stage");
    }
    expose_item("profile/stage");
    PartnershipLevel level = a.partnership;
    if (enum_combo("Relationship level", level, kPartnershipLevelLabels)) {
        change_level(a, level, today);
        edits.mark("relationship level");
    }
    expose_item("profile/level");
}

void draw_account_profile(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const Account* current = ws.find_account(app.selected_account);
    if (!current) {
        note("Select an account on the left, or add one.");
        return;
    }
    Account a = *current;   // edit a copy; commit it as one document edit below
    FieldEdits edits;
    ImGui::PushID(a.id.c_str());
    ImGui::PushItemWidth(std::min(em(26), ImGui::GetContentRegionAvail().x - em(12)));

    ImGui::SeparatorText("Profile");
    input_text("Name", a.name);
    expose_item("profile/name");
    edits.track("name");
    input_text("Industry", a.industry);
    edits.track("industry");
    ImGui::InputInt("Rank in industry", &a.industry_rank);
    a.industry_rank = std::max(0, a.industry_rank);
    edits.track("rank");
    help_marker("Position of the customer in its own industry (1 = leader; 0 = unknown).");
    input_text("Competitive position", a.competitive_position, "e.g. challenger, No. 2 in Nordic retail");
    edits.track("competitive position");
    ImGui::InputDouble("Annual sales", &a.annual_sales, 0, 0, "%.0f");
    edits.track("annual sales");

    ImGui::SeparatorText("Selection and tier");
    scroll_here_if_asked(app.scroll_to, "profile/tier");
    draw_tier_explanation(app, *current);

    ImGui::SeparatorText("Ownership");
    if (person_combo("Account manager", a.manager, ws)) edits.mark("account manager");
    help_marker("The one person accountable for this account.");
    if (person_combo("Mentor", a.mentor, ws)) edits.mark("mentor");
    help_marker("A senior colleague who reviews the account every few months.");
    draw_team_members(a, ws, edits);

    draw_stage_and_level(app, a, edits);

    ImGui::SeparatorText("Notes");
    note("Press releases, news, anything worth knowing.");
    input_multiline("##notes", a.notes, 8);
    edits.track("notes");

    ImGui::PopItemWidth();
    ImGui::PopID();

    // An empty name is not committed: the field shows it while typing, and the last
    // name comes back if the user leaves it empty.
    if (edits.changed && !a.name.empty()) app.doc.set_account(std::move(a), "Edit " + edits.field, edits.field);
    if (edits.deactivated) app.doc.seal();
}

}  // namespace kam::ui

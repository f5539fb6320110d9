#include "ui/workshop/agenda_bar.h"

#include "ui/app_state.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/workshop/presenter.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

// Where each step shows: the tab, and the section of it to scroll to ("": the top).
struct StepView {
    const char* tab;
    const char* anchor;
};
static constexpr StepView kStepViews[kAgendaSteps] = {
    {"Account", "profile/tier"},   // why this tier
    {"Map", ""},
    {"Analysis", ""},              // coverage analysis
    {"Plan", "plan/section/header"},
    {"Forecast", ""},
    {"Plan", "plan/section/actions"},
};

void go_to_agenda_step(AppState& app, int step) {
    step = agenda_step_after(step, 0);
    app.workshop.agenda_step = step;
    app.request_tab = kStepViews[step].tab;
    app.scroll_to = kStepViews[step].anchor;
    if ((AgendaStep)step == AgendaStep::Map) app.map.fit_pending = true;   // the whole map, for the room
}

void start_agenda(AppState& app) {
    if (!app.doc.ws().find_account(app.selected_account)) return;
    start_presenting(app);
    go_to_agenda_step(app, 0);
}

void handle_agenda_keys(AppState& app) {
    const WorkshopView& w = app.workshop;
    if (!w.presenting || w.agenda_step < 0 || ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown, false)) go_to_agenda_step(app, w.agenda_step + 1);
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp, false)) go_to_agenda_step(app, w.agenda_step - 1);
}

// Computed again only when the account, the document or the day changes: the steps read the
// tiering, the coverage analysis and the figures, too much for every frame of a presented map.
static const std::vector<AgendaItem>& current_agenda(AppState& app) {
    WorkshopView& w = app.workshop;
    const std::string today = app.host.today ? app.host.today() : "";
    if (w.agenda_account != app.selected_account || w.agenda_revision != app.doc.revision() || w.agenda_today != today || w.agenda.empty()) {
        w.agenda = workshop_agenda(app.doc.ws(), app.doc.ws().account_index(app.selected_account), today);
        w.agenda_account = app.selected_account, w.agenda_revision = app.doc.revision(), w.agenda_today = today;
    }
    return w.agenda;
}

static bool nav_button(const char* label, bool enabled, const char* test_name) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::SmallButton(label);
    ImGui::EndDisabled();
    expose_item(test_name);
    return pressed;
}

void draw_agenda_bar(AppState& app) {
    WorkshopView& w = app.workshop;
    if (!w.presenting || w.agenda_step < 0) return;
    const std::vector<AgendaItem>& agenda = current_agenda(app);
    if (agenda.empty()) {   // the account went (deleted while presenting): no agenda to follow
        w.agenda_step = -1;
        return;
    }
    const int step = w.agenda_step;
    if (nav_button("< Previous", step > 0, "agenda/previous")) go_to_agenda_step(app, step - 1);
    for (int i = 0; i < kAgendaSteps; i++) {
        // A step that needs the team is marked with "!" as well as in colour.
        const std::string label = std::to_string(i + 1) + " " + std::string(kAgendaStepLabels[(size_t)i]) + (agenda[(size_t)i].attention ? " !" : "");
        next_in_toolbar(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
        const bool here = i == step;
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(here ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg));
        if (agenda[(size_t)i].attention) ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().warning));
        const std::string id = label + "##agenda" + std::to_string(i);
        if (ImGui::SmallButton(id.c_str())) go_to_agenda_step(app, i);
        ImGui::PopStyleColor(agenda[(size_t)i].attention ? 2 : 1);
        expose_item("agenda/step/" + std::to_string(i));
    }
    next_in_toolbar(ImGui::CalcTextSize("Next >").x + ImGui::GetStyle().FramePadding.x * 2);
    if (nav_button("Next >", step + 1 < kAgendaSteps, "agenda/next")) go_to_agenda_step(app, step + 1);

    const std::string where = "Step " + std::to_string(step + 1) + " of " + std::to_string(kAgendaSteps) + ", " +
                              std::string(kAgendaStepLabels[(size_t)step]) + ": " + agenda[(size_t)step].status;
    ImGui::TextWrapped("%s", where.c_str());
    expose_text("agenda/step", std::string(kAgendaStepLabels[(size_t)step]));
    expose_text("agenda/status", agenda[(size_t)step].status);
    ImGui::TextDisabled("PageDown: next step. PageUp: previous.");
    ImGui::Separator();
}

}  // namespace kam::ui

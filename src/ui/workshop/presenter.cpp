#include "ui/workshop/presenter.h"

#include "ui/app_state.h"
#include "ui/save_status.h"
#include "ui/test_hooks.h"
#include "ui/workshop/agenda_bar.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

void start_presenting(AppState& app) {
    if (app.workshop.presenting) return;
    app.workshop = {};
    app.workshop.presenting = true;
    if (app.host.set_fullscreen) app.host.set_fullscreen(true);
}

void stop_presenting(AppState& app) {
    if (!app.workshop.presenting) return;
    if (app.workshop.fullscreen && app.host.set_fullscreen) app.host.set_fullscreen(false);
    app.workshop = {};
    app.request_tab = app.current_tab;   // the tab bar shows what was presented last (the agenda may have moved on)
}

void handle_presenter_keys(AppState& app) {
    WorkshopView& w = app.workshop;
    // Full screen comes a little after it is asked for, and goes when the browser's own Esc ends it.
    if (w.presenting && app.host.is_fullscreen) {
        const bool now = app.host.is_fullscreen();
        if (w.fullscreen && !now) return stop_presenting(app);
        w.fullscreen = now;
    }
    // ImGui closes a popup on Esc before this frame's views run, so what takes Esc is read from the
    // frame before.
    const bool esc_taken = w.esc_taken;
    w.esc_taken = ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (ImGui::IsKeyPressed(ImGuiKey_F5, false)) return w.presenting ? stop_presenting(app) : start_presenting(app);
    if (w.presenting && !esc_taken && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) return stop_presenting(app);
    handle_agenda_keys(app);
}

void draw_presenter_bar(AppState& app, const char* save_status) {
    const Account* a = app.doc.ws().find_account(app.selected_account);
    const std::string where = (a ? a->name + " \xC2\xB7 " : std::string()) + app.current_tab;
    ImGui::TextUnformatted(where.c_str());
    expose_text("presenter/where", where);
    ImGui::SameLine();
    ImGui::TextDisabled("Presenting. Esc or F5 leaves.");
    ImGui::SameLine();
    draw_save_status(save_status);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float leave = ImGui::CalcTextSize("Leave").x + style.FramePadding.x * 2;
    const bool agenda = app.workshop.agenda_step >= 0;
    const char* agenda_label = agenda ? "Close agenda" : "Workshop agenda";
    if (a) {   // the guided sequence for this account, or back to the view alone
        ImGui::SameLine(ImGui::GetContentRegionMax().x - leave - style.ItemSpacing.x - ImGui::CalcTextSize(agenda_label).x - style.FramePadding.x * 2);
        if (ImGui::SmallButton(agenda_label)) {
            if (agenda) app.workshop.agenda_step = -1;
            else go_to_agenda_step(app, 0);
        }
        expose_item("presenter/agenda");
    }
    ImGui::SameLine(ImGui::GetContentRegionMax().x - leave);
    if (ImGui::SmallButton("Leave")) stop_presenting(app);
    expose_item("presenter/leave");
    ImGui::Separator();
    draw_agenda_bar(app);
}

}  // namespace kam::ui

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
    const char* hint = "Presenting. Esc or F5 leaves.";
    const bool agenda = app.workshop.agenda_step >= 0;
    const char* agenda_label = agenda ? "Close agenda" : "Workshop agenda";
    // The buttons sit at the right. At a large scale on a small screen the texts would run under
    // them: the hint goes first (Leave says it too), and if the rest still does not fit, the
    // buttons go below it.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto button = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    const float leave_x = ImGui::GetContentRegionMax().x - button("Leave");
    const float buttons_x = a ? leave_x - style.ItemSpacing.x - button(agenda_label) : leave_x;
    const float texts_end = ImGui::GetCursorPosX() + ImGui::CalcTextSize(where.c_str()).x + style.ItemSpacing.x + ImGui::CalcTextSize(save_status).x;
    const bool with_hint = texts_end + style.ItemSpacing.x + ImGui::CalcTextSize(hint).x + style.ItemSpacing.x <= buttons_x;
    const bool buttons_beside = texts_end + style.ItemSpacing.x <= buttons_x;

    ImGui::TextUnformatted(where.c_str());
    expose_item("presenter/where");
    expose_text("presenter/where", where);
    if (with_hint) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", hint);
        expose_item("presenter/hint");
    }
    ImGui::SameLine();
    draw_save_status(save_status);
    expose_item("presenter/save");
    if (buttons_beside) ImGui::SameLine(buttons_x);
    else ImGui::SetCursorPosX(buttons_x);   // on the next line
    if (a) {   // the guided sequence for this account, or back to the view alone
        if (ImGui::SmallButton(agenda_label)) {
            if (agenda) app.workshop.agenda_step = -1;
            else go_to_agenda_step(app, 0);
        }
        expose_item("presenter/agenda");
        ImGui::SameLine(leave_x);
    }
    if (ImGui::SmallButton("Leave")) stop_presenting(app);
    expose_item("presenter/leave");
    ImGui::Separator();
    draw_agenda_bar(app);
}

}  // namespace kam::ui

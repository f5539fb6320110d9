#include "ui/workshop/presenter.h"

#include "ui/app_state.h"
#include "ui/save_status.h"
#include "ui/test_hooks.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

void start_presenting(AppState& app) {
    if (app.workshop.presenting) return;
    app.workshop = {true, false};
    if (app.host.set_fullscreen) app.host.set_fullscreen(true);
}

void stop_presenting(AppState& app) {
    if (!app.workshop.presenting) return;
    if (app.workshop.fullscreen && app.host.set_fullscreen) app.host.set_fullscreen(false);
    app.workshop = {};
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
    if (w.presenting && !esc_taken && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) stop_presenting(app);
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
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Leave").x - ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::SmallButton("Leave")) stop_presenting(app);
    expose_item("presenter/leave");
    ImGui::Separator();
}

}  // namespace kam::ui

// KAM Canvas: modal dialogs: error details, confirmations, About.
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#ifndef KAM_VERSION
#define KAM_VERSION "dev"
#endif

namespace kam::ui {

static void draw_error_dialog(AppState& app) {
    if (!begin_modal("Problem##error", !app.error_dialog_text.empty())) return;
    ImGui::TextUnformatted(app.error_dialog_title.c_str());
    ImGui::Separator();
    ImGui::PushTextWrapPos(em(40));
    ImGui::TextUnformatted(app.error_dialog_text.c_str());
    ImGui::PopTextWrapPos();
    expose_text("dialog/error/text", app.error_dialog_title + "\n" + app.error_dialog_text);
    if (ImGui::Button("OK", ImVec2(em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        app.error_dialog_text.clear();
        ImGui::CloseCurrentPopup();
    }
    expose_item("dialog/error/ok");
    ImGui::EndPopup();
}

static void draw_confirm_delete(AppState& app) {
    const Account* account = app.doc.ws().find_account(app.confirm_delete_account);
    if (!begin_modal("Delete account?", account != nullptr)) return;
    if (account) ImGui::Text("Delete \"%s\" with its contacts, plan and figures?", account->name.c_str());
    ImGui::TextDisabled("Edit > Undo brings it back.");
    if (ImGui::Button("Delete", ImVec2(em(8), 0))) {
        delete_account(app, app.confirm_delete_account);
        app.confirm_delete_account.clear();
        ImGui::CloseCurrentPopup();
    }
    expose_item("dialog/delete/confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape) || !account) {
        app.confirm_delete_account.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void draw_confirm_new(AppState& app) {
    if (!begin_modal("New workspace?", app.confirm_new_workspace)) return;
    ImGui::TextUnformatted("Start an empty workspace? The open one is replaced.");
    note("Export it first to keep a copy; Edit > Undo also brings it back.");
    if (ImGui::Button("New workspace", ImVec2(em(10), 0))) {
        new_workspace(app);
        app.confirm_new_workspace = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        app.confirm_new_workspace = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void draw_about(AppState& app) {
    if (!begin_modal("About KAM Canvas", app.show_about)) return;
    ImGui::TextUnformatted("KAM Canvas: key account management on one canvas.");
    ImGui::Text("Version %s (Dear ImGui %s)", KAM_VERSION, ImGui::GetVersion());
    if (app.host.renderer_status) {
        const std::string renderer = "Renderer: " + app.host.renderer_status().reason;
        ImGui::TextUnformatted(renderer.c_str());
        expose_text("about/renderer", renderer);
    }
    note("Your data stays in this browser until you export it.");
    if (ImGui::Button("Close", ImVec2(em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        app.show_about = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_dialogs(AppState& app) {
    draw_error_dialog(app);
    draw_confirm_delete(app);
    draw_confirm_new(app);
    draw_about(app);
}

}  // namespace kam::ui

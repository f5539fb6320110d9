// KAM Canvas: the main menu and the keyboard shortcuts that mirror it.
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/views.h"

#include "imgui.h"

#include <algorithm>

namespace kam::ui {

static constexpr float kMinFontScale = 0.6f, kMaxFontScale = 3.0f;

static void change_font_scale(AppState& app, float factor) {
    app.user_font_scale = std::clamp(app.user_font_scale * factor, kMinFontScale, kMaxFontScale);
}

// Global shortcuts. A text field being typed in keeps Ctrl+Z for its own undo.
static void handle_shortcuts(AppState& app) {
    if (ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(app);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
        redo(app);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Equal)) change_font_scale(app, 1.1f);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Minus)) change_font_scale(app, 1 / 1.1f);
}

void draw_menu_bar(AppState& app) {
    handle_shortcuts(app);
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New workspace...")) app.confirm_new_workspace = true;
        if (ImGui::MenuItem("Import JSON...") && app.host.pick_import_file) app.host.pick_import_file();
        expose_item("menu/file/import");
        // Refused while the workspace is read-only here: the preview could never be applied.
        if (ImGui::MenuItem("Import actuals (CSV)...", nullptr, false, !app.doc.read_only()) && app.host.pick_actuals_file)
            app.host.pick_actuals_file();
        expose_item("menu/file/import_actuals");
        if (ImGui::MenuItem("Export JSON")) export_workspace(app);
        expose_item("menu/file/export");
        ImGui::Separator();
        if (ImGui::MenuItem("Load sample workspace")) load_sample_workspace(app);
        ImGui::EndMenu();
    }
    expose_item("menu/file");
    if (ImGui::BeginMenu("Edit")) {
        const Document& doc = app.doc;
        if (ImGui::MenuItem(("Undo " + doc.undo_label()).c_str(), "Ctrl+Z", false, doc.can_undo())) undo(app);
        if (ImGui::MenuItem(("Redo " + doc.redo_label()).c_str(), "Ctrl+Shift+Z", false, doc.can_redo())) redo(app);
        ImGui::EndMenu();
    }
    expose_item("menu/edit");
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Larger text", "Ctrl+=")) change_font_scale(app, 1.1f);
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) change_font_scale(app, 1 / 1.1f);
        if (ImGui::MenuItem("Normal text size")) app.user_font_scale = 1.0f;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        float percent = app.user_font_scale * 100;
        if (ImGui::SliderFloat("Text size", &percent, kMinFontScale * 100, kMaxFontScale * 100, "%.0f%%"))
            app.user_font_scale = percent / 100;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Storage and backups...")) app.storage_window = {true, false, {}};
        expose_item("menu/help/storage");
        if (ImGui::MenuItem("About KAM Canvas")) app.show_about = true;
        ImGui::EndMenu();
    }
    expose_item("menu/help");
    ImGui::EndMenuBar();
}

}  // namespace kam::ui

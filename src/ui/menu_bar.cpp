// KAM Canvas: the main menu and the keyboard shortcuts that mirror it.
#include "ui/actions.h"
#include "ui/renderer_choice.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/workshop/presenter.h"

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

// View > Renderer: the user's choice on this device over the automatic one. The renderer is chosen
// before the page has a drawing context, so a new choice applies from the next reload.
static void draw_renderer_menu() {
    const RendererHost& host = renderer_host();
    if (!host.status) return;
    const RendererStatus status = host.status();
    if (!status.choosable) return;
    if (ImGui::BeginMenu("Renderer")) {
        static constexpr struct {
            RendererChoice choice;
            const char* label;
            const char* name;
        } kChoices[] = {
            {RendererChoice::Automatic, "Automatic (GPU if it is real)", "menu/view/renderer/auto"},
            {RendererChoice::Gpu, "GPU (WebGL 2)", "menu/view/renderer/gpu"},
            {RendererChoice::Cpu, "CPU", "menu/view/renderer/cpu"},
        };
        for (const auto& c : kChoices) {
            if (ImGui::MenuItem(c.label, nullptr, status.chosen == c.choice) && status.chosen != c.choice && host.choose)
                host.choose(c.choice);
            expose_item(c.name);
        }
        ImGui::Separator();
        ImGui::TextDisabled("In use: %s", status.reason.c_str());
        if (status.reload_needed) {
            ImGui::TextUnformatted("Reload the page to switch.");
            expose_text("menu/view/renderer/note", "Reload the page to switch.");
        }
        ImGui::EndMenu();
    }
    expose_item("menu/view/renderer");
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
        ImGui::Separator();
        draw_renderer_menu();
        ImGui::EndMenu();
    }
    expose_item("menu/view");
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Storage and backups...")) app.storage_window = {true, false, {}};
        expose_item("menu/help/storage");
        if (ImGui::MenuItem("About KAM Canvas")) app.show_about = true;
        expose_item("menu/help/about");
        ImGui::EndMenu();
    }
    expose_item("menu/help");
    // For the shared screen of a workshop: the view on screen alone, larger.
    if (ImGui::MenuItem("Present", "F5")) start_presenting(app);
    expose_item("menu/present");
    ImGui::SetItemTooltip("The view on screen alone, larger, for a projector or a wall screen (F5; Esc leaves)");
    ImGui::EndMenuBar();
}

}  // namespace kam::ui

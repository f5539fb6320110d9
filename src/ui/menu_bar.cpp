// KAM Canvas: the main menu and the keyboard shortcuts that mirror it.
#include "core/workshop/ui_scale.h"
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/widgets.h"
#include "ui/workshop/agenda_bar.h"
#include "ui/workshop/presenter.h"
#include "ui/workshop/snapshots_window.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

static void step_scale(AppState& app, int direction) { app.ui_scale_percent = step_ui_scale(app.ui_scale_percent, direction); }

// Global shortcuts. A text field being typed in keeps Ctrl+Z for its own undo.
static void handle_shortcuts(AppState& app) {
    if (ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(app);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
        redo(app);
    // Ctrl++ is Ctrl+Shift+= on many keyboards; the keypad's + and - as well.
    for (ImGuiKeyChord larger : {ImGuiMod_Ctrl | ImGuiKey_Equal, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Equal, ImGuiMod_Ctrl | ImGuiKey_KeypadAdd})
        if (ImGui::IsKeyChordPressed(larger)) step_scale(app, +1);
    for (ImGuiKeyChord smaller : {ImGuiMod_Ctrl | ImGuiKey_Minus, ImGuiMod_Ctrl | ImGuiKey_KeypadSubtract})
        if (ImGui::IsKeyChordPressed(smaller)) step_scale(app, -1);
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_0)) app.ui_scale_percent = 100;
}

// View > Renderer: the user's choice on this device over the automatic one. The renderer is chosen
// before the page has a drawing context, so a new choice applies from the next reload.
static void draw_renderer_menu(AppState& app) {
    const Host& host = app.host;
    if (!host.renderer_status) return;
    const RendererStatus status = host.renderer_status();
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
            if (ImGui::MenuItem(c.label, nullptr, status.chosen == c.choice) && status.chosen != c.choice && host.choose_renderer)
                host.choose_renderer(c.choice);
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

// View > Theme: remembered on this device; applies in the next frame.
static void draw_theme_menu(AppState& app) {
    if (ImGui::BeginMenu("Theme")) {
        for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
            if (ImGui::MenuItem(theme_label(theme), nullptr, app.theme == theme)) app.theme = theme;
            expose_item(std::string("menu/view/theme/") + theme_name(theme));
        }
        ImGui::EndMenu();
    }
    expose_item("menu/view/theme");
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
        // Every size scales, not only the text; remembered on this device.
        if (ImGui::MenuItem("Larger", "Ctrl+=")) step_scale(app, +1);
        if (ImGui::MenuItem("Smaller", "Ctrl+-")) step_scale(app, -1);
        if (ImGui::MenuItem("Normal size (100%)", "Ctrl+0")) app.ui_scale_percent = 100;
        ImGui::SetNextItemWidth(em(10));
        // Applied when the slider is let go: a scale changing under the dragging mouse would move
        // the slider away from it. Until then the slider shows a draft, kept by ImGui.
        int* draft = ImGui::GetStateStorage()->GetIntRef(ImGui::GetID("scale draft"), app.ui_scale_percent);
        ImGui::SliderInt("UI scale", draft, kMinUiScalePercent, kMaxUiScalePercent, "%d%%");
        expose_item("menu/view/scale");
        if (ImGui::IsItemDeactivatedAfterEdit()) app.ui_scale_percent = clamp_ui_scale(*draft);
        if (!ImGui::IsItemActive()) *draft = app.ui_scale_percent;   // follows Ctrl+= and the items above
        ImGui::Separator();
        draw_theme_menu(app);
        draw_renderer_menu(app);
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
    if (ImGui::BeginMenu("Workshop")) {
        if (ImGui::MenuItem("Agenda for this account", nullptr, false, app.doc.ws().find_account(app.selected_account) != nullptr)) start_agenda(app);
        expose_item("menu/workshop/agenda");
        ImGui::SetItemTooltip("Present the account step by step: why this tier, the map, the coverage analysis, the plan, the forecast "
                              "and the actions (PageDown and PageUp move on and back)");
        ImGui::Separator();
        if (ImGui::MenuItem("Take a snapshot now")) take_snapshot(app);
        expose_item("menu/workshop/take_snapshot");
        if (ImGui::MenuItem("Snapshots and what changed...")) app.workshop.snapshots_open = true;
        expose_item("menu/workshop/snapshots");
        ImGui::EndMenu();
    }
    expose_item("menu/workshop");
    ImGui::EndMenuBar();
}

}  // namespace kam::ui

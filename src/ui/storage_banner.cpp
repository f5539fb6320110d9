// KAM Canvas: the banner of a tab that may not save the workspace (another tab has it open,
// or a newer version saved it), so the user knows before typing that edits here are not
// kept; and the message when an edit was refused all the same.
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

namespace kam::ui {

static const char* banner_text(StorageAccess access) {
    switch (access) {
    case StorageAccess::OtherTab:
        return "Read-only: this workspace is open in another tab or window, which saves it. Edits here are not kept.";
    case StorageAccess::Asking:
        return "Asking the other tab to save its changes and hand the workspace over...";
    case StorageAccess::NewerVersion:
        return "Read-only: a newer version of KAM Canvas saved this workspace. Reload the page to use it.";
    case StorageAccess::Checking:
    case StorageAccess::Here:
        break;
    }
    return nullptr;
}

void draw_storage_banner(AppState& app) {
    if (app.doc.refused_edits() > app.refused_edits_told) {
        app.refused_edits_told = app.doc.refused_edits();
        app.notify(app.storage_access == StorageAccess::NewerVersion
                       ? "Not changed: a newer version of KAM Canvas saved this workspace. Reload the page."
                       : "Not changed: this tab is read-only while the workspace is open in another tab. Choose Use here to edit here.",
                   true);
    }
    const char* text = banner_text(app.storage_access);
    if (!text) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(palette().attention_bg));   // amber: attention, not an error
    if (ImGui::BeginChild("storage_banner", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text);
        expose_text("storage/banner", text);
        if (app.storage_access == StorageAccess::OtherTab && app.host.use_here) {
            next_in_toolbar(ImGui::CalcTextSize("Use here").x + 2 * ImGui::GetStyle().FramePadding.x);
            if (ImGui::Button("Use here")) app.host.use_here();
            expose_item("storage/use_here");
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace kam::ui

// KAM Canvas: the relationship map as a text outline (a tree by reporting line with roles
// and coverage), read-only but selectable, with a customer-safe form and a copy button.
#include "ui/test_hooks.h"
#include "ui/relationships/views.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

namespace kam::ui {

void draw_map_outline_view(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const Account* account = ws.find_account(app.selected_account);
    if (!account) {
        note("Select an account on the left to see its map as text.");
        return;
    }
    // The same toggle as the map's: one switch makes every view safe to show the customer.
    ImGui::Checkbox("Customer-safe", &app.map.customer_safe);
    expose_item("outline/customer-safe");
    help_marker("Leaves out attitudes, chess pieces, conflict lines and private notes, so the text can be shared with the customer.");
    next_in_toolbar(ImGui::CalcTextSize("Copy to clipboard").x + 2 * ImGui::GetStyle().FramePadding.x);
    OutlineOptions options;
    options.customer_safe = app.map.customer_safe;
    std::string& text = app.relationship_views.outline_cache.get(app.doc.revision(), account->id, options, [&] {   // shown read-only
        return map_outline(*account, ws, options);
    });
    if (ImGui::Button("Copy to clipboard")) {
        ImGui::SetClipboardText(text.c_str());
        app.notify("Copied the outline of " + account->name + (options.customer_safe ? " (customer-safe)." : "."));
    }
    expose_item("outline/copy");
    expose_text("outline/text", text);
    ImGui::InputTextMultiline("##outline", &text, ImVec2(-FLT_MIN, -FLT_MIN), ImGuiInputTextFlags_ReadOnly);
}

}  // namespace kam::ui

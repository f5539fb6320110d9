// KAM Canvas: the contact editor the map opens on a double-click (or Enter): every field of
// one contact, each committed as it changes under a merge key naming the field, so typing a
// name is one undo step. The customer-safe view leaves out attitude, chess piece and notes.
#include "ui/date_field.h"
#include "ui/relationships/map_draw.h"
#include "ui/test_hooks.h"
#include "ui/relationships/views.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_internal.h"   // ImClamp

#include <algorithm>

namespace kam::ui {

// The editor's combos: each change is one edit of the named field.
template <size_t N, typename Enum>
static void enum_combo(const char* label, Enum& value, const std::array<std::string_view, N>& names, FieldEdits& edits, const char* field) {
    if (ui::enum_combo(label, value, names)) edits.mark(field);
}

static constexpr std::array<std::string_view, 7> kPieceNames = {"(none)", "King", "Queen", "Rook", "Bishop", "Knight", "Pawn"};

// Keeps the editor window inside 'area' (the user may move it there): never over the map's
// toolbar and filter row, never partly off screen.
static void keep_window_inside(const Box& area) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const ImVec2 inside(std::clamp(pos.x, area.min.x, std::max(area.min.x, area.max.x - size.x)),
                        std::clamp(pos.y, area.min.y, std::max(area.min.y, area.max.y - size.y)));
    if (inside.x != pos.x || inside.y != pos.y) ImGui::SetWindowPos(inside);
}

// The relationship development plan for this contact (our strategy: hidden in the customer-safe view).
static void draw_development(AppState& app, Development& d, FieldEdits& edits) {
    ImGui::SeparatorText("Relationship development");
    enum_combo("Relationship now", d.now, kRelationshipLevelLabels, edits, "relationship now");
    expose_item("map/edit/development/now");
    enum_combo("Target", d.target, kRelationshipLevelLabels, edits, "development target");
    expose_item("map/edit/development/target");
    help_marker("Where we want the relationship to be. The card shows a badge until it is reached.");
    if (!d.has_target()) return;
    if (person_combo("Developed by", d.developer, app.doc.ws())) edits.mark("developer");
    expose_item("map/edit/development/developer");
    const std::string today = app.host.today ? app.host.today() : "";
    const bool late = !d.reached() && !d.by.empty() && !today.empty() && d.by < today;
    if (date_field(app, "By", d.by, late ? "Past its date and not reached" : nullptr)) edits.mark("target date");
    expose_item("map/edit/development/by");
    input_text("Next step", d.next_step);
    expose_item("map/edit/development/next_step");
    edits.track("next step");
}

void draw_contact_editor(AppState& app, const Box& area) {
    MapState& m = app.map;
    if (m.edit_contact.empty()) return;
    const Account* account = app.doc.ws().find_account(app.selected_account);
    const Contact* found = account ? account->find_contact(m.edit_contact) : nullptr;
    if (!found) return m.edit_contact.clear();   // deleted, or undone
    const size_t index = static_cast<size_t>(found - account->contacts.data());
    Contact c = *found;

    bool open = true;
    // Beside the mouse (the card), growing away from the nearer edges of the map area; at most as
    // large as the area (a taller editor scrolls) and kept inside it, below the toolbar.
    const ImVec2 mouse = ImClamp(ImGui::GetMousePos(), area.min, area.max), middle = area.center();
    ImGui::SetNextWindowPos(mouse, ImGuiCond_Appearing, ImVec2(mouse.x > middle.x ? 1.0f : 0.0f, mouse.y > middle.y ? 1.0f : 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(area.width(), area.height()));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;
    if (ImGui::Begin("Edit contact###map_contact_editor", &open, flags)) {
        keep_window_inside(area);
        expose_rect("map/edit/window", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(), ImGui::GetWindowHeight());
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        FieldEdits edits;
        ImGui::PushItemWidth(em(16));
        input_text("Name", c.name);
        expose_item("map/edit/name");
        edits.track("name");
        if (c.name.empty()) ImGui::TextColored(vec4(palette().error), "A contact needs a name.");
        input_text("Job title", c.title);
        expose_item("map/edit/title");
        edits.track("job title");
        input_text("Department", c.department);
        edits.track("department");
        input_text("Location", c.location);
        edits.track("location");
        input_text("Product line", c.product_line);
        edits.track("product line");
        if (ImGui::InputInt("Level", &c.level)) c.level = std::max(c.level, 0);
        ImGui::SetItemTooltip("0 = the top of the organisation");
        edits.track("level");
        enum_combo("Buying role", c.role, kBuyingRoleLabels, edits, "buying role");
        ImGui::SliderInt("Decision power", &c.power, kPowerMin, kPowerMax);
        expose_item("map/edit/power");
        edits.track("decision power");
        if (m.customer_safe) {
            note("Attitude, chess piece and notes are hidden in the customer-safe view.");
        } else {
            enum_combo("Chess piece", c.piece, kPieceNames, edits, "chess piece");
            if (c.piece != ChessPiece::None) help_marker(chess_piece_question(c.piece));
            ImGui::SliderInt("Attitude to us", &c.attitude, kAttitudeMin, kAttitudeMax, attitude_label(c.attitude));
            expose_item("map/edit/attitude");
            edits.track("attitude");
            ImGui::TextUnformatted("Private notes");
            input_multiline("##notes", c.notes, 4);
            expose_item("map/edit/notes");
            edits.track("notes");
            draw_development(app, c.development, edits);
        }
        ImGui::PopItemWidth();
        if (ImGui::Button("Close")) open = false;
        expose_item("map/edit/close");
        if (edits.changed && !c.name.empty()) {
            Account a = *account;
            a.contacts[index] = c;
            app.doc.set_account(std::move(a), "Edit contact " + edits.field, "contact/" + c.id + "/" + edits.field);
        }
        if (edits.deactivated) app.doc.seal();
    }
    ImGui::End();
    if (!open) m.edit_contact.clear();
}

}  // namespace kam::ui

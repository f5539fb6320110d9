// KAM Canvas: small widgets shared by the views, and the pattern every view uses to edit
// the document: edit a copy, and when a widget changed it, commit the copy under a merge
// key naming the field (so typing in one field is one undo step).
#pragma once

#include "core/model.h"

#include "imgui.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include <string>
#include <vector>

namespace kam::ui {

// Font-relative size: layouts are written in multiples of the font size so one scale
// factor (View > Font size, HiDPI) scales everything.
float em(float n = 1.0f);

// Tracks which field of a copy was edited this frame. Use:
//   FieldEdits edits;  edit_text(...); edits.track("name");  ...
//   if (edits.changed) doc.set_account(copy, "Edit " + edits.field, edits.field);
struct FieldEdits {
    bool changed = false;
    bool deactivated = false;   // a field lost focus: seal the undo step
    std::string field;
    // Call right after a text or number widget.
    void track(const char* field_name);
    // For one-shot widgets (combo, checkbox) that report a change by their return value.
    void mark(const char* field_name) {
        changed = deactivated = true;
        field = field_name;
    }
};

bool input_text(const char* label, std::string& value, const char* hint = nullptr);
bool input_multiline(const char* label, std::string& value, float height_em);

// A combo over an enum's labels (index = value); true when another value was picked.
template <typename Enum, size_t N>
bool enum_combo(const char* label, Enum& value, const std::array<std::string_view, N>& labels) {
    bool changed = false;
    const size_t current = static_cast<size_t>(value);
    if (ImGui::BeginCombo(label, current < N ? std::string(labels[current]).c_str() : "?")) {
        for (size_t i = 0; i < N; i++) {
            if (ImGui::Selectable(std::string(labels[i]).c_str(), i == current) && i != current) {
                value = static_cast<Enum>(i);
                changed = true;
            }
            if (i == current) ImGui::SetItemDefaultFocus();   // the keyboard starts from the value there is
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A combo choosing one of 'items' by its id, or none (the empty id, 'none_label'). Each entry
// shows name(item), and detail(item) faint beside it (a title, a role) when there is one.
template <typename Item, typename Name, typename Detail>
bool id_combo(const char* label, Id& value, const std::vector<Item>& items, const char* none_label, Name name, Detail detail) {
    const auto current = std::find_if(items.begin(), items.end(), [&](const Item& x) { return x.id == value; });
    bool changed = false;
    if (!ImGui::BeginCombo(label, current != items.end() ? std::string(name(*current)).c_str() : none_label)) return false;
    if (ImGui::Selectable(none_label, value.empty()) && !value.empty()) value.clear(), changed = true;
    for (const Item& item : items) {
        ImGui::PushID(item.id.c_str());
        if (ImGui::Selectable(std::string(name(item)).c_str(), item.id == value) && item.id != value) value = item.id, changed = true;
        if (const std::string text(detail(item)); !text.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", text.c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

// The customer-safe view's switch (the map's toolbar and the plan have one each, for one flag):
// tinted while it is on, so nobody forgets the customer sees the screen.
void customer_safe_checkbox(bool& on, const char* tooltip);
// While the customer-safe view is on ('on'), says that 'what' is internal and returns true: the view
// then shows nothing else (health, reviews, the other customers of the portfolio).
bool hidden_from_customer(bool on, const char* what);

// A combo over our team (with their roles); 'none_label' is the entry for an empty id.
bool person_combo(const char* label, Id& value, const Workspace& ws, const char* none_label = "(nobody)");

// Case-insensitive for ASCII; other characters must match exactly (good enough to find "Öberg" by
// typing "Öberg" or "berg"). For the filters of lists.
bool contains_text(const std::string& haystack, const std::string& needle);

// SameLine() when an item 'width' wide still fits on this line; otherwise a new line, so a
// toolbar wraps in a narrow window instead of hiding its last items.
void next_in_toolbar(float width, float spacing = -1);

// A view's scrolling area, filling the room it is given (or 'size'). A view is laid out at least
// kViewMinWidthEm wide: in a narrower window (a large UI scale on a small screen) it scrolls
// sideways rather than squeezing its rows past their edge. Always followed by ImGui::EndChild(),
// as BeginChild() is.
constexpr float kViewMinWidthEm = 32;
bool begin_view_area(const char* id, ImVec2 size = ImVec2(0, 0));

// Scrolls the item just drawn to the top of its window when it is the section 'asked' names (and
// clears 'asked': once is enough).
void scroll_here_if_asked(std::string& asked, std::string_view anchor);

// Help or a count in the disabled colour, wrapped at the window's edge: a long note must never
// widen its window, or at a large UI scale it pushes the layout out of reach. row_note() puts it
// after the controls of a row while there is room for a few words there, else below them.
void note(const char* fmt, ...) IM_FMTARGS(1);
void row_note(const char* fmt, ...) IM_FMTARGS(1);

// A colour of the model (0xRRGGBBAA) as ImGui packs it (ImU32).
uint32_t im_color(uint32_t rgba);

// A colour swatch (0xRRGGBBAA) that opens a palette: the tier presets' colours and a
// colour-blind-safe set that stays readable behind dark text. Returns true when one was picked.
bool color_palette(const char* id, uint32_t& rgba);

// Account health as the dashboard and the Health tab show it: the score in its band's colour
// (green, amber, red) with the trend's arrow; "-" without a score. Returns the text it showed.
ImU32 health_band_color(HealthBand band);
const char* trend_arrow(int direction);   // "↑", "→" or "↓"
std::string health_badge(std::optional<int> score, HealthBand band, int trend);

// Text with a grey tooltip marker "(?)".
void help_marker(const char* text);

// Opens the modal 'title' (centred, sized to its content) while 'open' holds; true while it is
// showing (then end it with ImGui::EndPopup()).
bool begin_modal(const char* title, bool open);

}  // namespace kam::ui

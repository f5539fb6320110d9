// KAM Canvas: widgets the planning views share, and the one way they commit an edit: a copy
// of the selected account with the change applied, as one document edit (typing in one field
// merges into one undo step by its merge key).
#pragma once

#include "ui/app_state.h"
#include "ui/date_field.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

// Applies 'change' to a copy of account 'a' (which is app.doc's) and commits it.
template <typename Change>
void edit_plan(AppState& app, const Account& a, const std::string& label, const std::string& merge_key, Change&& change) {
    Account copy = a;
    change(copy.plan);
    app.doc.set_account(std::move(copy), label, merge_key);
}

// Seals the undo step when the last item (a text field being typed in) is left.
inline void seal_when_left(AppState& app) {
    if (ImGui::IsItemDeactivated()) app.doc.seal();
}

// A combo over the account's contacts (name and title); 'none_label' is the empty id.
bool contact_combo(const char* label, Id& value, const Account& a, const char* none_label = "(nobody)");

// A table of a plan's long list: it scrolls in its own frame (up to 'max_rows' rows high), its
// header stays, and the caller builds only the rows in view (ImGuiListClipper).
bool begin_list_table(const char* id, int columns, size_t rows, float max_rows);

// A small coloured flag ("overdue", "expired") on the same line.
void flag(const char* text);

}  // namespace kam::ui

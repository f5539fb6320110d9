// KAM Canvas: widgets the planning views share, and the one way they commit an edit: a copy
// of the selected account with the change applied, as one document edit (typing in one field
// merges into one undo step by its merge key).
#pragma once

#include "core/planning/planning.h"
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

// The customer-safe view is one switch for the whole app (the map's toolbar and the plan's): the
// customer may be looking at the screen whichever tab is open. The plan then shows what
// customer_plan() keeps, and stays editable: joint planning happens in that view.
inline bool customer_safe(const AppState& app) { return app.map.customer_safe; }

// The indexes of the items a list shows: all, or in the customer-safe view those the customer may see.
template <typename Item>
std::vector<int> shown_rows(const AppState& app, const std::vector<Item>& items, PlanList list) {
    std::vector<int> rows;
    rows.reserve(items.size());
    for (size_t i = 0; i < items.size(); i++)
        if (!customer_safe(app) || shown_to_customer(list, items[i].visibility)) rows.push_back((int)i);
    return rows;
}

// An item added in the customer-safe view is made with the customer: it is shared with them.
inline Visibility new_item_visibility(const AppState& app) { return customer_safe(app) ? Visibility::Shared : Visibility::Default; }

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

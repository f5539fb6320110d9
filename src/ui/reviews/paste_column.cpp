// KAM Canvas: a column pasted from a spreadsheet into the forecast table (core/reviews/pasted_column.h).
// The paste is taken from the figure cell being edited before its InputText sees the key: that
// InputText would drop the line breaks and run the column together into one number.
#define IMGUI_DEFINE_MATH_OPERATORS   // imgui_internal.h needs it before imgui.h
#include "ui/reviews/views.h"

#include "core/dates.h"
#include "core/reviews/pasted_column.h"

#include "imgui.h"
#include "imgui_internal.h"   // the active item, to take the paste from the cell being edited

namespace kam::ui {

bool paste_column(AppState& app, const Account& a, const std::string& month, Figure figure, unsigned cell) {
    if (ImGui::GetActiveID() != cell) return false;
    // The chords ImGui's own InputText pastes with.
    if (!ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_V) && !ImGui::IsKeyChordPressed(ImGuiMod_Shift | ImGuiKey_Insert))
        return false;
    const char* clipboard = ImGui::GetClipboardText();
    if (!clipboard) return false;
    const PastedColumn column = parse_pasted_column(clipboard);
    if (column.lines <= 1) return false;   // one cell: an ordinary paste into the cell

    // The cell stops being edited either way: what it held before the paste is not committed over the column.
    ImGui::ClearActiveID();
    app.forecast_view.edit_key.clear();
    const std::string what = figure == Figure::Forecast ? "forecast" : "actual";
    Account copy = a;
    std::string problem = column.error;
    if (problem.empty()) problem = apply_pasted_column(copy, month, figure, column.values);
    if (problem.empty() && app.doc.read_only()) problem = "this workspace is read-only here";   // else "Pasted" would be untrue
    if (!problem.empty()) {
        app.notify("Nothing pasted: " + problem, true);
        return true;
    }
    const std::string count = std::to_string(column.values.size()) + " " + what + (column.values.size() == 1 ? "" : "s");
    const std::string oldest = month_text(*month_number(month) - static_cast<int>(column.values.size()) + 1);
    app.doc.set_account(std::move(copy), "Paste " + count);
    app.notify("Pasted " + count + ", " + month + " down to " + oldest);
    return true;
}

}  // namespace kam::ui

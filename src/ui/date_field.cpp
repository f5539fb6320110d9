#include "ui/date_field.h"

#include "core/io/validate.h"
#include "ui/theme.h"

#include "imgui.h"
#include "imgui_stdlib.h"

namespace kam::ui {

bool date_field(AppState& app, const char* label, std::string& date, const char* late) {
    DateDraft& draft = app.date_draft;
    const ImGuiID id = ImGui::GetID(label);
    std::string text = draft.id == id ? draft.text : date;
    if (late) ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().error));
    const bool edited = ImGui::InputTextWithHint(label, "YYYY-MM-DD", &text);
    if (late) ImGui::PopStyleColor();
    if (late && ImGui::IsItemHovered() && draft.id != id) ImGui::SetTooltip("%s", late);
    bool changed = false;
    if (edited) {
        if (text.empty() || is_valid_date(text)) {
            draft.id = 0;
            changed = text != date;
            date = text;
        } else {
            draft.id = id;   // not a date yet: keep typing
            draft.text = text;
        }
    }
    if (ImGui::IsItemDeactivated() && draft.id == id) {
        app.notify("Not changed: \"" + draft.text + "\" is not a date (YYYY-MM-DD, e.g. 2027-03-31); it stays " +
                       (date.empty() ? "empty" : date) + ".", true);
        draft.id = 0;
    }
    if (draft.id == id && ImGui::IsItemHovered()) ImGui::SetTooltip("Not a date yet: YYYY-MM-DD");
    return changed;
}

}  // namespace kam::ui

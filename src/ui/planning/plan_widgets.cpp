#include "ui/planning/plan_widgets.h"

#include "core/io/validate.h"

#include "imgui_stdlib.h"

namespace kam::ui {

bool contact_combo(const char* label, Id& value, const Account& a, const char* none_label) {
    const Contact* current = a.find_contact(value);
    bool changed = false;
    if (ImGui::BeginCombo(label, current ? current->name.c_str() : none_label)) {
        if (ImGui::Selectable(none_label, value.empty()) && !value.empty()) {
            value.clear();
            changed = true;
        }
        for (const Contact& c : a.contacts) {
            ImGui::PushID(c.id.c_str());
            if (ImGui::Selectable(c.name.c_str(), c.id == value) && c.id != value) {
                value = c.id;
                changed = true;
            }
            if (!c.title.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", c.title.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool date_field(AppState& app, const char* label, std::string& date, const char* late) {
    PlanView& view = app.plan_view;
    const ImGuiID id = ImGui::GetID(label);
    std::string text = view.date_draft_id == id ? view.date_draft : date;
    if (late) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.10f, 0.10f, 1));
    const bool edited = ImGui::InputTextWithHint(label, "YYYY-MM-DD", &text);
    if (late) ImGui::PopStyleColor();
    if (late && ImGui::IsItemHovered() && view.date_draft_id != id) ImGui::SetTooltip("%s", late);
    bool changed = false;
    if (edited) {
        if (text.empty() || is_valid_date(text)) {
            view.date_draft_id = 0;
            changed = text != date;
            date = text;
        } else {
            view.date_draft_id = id;   // not a date yet: keep typing
            view.date_draft = text;
        }
    }
    if (ImGui::IsItemDeactivated() && view.date_draft_id == id) {
        app.notify("Not changed: \"" + view.date_draft + "\" is not a date (YYYY-MM-DD, e.g. 2027-03-31); it stays " +
                       (date.empty() ? "empty" : date) + ".", true);
        view.date_draft_id = 0;
    }
    if (view.date_draft_id == id && ImGui::IsItemHovered()) ImGui::SetTooltip("Not a date yet: YYYY-MM-DD");
    return changed;
}

void flag(const char* text) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.80f, 0.15f, 0.15f, 1), "%s", text);
}

}  // namespace kam::ui

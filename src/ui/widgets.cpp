#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <algorithm>
#include <cctype>

namespace kam::ui {

float em(float n) { return ImGui::GetFontSize() * n; }

void FieldEdits::track(const char* field_name) {
    if (ImGui::IsItemEdited()) {
        changed = true;
        field = field_name;
    }
    if (ImGui::IsItemDeactivated()) deactivated = true;
}

bool input_text(const char* label, std::string& value, const char* hint) {
    if (hint) return ImGui::InputTextWithHint(label, hint, &value);
    return ImGui::InputText(label, &value);
}

bool input_multiline(const char* label, std::string& value, float height_em) {
    return ImGui::InputTextMultiline(label, &value, ImVec2(-FLT_MIN, em(height_em)));
}

bool person_combo(const char* label, Id& value, const Workspace& ws, const char* none_label) {
    const Person* current = ws.find_person(value);
    bool changed = false;
    if (ImGui::BeginCombo(label, current ? current->name.c_str() : none_label)) {
        if (ImGui::Selectable(none_label, value.empty())) {
            changed = !value.empty();
            value.clear();
        }
        for (const Person& p : ws.team) {
            ImGui::PushID(p.id.c_str());
            if (ImGui::Selectable(p.name.c_str(), p.id == value) && p.id != value) {
                value = p.id;
                changed = true;
            }
            if (!p.role.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", p.role.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool contains_text(const std::string& haystack, const std::string& needle) {
    auto lower = [](char c) { return (char)std::tolower((unsigned char)c); };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != haystack.end();
}

void next_in_toolbar(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(em(30));
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace kam::ui

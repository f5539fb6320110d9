#include "ui/planning/plan_widgets.h"

#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

#include <algorithm>

namespace kam::ui {

bool contact_combo(const char* label, Id& value, const Account& a, const char* none_label) {
    return id_combo(label, value, a.contacts, none_label, [](const Contact& c) { return c.name; }, [](const Contact& c) { return c.title; });
}

bool begin_list_table(const char* id, int columns, size_t rows, float max_rows) {
    const float height = std::min<float>(rows + 1.5f, max_rows) * ImGui::GetFrameHeightWithSpacing();
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable(id, columns, flags, ImVec2(0, height))) return false;
    ImGui::TableSetupScrollFreeze(0, 1);
    return true;
}

void flag(const char* text) {
    ImGui::SameLine();
    ImGui::TextColored(vec4(palette().error), "%s", text);
}

}  // namespace kam::ui

// KAM Canvas: the filter row of the relationship views (see map_filter_bar.h).
#include "ui/relationships/map_filter_bar.h"

#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <string>

namespace kam::ui {

// The distinct values are gathered only while a combo is open: a map of 10,000 contacts
// would otherwise be scanned every frame for lists nobody looks at.
// Combos carry no side label (the row must fit a laptop): "All departments" says what it is.
static bool text_combo(const char* id, const char* any, std::string& value, const Account& account,
                       std::vector<std::string> MapFilterChoices::*list) {
    bool changed = false;
    ImGui::SetNextItemWidth(em(9));
    if (ImGui::BeginCombo(id, value.empty() ? any : value.c_str())) {
        if (ImGui::Selectable(any, value.empty()) && !value.empty()) value.clear(), changed = true;
        const MapFilterChoices choices = map_filter_choices(account);
        for (const std::string& choice : choices.*list)
            if (ImGui::Selectable(choice.c_str(), choice == value) && choice != value) value = choice, changed = true;
        ImGui::EndCombo();
    }
    return changed;
}

bool draw_map_filter_bar(const char* id, MapFilter& filter, const Account& account, bool* search_entered) {
    bool changed = false;
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(em(12));
    const std::string search = filter.search;
    const bool entered = ImGui::InputTextWithHint("##search", "Find name or title", &filter.search, ImGuiInputTextFlags_EnterReturnsTrue);
    changed |= filter.search != search;
    expose_item(std::string(id) + "/search");
    if (search_entered) {
        *search_entered = entered;
        if (entered) ImGui::SetKeyboardFocusHere(-1);
        ImGui::SetItemTooltip("Part of a name or title. Enter goes to the next match.");
    }
    next_in_toolbar(em(9));
    changed |= text_combo("##department", "All departments", filter.department, account, &MapFilterChoices::departments);
    next_in_toolbar(em(9));
    changed |= text_combo("##location", "All locations", filter.location, account, &MapFilterChoices::locations);
    next_in_toolbar(em(9));
    changed |= text_combo("##product line", "All product lines", filter.product_line, account, &MapFilterChoices::product_lines);
    next_in_toolbar(em(6));

    ImGui::SetNextItemWidth(em(6));
    const std::string level = filter.level ? "Level " + std::to_string(*filter.level) : "All levels";
    if (ImGui::BeginCombo("##level", level.c_str())) {
        if (ImGui::Selectable("All levels", !filter.level) && filter.level) filter.level.reset(), changed = true;
        const MapFilterChoices choices = map_filter_choices(account);
        for (int l : choices.levels)
            if (ImGui::Selectable(("Level " + std::to_string(l)).c_str(), filter.level == l) && filter.level != l) filter.level = l, changed = true;
        ImGui::EndCombo();
    }
    next_in_toolbar(em(9));

    ImGui::SetNextItemWidth(em(9));
    const std::string role = filter.role ? std::string(kBuyingRoleLabels[(size_t)*filter.role]) : "All buying roles";
    if (ImGui::BeginCombo("##role", role.c_str())) {
        if (ImGui::Selectable("All buying roles", !filter.role) && filter.role) filter.role.reset(), changed = true;
        const MapFilterChoices choices = map_filter_choices(account);
        for (BuyingRole r : choices.roles)
            if (ImGui::Selectable(std::string(kBuyingRoleLabels[(size_t)r]).c_str(), filter.role == r) && filter.role != r)
                filter.role = r, changed = true;
        ImGui::EndCombo();
    }
    next_in_toolbar(ImGui::GetFrameHeight() + ImGui::CalcTextSize("With targets").x + ImGui::GetStyle().ItemInnerSpacing.x);
    changed |= ImGui::Checkbox("With targets", &filter.with_target);
    ImGui::SetItemTooltip("Only the contacts with a relationship development target");
    expose_item(std::string(id) + "/with_target");
    if (filter.active()) {
        next_in_toolbar(ImGui::CalcTextSize("Clear filter").x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::SmallButton("Clear filter")) filter = {}, changed = true;
        expose_item(std::string(id) + "/clear");
    }
    ImGui::PopID();
    return changed;
}

}  // namespace kam::ui

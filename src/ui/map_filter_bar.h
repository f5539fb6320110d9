// KAM Canvas: one row of filter controls for the relationship views (department, location,
// product line, level, buying role, name search), offering only values the account uses.
#pragma once

#include "core/map_filter.h"

namespace kam::ui {

// 'id' keeps the widgets of two bars apart. Returns true when the filter changed.
bool draw_map_filter_bar(const char* id, MapFilter& filter, const Account& account);

}  // namespace kam::ui

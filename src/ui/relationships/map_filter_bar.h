// KAM Canvas: one row of filter controls for the relationship views (department, location,
// product line, level, buying role, name search), offering only values the account uses;
// it wraps onto more lines where the window is narrow.
#pragma once

#include "core/relationships/map_filter.h"

namespace kam::ui {

// 'id' keeps the widgets of two bars apart. Returns true when the filter changed.
// With 'search_entered', Enter in the name search sets it (and keeps the keyboard in the box,
// so Enter again can go on to the next match).
bool draw_map_filter_bar(const char* id, MapFilter& filter, const Account& account, bool* search_entered = nullptr);

}  // namespace kam::ui

// KAM Canvas: the review rhythm's views: the selected account's monthly figures against its
// forecast, the investigations of what the rules flag, and the settings they follow.
#pragma once

#include "ui/app_state.h"

namespace kam {
struct MonthRow;
}

namespace kam::ui {

void draw_forecast_tab(AppState& app);                                          // forecast_tab.cpp
void draw_reviews_tab(AppState& app);                                           // reviews_tab.cpp
void draw_investigation(AppState& app, const Account& a, const MonthRow& row);  // investigation_panel.cpp
void draw_rhythm_settings(AppState& app, const Account& a);                     // rhythm_settings.cpp

}  // namespace kam::ui

// KAM Canvas: the forecast views: the selected account's monthly figures against its forecast.
#pragma once

#include "ui/app_state.h"

namespace kam::ui {

void draw_forecast_tab(AppState& app);   // forecast_tab.cpp

}  // namespace kam::ui

// KAM Canvas: the forecast views: the selected account's monthly figures against its forecast, and
// the preview of an import of actuals.
#pragma once

#include "ui/app_state.h"

namespace kam::ui {

void draw_forecast_tab(AppState& app);   // forecast_tab.cpp
void draw_actuals_import_dialog(AppState& app);   // actuals_import_dialog.cpp: File > Import actuals (CSV)

}  // namespace kam::ui

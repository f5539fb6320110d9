// KAM Canvas: the forecast views: the selected account's monthly figures against its forecast.
#pragma once

#include "ui/app_state.h"

#include <string_view>

namespace kam {
struct FigureTable;
}

namespace kam::ui {

void draw_forecast_tab(AppState& app);   // forecast_tab.cpp
// The table's months as a chart, full width and about 14 em high, with its legend above it; the
// amounts in 'currency' ("EUR"; "" shows no unit). forecast_chart.cpp
void draw_forecast_chart(AppState& app, const FigureTable& table, std::string_view currency);

}  // namespace kam::ui

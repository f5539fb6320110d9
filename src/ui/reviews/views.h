// KAM Canvas: the review rhythm's views: the selected account's monthly figures against its
// forecast, the investigations of what the rules flag, the settings they follow, the reviews, and
// the preview of an import of actuals.
#pragma once

#include "ui/app_state.h"

#include <string_view>

namespace kam {
struct FigureTable;
struct MonthRow;
enum class Figure;
}

namespace kam::ui {

void draw_forecast_tab(AppState& app);                                          // forecast_tab.cpp
void draw_reviews_tab(AppState& app);                                           // reviews_tab.cpp
void draw_health_tab(AppState& app);                                            // health_tab.cpp
void draw_investigation(AppState& app, const Account& a, const MonthRow& row);  // investigation_panel.cpp
void draw_rhythm_settings(AppState& app, const Account& a);                     // rhythm_settings.cpp
// The table's months as a chart, full width and about 14 em high, with its legend above it; the
// amounts in 'currency' ("EUR"; "" shows no unit). forecast_chart.cpp
// empty_note: what the chart says where there are no figures (the Forecast tab points to its table).
void draw_forecast_chart(AppState& app, const FigureTable& table, std::string_view currency,
                         const char* empty_note = "No figures yet: type a forecast or an actual in the table below.");
// When the figure cell 'cell' (its ImGui id) is being edited and Ctrl+V (Cmd+V) pastes more than
// one line, puts the column into the month's figure and the older months below it as one undo step,
// or refuses it whole with the bad line named; true when it took the paste (the cell is no longer
// edited then). A single line is left to the cell. paste_column.cpp
bool paste_column(AppState& app, const Account& a, const std::string& month, Figure figure, unsigned cell);
void draw_actuals_import_dialog(AppState& app);                                 // actuals_import_dialog.cpp: File > Import actuals (CSV)

}  // namespace kam::ui

// KAM Canvas: the relationship views: the client's people on a map, and the matrix, coverage
// analysis and outline beside it. One file each.
#pragma once

#include "ui/app_state.h"

namespace kam::ui {

void draw_map_canvas(AppState& app);       // map_canvas.cpp: the relationship map of the selected account
// contact_editor.cpp: every field of app.map.edit_contact, in a window kept inside 'area' (the map canvas).
void draw_contact_editor(AppState& app, const Box& area);
void draw_relationship_matrix(AppState& app);      // relationship_matrix.cpp
void draw_coverage_analysis_panel(AppState& app);  // coverage_analysis_panel.cpp
void draw_map_outline_view(AppState& app);         // map_outline_view.cpp

}  // namespace kam::ui

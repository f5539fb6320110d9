// KAM Canvas: the views. One file each; all draw from AppState and edit through its Document.
#pragma once

#include "ui/app_state.h"

namespace kam::ui {

// main_window.cpp: the whole screen. save_status is the storage state ("Saved", ...).
void draw_app(AppState& app, const char* save_status);

void draw_menu_bar(AppState& app);         // menu_bar.cpp (also the keyboard shortcuts)
void draw_accounts_panel(AppState& app);   // accounts_panel.cpp
void draw_account_profile(AppState& app);  // account_profile.cpp
void draw_team_panel(AppState& app);       // team_panel.cpp
void draw_relationship_matrix(AppState& app);      // relationship_matrix.cpp
void draw_coverage_analysis_panel(AppState& app);  // coverage_analysis_panel.cpp
void draw_map_outline_view(AppState& app);         // map_outline_view.cpp
void draw_dialogs(AppState& app);          // dialogs.cpp: errors, confirmations, about
void draw_map_canvas(AppState& app);       // map_canvas.cpp: the relationship map of the selected account
void draw_contact_editor(AppState& app);   // contact_editor.cpp: every field of app.map.edit_contact

}  // namespace kam::ui

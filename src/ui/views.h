// KAM Canvas: the views. One file each; all draw from AppState and edit through its Document.
#pragma once

#include "ui/app_state.h"

#include <string>

namespace kam::ui {

// main_window.cpp: the whole screen. save_status is the storage state ("Saved", ...).
void draw_app(AppState& app, const char* save_status);
// Whether 'label' names one of the main tabs ("Account", "Map", ..., "Our team").
bool is_main_tab(const std::string& label);

void draw_menu_bar(AppState& app);         // menu_bar.cpp (also the keyboard shortcuts)
void draw_accounts_panel(AppState& app);   // accounts_panel.cpp
void draw_account_profile(AppState& app);  // account_profile.cpp
void draw_team_panel(AppState& app);       // team_panel.cpp
void draw_relationship_matrix(AppState& app);      // relationship_matrix.cpp
void draw_coverage_analysis_panel(AppState& app);  // coverage_analysis_panel.cpp
void draw_map_outline_view(AppState& app);         // map_outline_view.cpp
void draw_dialogs(AppState& app);          // dialogs.cpp: errors, confirmations, about
void draw_map_canvas(AppState& app);       // map_canvas.cpp: the relationship map of the selected account
// contact_editor.cpp: every field of app.map.edit_contact, in a window kept inside 'area' (the map canvas).
void draw_contact_editor(AppState& app, const Box& area);

// Account selection and tiering (shared state and helpers in tiering_common.h).
void draw_tiering(AppState& app);              // tiering_panel.cpp: tier counts, what-if, export, the views below
void draw_scoring_grid(AppState& app);         // scoring_grid.cpp: accounts x criteria, spreadsheet-like
void draw_criteria_editor(AppState& app);      // criteria_editor.cpp
void draw_tier_scheme_editor(AppState& app);   // tier_scheme_editor.cpp
void draw_portfolio_matrix(AppState& app);     // portfolio_matrix.cpp
void draw_tier_explanation(AppState& app, const Account& account);   // tier_explain.cpp: in the profile

}  // namespace kam::ui

// KAM Canvas: the views of the whole app. One file each; all draw from AppState and edit through
// its Document. Each capability declares its own views beside them (ui/relationships/views.h,
// ui/tiering/views.h); the main window puts them all on screen.
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
// account_profile.cpp: the stage and relationship level combos (the profile and the Plan tab show them).
void draw_stage_and_level(AppState& app, Account& a, struct FieldEdits& edits);
void draw_team_panel(AppState& app);       // team_panel.cpp
void draw_portfolio_dashboard(AppState& app);   // portfolio_dashboard.cpp: every account, what needs attention first
// review_pack.cpp: the executive review pack over the whole window (while app.review_pack.presenting),
// and the Portfolio tab's buttons that present and export it.
void draw_review_pack(AppState& app);
void draw_review_pack_buttons(AppState& app);
void draw_dialogs(AppState& app);          // dialogs.cpp: errors, confirmations, about
void draw_storage_banner(AppState& app);   // storage_banner.cpp: read-only while another tab saves
void draw_storage_window(AppState& app);   // storage_window.cpp: Help > Storage, the backups to restore
void draw_export_reminder(AppState& app);  // export_reminder_bar.cpp: days of changes that no export holds

}  // namespace kam::ui

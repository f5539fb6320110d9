// KAM Canvas: the tiering views: which accounts are key, and why. One file each; the state and
// helpers they share are in tiering_common.h.
#pragma once

#include "ui/app_state.h"

namespace kam::ui {

void draw_tiering(AppState& app);              // tiering_panel.cpp: tier counts, what-if, export, the views below
void draw_scoring_grid(AppState& app);         // scoring_grid.cpp: accounts x criteria, spreadsheet-like
void draw_criteria_editor(AppState& app);      // criteria_editor.cpp
void draw_tier_scheme_editor(AppState& app);   // tier_scheme_editor.cpp
void draw_portfolio_matrix(AppState& app);     // portfolio_matrix.cpp
void draw_tier_explanation(AppState& app, const Account& account);   // tier_explain.cpp: in the profile

}  // namespace kam::ui

// KAM Canvas: the planning views: the account plan (a tab per account) and one person's actions
// across every account. One file per part; plan_widgets.h has what they share.
#pragma once

#include "ui/app_state.h"

#include <string>

namespace kam::ui {

void draw_plan_tab(AppState& app);     // plan_tab.cpp: the sections below, each with its completeness
void draw_my_actions(AppState& app);   // my_actions.cpp: "My actions" across all accounts

// The sections of the selected account's plan; 'today' is "YYYY-MM-DD".
void draw_plan_header(AppState& app, const Account& a, const std::string& today);    // plan_header.cpp
void draw_plan_customer(AppState& app, const Account& a);                             // plan_customer.cpp
void draw_plan_swot(AppState& app, const Account& a);                                 // plan_swot.cpp
void draw_plan_value_added(AppState& app, const Account& a);                          // plan_value_added.cpp
void draw_plan_objectives(AppState& app, const Account& a, const std::string& today); // plan_objectives.cpp
void draw_plan_actions(AppState& app, const Account& a, const std::string& today);    // plan_actions.cpp
void draw_plan_whitespace(AppState& app, const Account& a);                           // plan_whitespace.cpp

}  // namespace kam::ui

// KAM Canvas: a date field for every view: "YYYY-MM-DD" or empty. What is typed is taken once it
// is a date (or empty); leaving the field with anything else keeps the old date and says so, so
// nothing typed vanishes unnoticed.
#pragma once

#include "ui/app_state.h"

#include <string>

namespace kam::ui {

// True when 'date' changed. A late date (overdue, expired) shows in red, with 'late' as its tooltip.
bool date_field(AppState& app, const char* label, std::string& date, const char* late = nullptr);

}  // namespace kam::ui

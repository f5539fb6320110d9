// KAM Canvas: calendar dates as the model keeps them ("YYYY-MM-DD" texts, which sort in date
// order), turned into day numbers to count days between them or place them on a time axis.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kam {

// Days since 1970-01-01 for a valid "YYYY-MM-DD"; nullopt otherwise.
std::optional<long> day_number(std::string_view date);
// The date of a day number (the inverse of day_number).
std::string date_of_day(long day);

// Months counted from year 0 (year * 12 + month - 1) for a valid "YYYY-MM", and back.
std::optional<int> month_number(std::string_view month);
std::string month_text(int month);
// The month's short English name ("Jan".."Dec"), for axis labels.
const char* month_abbreviation(int month);

// The date 'months' calendar months after a valid "YYYY-MM-DD", on the same day of the month or
// the month's last day when it is shorter (31 January + 1 month = 28 or 29 February); nullopt
// for an invalid date.
std::optional<std::string> add_months(std::string_view date, int months);

}  // namespace kam

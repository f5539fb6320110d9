// KAM Canvas: the follow-up of flagged months. Every significant deviation is investigated: a
// flagged month is open (red) until it has an investigation, investigated (amber) while its action
// is not done, and resolved (green) when it is. The action is an action of the account plan,
// linked by Action::deviation, so it shows in the plan and in My actions with its owner and due date.
#pragma once

#include "core/reviews/deviation.h"

#include <string>

namespace kam {

enum class FollowUp { None, Open, Investigated, Resolved };

const Investigation* find_investigation(const Account& a, const std::string& month);   // nullptr when none
const Action* deviation_action(const Plan& plan, const std::string& month);             // nullptr when none

// A month with an investigation keeps it even when its figures are corrected and it is no
// longer flagged: what was found stays on record.
FollowUp follow_up(const Account& a, const MonthRow& row);

// Puts the investigation of inv.month in place (adds it, or replaces the one there).
void set_investigation(Account& a, Investigation inv);
// Removes the investigation of a month and unlinks its action (the action stays in the plan:
// it is work someone may already be doing).
void remove_investigation(Account& a, const std::string& month);

// The action of a month's investigation, added to the plan or updated there (text, owner, due).
// New ones are internal: a deviation is our business, not the customer's.
void set_deviation_action(Account& a, const std::string& month, const std::string& text, const Id& owner, const std::string& due);

// Flagged months of the table still waiting for an investigation, and those investigated but
// not resolved.
struct OpenDeviations {
    int open = 0, investigated = 0;
};
OpenDeviations open_deviations(const Account& a, const FigureTable& table);
// The same from the summary of the table (the dashboard's lean path; the same counts).
OpenDeviations open_deviations(const Account& a, const FigureSummary& summary);

}  // namespace kam

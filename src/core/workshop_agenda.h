// KAM Canvas: the workshop agenda: for one account, the guided sequence an account team walks
// through on the shared screen (why this tier, the map, the coverage analysis, the plan, the
// forecast, the actions), each step with one line on where the account stands in it, so the room
// sees what to talk about before the view opens. It reads every capability (tiering, the map and
// its coverage, the plan, the figures), so it sits at core's root, beside the portfolio.
#pragma once

#include "core/model.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

enum class AgendaStep { WhyThisTier, Map, Coverage, Plan, Forecast, Actions, COUNT };
inline constexpr int kAgendaSteps = static_cast<int>(AgendaStep::COUNT);
inline constexpr std::array<std::string_view, kAgendaSteps> kAgendaStepLabels = {"Why this tier", "Map", "Coverage analysis", "Plan",
                                                                                 "Forecast", "Actions"};

struct AgendaItem {
    AgendaStep step = AgendaStep::WhyThisTier;
    std::string status;      // one line: "Gold, score 78 of 100; 6 points to Platinum"
    bool attention = false;  // something in it needs the team: a gap, a deviation, an overdue action
};

// The agenda of ws.accounts[account], in step order. 'today' ("YYYY-MM-DD") decides what is overdue and the
// year to date.
std::vector<AgendaItem> workshop_agenda(const Workspace& ws, int account, const std::string& today);

// The step 'delta' steps on from 'step', kept within the agenda (Next on the last step stays there).
int agenda_step_after(int step, int delta);

}  // namespace kam

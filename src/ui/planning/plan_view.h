// KAM Canvas: view state of the planning views (never saved in the workspace).
#pragma once

#include "core/planning/planning.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kam {

struct PlanView {
    Id scroll_to_objective;       // a SWOT link was followed: show this objective
    Id cell_unit, cell_offering;  // the whitespace cell selected (the keyboard moves it)
    bool scroll_to_cell = false;  // a SWOT link was followed: show the selected cell
    Id my_actions_person;         // whose actions "My actions" lists
    bool my_actions_finished = false;   // also the done and cancelled ones
    // The list, computed again only when the document, the person or the option changes.
    uint64_t my_actions_revision = 0;
    Id my_actions_listed_for;
    bool my_actions_listed_finished = false;
    std::vector<ActionRef> my_actions;
    double my_actions_ms = 0;     // the last computation, for the benchmark (test builds publish it)
};

}  // namespace kam

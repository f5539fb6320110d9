// KAM Canvas: version 1 of the file format, as far as version 2 changed it, and the step from it.
// Version 2 (the account plan) made the plan's lists of texts into lists of items: SWOT lines with
// a visibility and a link, value-added items, objectives with ids, measures and a status, actions
// with a status. json_io.cpp reads a version-1 plan into PlanV1 and brings it up to date here.
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace kam {

struct ObjectiveV1 {
    std::string text;
    bool achieved = false;
};

struct ActionV1 {
    std::string text;
    Id owner;
    std::string due;
    bool done = false;
};

struct PlanV1 {
    std::vector<std::string> strengths, weaknesses, opportunities, threats;
    std::string value_added;   // one text
    std::vector<ObjectiveV1> objectives;
    std::vector<ActionV1> actions;
};

// The same plan in today's model. Objectives get no id here (ids come from the workspace: see
// give_objectives_ids); an achieved objective is Achieved, the others On track; a done action
// is Done (with no date: version 1 did not keep it), the others Open; the value-added text, if
// any, becomes one proposed item.
Plan migrate_plan(PlanV1&& old);

// Gives every objective without an id a new one from ws.next_id (call after bump_next_id).
void give_objectives_ids(Workspace& ws);

}  // namespace kam

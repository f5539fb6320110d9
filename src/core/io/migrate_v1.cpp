#include "core/io/migrate_v1.h"

namespace kam {

static std::vector<SwotItem> swot_items(std::vector<std::string>& texts) {
    std::vector<SwotItem> items;
    items.reserve(texts.size());
    for (std::string& text : texts) items.push_back({std::move(text)});
    return items;
}

Plan migrate_plan(PlanV1&& old) {
    Plan plan;
    plan.strengths = swot_items(old.strengths);
    plan.weaknesses = swot_items(old.weaknesses);
    plan.opportunities = swot_items(old.opportunities);
    plan.threats = swot_items(old.threats);
    if (!old.value_added.empty()) {
        ValueItem item;
        item.text = std::move(old.value_added);
        plan.value_added.push_back(std::move(item));
    }
    for (ObjectiveV1& o : old.objectives) {
        Objective objective;
        objective.text = std::move(o.text);
        objective.status = o.achieved ? ObjectiveStatus::Achieved : ObjectiveStatus::OnTrack;
        plan.objectives.push_back(std::move(objective));
    }
    for (ActionV1& a : old.actions) {
        Action action;
        action.text = std::move(a.text);
        action.owner = std::move(a.owner);
        action.due = std::move(a.due);
        action.status = a.done ? ActionStatus::Done : ActionStatus::Open;
        plan.actions.push_back(std::move(action));
    }
    return plan;
}

void give_objectives_ids(Workspace& ws) {
    for (Account& a : ws.accounts)
        for (Objective& o : a.plan.objectives)
            if (o.id.empty()) o.id = ws.new_id('o');
}

}  // namespace kam

#include "core/reviews/investigation.h"

#include "core/dates.h"

#include <algorithm>
#include <bit>

namespace kam {

const Investigation* find_investigation(const Account& a, const std::string& month) {
    for (const Investigation& inv : a.investigations)
        if (inv.month == month) return &inv;
    return nullptr;
}

const Action* deviation_action(const Plan& plan, const std::string& month) {
    for (const Action& action : plan.actions)
        if (action.deviation == month) return &action;
    return nullptr;
}

FollowUp follow_up(const Account& a, const MonthRow& row) {
    if (!find_investigation(a, row.month)) return row.flagged() ? FollowUp::Open : FollowUp::None;
    const Action* action = deviation_action(a.plan, row.month);
    return action && action->status == ActionStatus::Done ? FollowUp::Resolved : FollowUp::Investigated;
}

void set_investigation(Account& a, Investigation inv) {
    for (Investigation& old : a.investigations)
        if (old.month == inv.month) {
            old = std::move(inv);
            return;
        }
    // Kept in month order, like the figures, so the file reads in time order.
    const auto at = std::upper_bound(a.investigations.begin(), a.investigations.end(), inv.month,
                                     [](const std::string& m, const Investigation& x) { return m < x.month; });
    a.investigations.insert(at, std::move(inv));
}

void remove_investigation(Account& a, const std::string& month) {
    std::erase_if(a.investigations, [&](const Investigation& inv) { return inv.month == month; });
    for (Action& action : a.plan.actions)
        if (action.deviation == month) action.deviation.clear();
}

void set_deviation_action(Account& a, const std::string& month, const std::string& text, const Id& owner, const std::string& due) {
    for (Action& action : a.plan.actions)
        if (action.deviation == month) {
            action.text = text, action.owner = owner, action.due = due;
            return;
        }
    Action action;
    action.text = text, action.owner = owner, action.due = due;
    action.visibility = Visibility::Internal;
    action.deviation = month;
    a.plan.actions.push_back(std::move(action));
}

OpenDeviations open_deviations(const Account& a, const FigureTable& table) {
    OpenDeviations n;
    for (const MonthRow& row : table.rows) {
        const FollowUp f = follow_up(a, row);
        n.open += f == FollowUp::Open;
        n.investigated += f == FollowUp::Investigated;
    }
    return n;
}

OpenDeviations open_deviations(const Account& a, const FigureSummary& summary) {
    // As follow_up() month by month: the months of the summary with an investigation, and of those
    // the ones whose action (the plan's first action of the month) is done. A month text that is
    // not "YYYY-MM" matches no month of a table.
    const auto bit = [&](const std::string& month) -> uint64_t {
        const std::optional<int> n = month_number(month);
        return n && *n >= summary.first && *n < summary.first + summary.count ? uint64_t{1} << (*n - summary.first) : 0;
    };
    uint64_t investigated = 0, acted = 0, done = 0;
    for (const Investigation& inv : a.investigations) investigated |= bit(inv.month);
    for (const Action& action : a.plan.actions) {
        if (action.deviation.empty()) continue;
        const uint64_t b = bit(action.deviation);
        if (b & acted) continue;   // deviation_action() finds the first one
        acted |= b;
        if (action.status == ActionStatus::Done) done |= b;
    }
    OpenDeviations n;
    n.open = std::popcount(summary.flagged & ~investigated);
    n.investigated = std::popcount(investigated & ~done);
    return n;
}

}  // namespace kam

// KAM Canvas: what changed between a snapshot of the workspace and now, or between two snapshots:
// accounts that moved tier or score, contacts added or gone, renames, attitude, power and role changes,
// coverage gained or lost, lines added or removed, stage and relationship level, objectives achieved
// or gone overdue, and forecasts changed. Each change names the account (and the contact) it is
// about, so a view can open it. It reads tiering, the map and the plan, so it sits at core's root.
#pragma once

#include "core/model.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kam {

// One side of a comparison: a snapshot, or the workspace now. It points into what it was made
// from, which must outlive it.
struct WorkspaceSide {
    const std::vector<Person>* team = nullptr;
    const std::vector<Criterion>* criteria = nullptr;
    const TierScheme* tier_scheme = nullptr;
    std::vector<const Account*> accounts;
    std::string date;   // "YYYY-MM-DD": when the snapshot was taken, or today; what was overdue then
};
WorkspaceSide side_of(const Workspace& ws, const std::string& today);
WorkspaceSide side_of(const Snapshot& s);

// In the order a list shows them: the account first, then its map, then its plan and figures.
enum class ChangeKind {
    AccountAdded, AccountGone, AccountRenamed, TierChanged, ScoreChanged, StageChanged, LevelChanged,
    ContactAdded, ContactGone, ContactRenamed, AttitudeChanged, PowerChanged, RoleChanged,
    CoverageGained, CoverageLost, LineAdded, LineRemoved,
    ObjectiveAchieved, ObjectiveOverdue, ForecastChanged, COUNT
};
inline constexpr size_t kChangeKinds = static_cast<size_t>(ChangeKind::COUNT);
inline constexpr std::array<std::string_view, kChangeKinds> kChangeKindKeys = {
    "account-added", "account-gone", "account-renamed", "tier", "score", "stage", "level", "contact-added", "contact-gone",
    "contact-renamed", "attitude", "power", "role", "coverage-gained", "coverage-lost", "line-added", "line-removed",
    "objective-achieved", "objective-overdue", "forecast"};

struct Change {
    ChangeKind kind = ChangeKind::AccountAdded;
    Id account;          // the account it is about
    Id contact;          // the contact, for a change on the map (a line's 'from'), else empty
    std::string text;    // one line for people: "Ida Berg: attitude Sceptic -> Supporter"
};

// Every change from 'before' to 'after', accounts in the order 'after' has them (gone ones last),
// each account's changes in ChangeKind order. Nothing for two sides that hold the same.
std::vector<Change> compare_sides(const WorkspaceSide& before, const WorkspaceSide& after);

// compare_sides() again after some accounts changed: 'changes' is what it gave for the same two
// sides (the same team, criteria, tiers and dates) before, 'changed' the ids of the accounts edited,
// added or gone since. Only those are compared again, the others' changes kept: an edit made while
// a comparison with now is open costs what it touched, not the whole workspace.
std::vector<Change> compare_again(std::vector<Change> changes, const WorkspaceSide& before, const WorkspaceSide& after,
                                  const std::unordered_set<Id>& changed);

// The contacts of one account that a change is about (to mark on its map), and those gone since.
struct MapChanges {
    std::vector<Id> changed;              // added, or changed in name, attitude, power, role, coverage or lines
    std::vector<const Contact*> gone;     // as they were in 'before' (their place on the map, too)
};
MapChanges map_changes(const std::vector<Change>& changes, const WorkspaceSide& before, const Id& account);

}  // namespace kam

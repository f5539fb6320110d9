// KAM Canvas: taking and deleting named snapshots of the workspace ("Q3 workshop"), kept with it
// and exported with it, to see at the next workshop what changed (core/snapshot_diff.h).
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace kam {

// The workspace's snapshots with one more: the workspace as it is now, named 'name' (a date-named
// one when empty), taken 'today' ("YYYY-MM-DD"). Accounts unchanged since the newest snapshot share
// its copy, so a snapshot costs only what changed.
std::vector<Snapshot> with_snapshot(const Workspace& ws, Id id, std::string name, const std::string& today);

// The snapshots without the one of that id.
std::vector<Snapshot> without_snapshot(const Workspace& ws, const Id& id);

const Snapshot* find_snapshot(const Workspace& ws, const Id& id);

}  // namespace kam

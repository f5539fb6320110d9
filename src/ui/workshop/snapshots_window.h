// KAM Canvas: Workshop > Snapshots: named snapshots of the workspace ("Q3 workshop") taken in one
// click, kept and exported with it, and what changed since one (or between two): a list grouped
// by account, each change a click away from what it names, and marks on the map (changed cards,
// gone contacts as ghosts). What the snapshots cost in storage is shown.
#pragma once

namespace kam {
struct AppState;
}

namespace kam::ui {

// Takes a snapshot of the workspace now, named as typed in the window (or by the date): one undo step.
void take_snapshot(AppState& app);

// Every frame: the comparison chosen, computed again when the document, the snapshots or the day
// change, and the selected account's map marks from it.
void update_comparison(AppState& app);

void draw_snapshots_window(AppState& app);

}  // namespace kam::ui

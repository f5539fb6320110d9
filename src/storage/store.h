// KAM Canvas: keeps the workspace in one folder as JSON, safely.
// The same code runs on plain files natively and on Emscripten's IDBFS folder in the
// browser (the platform layer persists that folder to IndexedDB after each save).
//
// Saving writes a temporary file and renames it over the main file, so a crash mid-save
// leaves the old file whole. A few rolling backups are kept; if the main file is corrupt,
// loading falls back to the newest good backup and says so.
#pragma once

#include "core/model.h"
#include "core/problems.h"

#include <optional>
#include <string>
#include <vector>

namespace kam {

struct LoadResult {
    std::optional<Workspace> workspace;   // empty when nothing was stored yet (first start)
    std::string message;                  // for the user: what went wrong and what was done
    bool recovered_from_backup = false;
};

class Store {
public:
    explicit Store(std::string folder, int backups = 3, double backup_interval_seconds = 600);

    LoadResult load() const;

    // Writes the serialised workspace. 'now_seconds' decides when the previous main file
    // is rotated into the backups (at most once per backup interval, so backups hold
    // older states rather than the last few keystrokes). Returns "" or an error message.
    std::string save(const std::string& json, double now_seconds);

    std::string main_path() const { return folder_ + "/workspace.json"; }
    std::string backup_path(int n) const { return folder_ + "/workspace.backup" + std::to_string(n) + ".json"; }

private:
    void rotate_backups() const;

    std::string folder_;
    int backups_;
    double backup_interval_;
    std::optional<double> last_backup_;
};

// Decides when to autosave: shortly after the last edit (so typing is not interrupted by
// a save per keystroke), but never later than a maximum delay after the first unsaved edit.
class AutosaveTimer {
public:
    AutosaveTimer(double quiet_seconds = 0.4, double max_delay_seconds = 1.0)
        : quiet_(quiet_seconds), max_delay_(max_delay_seconds) {}

    // Call every frame with the document revision; true when a save is due now.
    bool due(uint64_t revision, double now_seconds);
    void saved(uint64_t revision) { saved_revision_ = seen_revision_ = revision; }
    bool dirty(uint64_t revision) const { return revision != saved_revision_; }

private:
    double quiet_, max_delay_;
    uint64_t saved_revision_ = 0, seen_revision_ = 0;
    double first_change_ = 0, last_change_ = 0;
};

}  // namespace kam

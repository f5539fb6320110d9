// KAM Canvas: keeps the workspace in one folder, safely and in parts.
// The same code runs on plain files natively and on Emscripten's IDBFS folder in the
// browser (the platform layer persists that folder to IndexedDB after each save).
//
// Layout: workspace.json is the document (format of json_io.h) with its snapshots and
// accounts left out and a list of files ("storage_parts"): the snapshots' file first, when
// there are snapshots, then the parts, each holding up to kAccountsPerPart accounts as a JSON
// array. An edit to one account rewrites one part, and a save of everything spreads over
// several frames, so autosave never stalls the screen. The snapshots' file (megabytes in a
// large workspace) is written again only when the snapshots change, or an account they name
// by its id (one they hold as it is now) changes or goes.
//
// Safety: parts are written under new names first; workspace.json is replaced last (a
// temporary file renamed over it), so a crash mid-save leaves the previous state whole.
// The previous workspace.json is kept as a rolling backup (with the parts it names); if
// the main file or one of its parts is unreadable, loading falls back to the newest good
// backup and says so. A workspace written by a newer version of the app is never written
// over: it is checked at load and again before each save.
#pragma once

#include "core/document.h"
#include "core/io/problems.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kam {

class WorkspaceReader;

struct LoadResult {
    std::optional<Workspace> workspace;   // empty when nothing was stored yet (first start)
    std::string message;                  // for the user: what went wrong and what was done
    bool recovered_from_backup = false;
    // Written by a newer KAM Canvas: nothing is read, and this version must never save over it.
    bool newer_version = false;
};

// One rolling backup, as the user sees it (Help > Storage).
struct BackupInfo {
    int number = 0;          // 1 is the newest
    double saved_at = 0;     // seconds since 1970
    size_t bytes = 0;        // its main file and the parts it names
    size_t accounts = 0;
    std::string problem;     // non-empty: it cannot be read (and cannot be restored)
};

struct SaveStep {
    bool done = false;         // workspace.json now names everything up to 'revision'
    uint64_t revision = 0;     // the document revision that is saved when done
    bool wrote_files = false;  // something changed on disk: persist it
    std::string error;         // non-empty: this step failed (the old state is intact)
    bool newer_version = false;  // the stored workspace is of a newer format: never saved over
};

class Store {
public:
    static constexpr size_t kAccountsPerPart = 16;
    // From this many parts (about 1,000 accounts) a load reads them on two threads.
    static constexpr size_t kPartsWorthAThread = 64;
    // A save turns this many parts into text at a time, on two threads; a frame's budget is checked between.
    static constexpr size_t kPartsPerBatch = 4;

    // 'clock' returns seconds; it decides how much one save step does and when backups rotate.
    Store(std::string folder, double (*clock)(), int backups = 3, double backup_interval_seconds = 600);

    LoadResult load();
    // After loading into 'doc': the parts on disk already hold its accounts, so the next
    // save writes only what changes.
    void adopt(const Document& doc);

    // Writes part files for at most about 'budget_seconds', then returns; call again (next
    // frame) until done. Each call works from the document as it is then, so edits between
    // steps are saved too.
    SaveStep save_step(const Document& doc, double budget_seconds);
    // All steps at once (leaving the page, tests). Returns "" or an error message.
    std::string save(const Document& doc);

    // The backups that exist, newest first, each read whole to check it (so: only when asked).
    std::vector<BackupInfo> list_backups() const;
    // Backup 'number' (1 is the newest), or its problem.
    LoadResult read_backup(int number) const;
    // The bytes the stored workspace takes: its main file and the parts it names (0: none stored).
    size_t stored_bytes() const { return bytes_on_disk(main_path()); }

    std::string main_path() const { return folder_ + "/workspace.json"; }
    std::string backup_path(int n) const { return folder_ + "/workspace.backup" + std::to_string(n) + ".json"; }

private:
    struct Part {
        uint64_t key;        // hash of the ids and versions of its accounts
        size_t first, count; // range in ws.accounts
    };
    struct Stored {
        bool exists = false;
        std::optional<Workspace> workspace;
        std::vector<std::string> parts;
        std::string problem;
        bool newer_version = false;
        int version = 0;   // of the file format it was written in
    };
    std::vector<Part> plan_parts(const Document& doc) const;
    // plan_parts() of the document as it is, kept while it does not change: a large save takes
    // many steps, and planning hashes every account.
    const std::vector<Part>& planned_parts(const Document& doc);
    Stored read_stored(const std::string& head_path) const;
    size_t bytes_on_disk(const std::string& head_path) const;
    std::string read_parts(WorkspaceReader& reader, const std::vector<std::string>& parts, size_t begin,
                           size_t end) const;
    bool read_in_parallel(WorkspaceReader& reader, std::string_view text, const std::vector<std::string>& parts) const;
    bool write_in_folder(const std::string& path, std::string_view text) const;   // a path in folder_
    void rotate_backups() const;
    void remove_unused_parts();
    // The name of a snapshots' file that holds the document's snapshots, written now if none does
    // ("" with 'error' set when that fails).
    std::string snapshots_file(const Document& doc, std::string& error);

    std::string folder_;
    double (*clock_)();
    int backups_;
    double backup_interval_;
    std::optional<double> last_backup_;
    std::string session_;                                // makes part names unique to this Store
    uint64_t next_part_ = 0;
    struct Plan {
        uint64_t serial = 0, revision = 0;   // of the document planned
        std::vector<Part> parts;
    } plan_;
    std::unordered_map<uint64_t, std::string> written_;  // part key -> file name, this session
    struct SnapshotsFile {
        std::string name;                                 // "": none written this session
        uint64_t key = 0;                                 // of the snapshots it holds (snapshots_key)
        // The snapshots' accounts written as their id, with the versions of the workspace's accounts
        // they equalled (held here, so that an address is never another account's).
        std::vector<std::pair<std::shared_ptr<const Account>, uint64_t>> named_by_id;
    } snapshots_;
    std::vector<std::string> loaded_parts_;              // part files of the loaded workspace
    int loaded_version_ = 0;                             // and the format they are in
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

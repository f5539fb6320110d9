// KAM Canvas: the workspace file format (storage, export and import all use it).
//
//   {"format": "kam-canvas", "version": 7, "name": ..., "next_id": ..., "team": [...], "criteria": [...],
//    "tier_scheme": {...}, ..., "snapshots": [...], "accounts": [...]}
//
// Keys are snake_case, enums are the key strings of model.h, colors are "#RRGGBBAA". Reading checks every
// field and every model rule (validate_workspace) and reports every problem with its JSON path; it returns a
// workspace only when there is none, so a failed import changes nothing. write then read gives back exactly
// the same workspace.
#pragma once

#include "core/model.h"
#include "core/io/problems.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

inline constexpr std::string_view kFormatName = "kam-canvas";
// 1: the first. 2: the account plan (migrate_v1.h). 3: a SWOT item may link to a whitespace cell
// (a new link kind and its "offering"; a version-2 file reads as it is). 4: the review rhythm
// ("review_defaults": a currency, deviation thresholds and review cadences, which an account may override;
// investigations, actions answering a deviation, richer reviews, review kinds "team" and "joint";
// all new members may be absent, so a version-3 file reads as it is). 5: account health ("health_rules":
// the parts' weights, the bands' bounds and how recent a contact must be; each account's "health_history";
// both may be absent, so a version-4 file reads as it is). 6: snapshots ("snapshots": each with its name,
// date, team, criteria and tier scheme, and its accounts, an account the workspace holds unchanged written
// as its id alone; may be absent, so a version-5 file reads as it is). 7: storage keeps the snapshots in a
// file of their own beside the accounts' parts (an exported file is as in version 6, and reads as it is; a
// version-6 app must refuse the stored workspace rather than take that file for accounts). Older files are
// migrated; newer ones refused.
inline constexpr int kFormatVersion = 7;

struct ReadResult {
    std::optional<Workspace> workspace;   // set only when problems is empty
    std::vector<Problem> problems;
    bool newer_version = false;   // written by a newer KAM Canvas (refused): never write over it
    bool ok() const { return workspace.has_value(); }
};

ReadResult read_workspace_json(std::string_view text);

// Whether the text says it was written by a newer KAM Canvas (reads only the header: cheap).
bool written_by_newer_version(std::string_view text);

// Reads a workspace kept in pieces, as the Store keeps a large one: the document with its accounts
// left out, then arrays of accounts, one after the other. No piece is joined to another (a 60 MB text
// costs time and memory to join). Problems have the paths they would have in the whole document.
// Import: every limit of limits.h. Stored: what this app wrote itself, in storage. The limits on texts
// (length, control characters) are not applied there: an older version may have stored a text that is
// over them now (it imported it), and refusing the stored workspace would put the user's work at risk.
enum class ReadMode { Import, Stored };

class WorkspaceReader {
public:
    explicit WorkspaceReader(std::string_view document, ReadMode mode = ReadMode::Import);
    // Room for this many accounts in all, when the caller knows: growing the array moves every account.
    void reserve_accounts(size_t count) { ws_.accounts.reserve(count); }
    // Appends the accounts of one JSON array; 'name' (e.g. a file name) says where a syntax error is.
    void add_accounts(std::string_view json_array, std::string_view name);
    // Reads the snapshots of one JSON array (as write_snapshots_json() writes them), the document's
    // "snapshots" when storage keeps them apart; 'name' says where a syntax error is.
    void add_snapshots(std::string_view json_array, std::string_view name);
    // Appends the accounts 'later' read (from the same document, after this reader's parts), so two
    // readers can read the two halves of the parts at the same time. Problems in 'later' keep paths
    // counted from its own first account: read again in one reader for exact paths.
    void append(WorkspaceReader&& later);
    // An empty reader for more parts of the same document (its version and mode), so that parts can
    // be read on two threads, each into a reader of its own, and appended in document order.
    WorkspaceReader for_more_parts() const;
    bool has_problems() const { return !problems_.empty(); }
    int version() const { return version_; }   // of the document (0: not read as ours)
    // Checks the whole workspace, as read_workspace_json() does.
    ReadResult finish();

private:
    WorkspaceReader() = default;   // for_more_parts()
    void share_accounts_with_now(std::vector<Problem>& problems);
    Workspace ws_;
    std::unordered_set<const Account*> shared_with_now_;   // placeholders in ws_.snapshots (see the reader)
    std::vector<Problem> problems_;
    ReadMode mode_ = ReadMode::Import;
    int version_ = 0;
    bool refused_ = false;   // not JSON, or not our format: nothing more is read
    bool newer_version_ = false;
};

// indent < 0: compact, one line (storage); indent >= 0: that many spaces per level (export for people).
// Not whole: without snapshots and accounts ("accounts": []), the head that storage keeps beside the
// files of its snapshots and of its accounts' parts.
std::string write_workspace_json(const Workspace& ws, int indent = -1, bool whole = true);

// The snapshots as one compact JSON array, as they appear in "snapshots" of the workspace file (an
// account the workspace holds unchanged written as its id alone; those accounts of the snapshots are
// added to 'named_by_id'). 'known_same', when given, says of a snapshot's account that it is known to
// equal the workspace's account of its id, which then is not compared (storage knows it from the
// accounts' versions: comparing 5,000 accounts a snapshot costs about 25 ms).
using KnownSame = std::function<bool(const std::shared_ptr<const Account>&)>;
std::string write_snapshots_json(const Workspace& ws, std::vector<std::shared_ptr<const Account>>* named_by_id = nullptr,
                                 const KnownSame& known_same = {});

// The bytes the snapshots take in the workspace file, as written.
size_t snapshots_bytes(const Workspace& ws);

// 'count' accounts from 'first' as one compact JSON array, exactly as they appear in
// "accounts" of the workspace file (storage keeps large workspaces in such parts).
std::string write_accounts_json(const Account* first, size_t count);

// s as a JSON string: quoted, escaped, bytes that are not UTF-8 replaced with U+FFFD.
std::string json_string(std::string_view s);

// The string and number members of one JSON object, for small side files ({"a": "x", "n": 2,
// "o": {}} gives the string a and the number n; other values are skipped). Nothing when the
// text is not one JSON object.
struct FlatObject {
    std::map<std::string, std::string> strings;
    std::map<std::string, double> numbers;
};
std::optional<FlatObject> read_flat_object(std::string_view text);

}  // namespace kam

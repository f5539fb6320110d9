#include "storage/store.h"

#include "core/io/json_io.h"
#include "core/parallel.h"
#include "storage/files.h"
#include "storage/files_read_ahead.h"

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <random>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <unordered_set>

// Plain C stdio and POSIX, not iostreams or std::filesystem (see files.h).

namespace kam {

//-----------------------------------------------------------------------------
// Files
//-----------------------------------------------------------------------------

static std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

//-----------------------------------------------------------------------------
// The head file: the document without accounts, plus the names of its parts
//-----------------------------------------------------------------------------

static constexpr std::string_view kNoAccounts = "\"accounts\":[]}";   // how the compact writer ends
static constexpr std::string_view kPartsKey = ",\"storage_parts\":[";
static constexpr std::string_view kSnapshotsPrefix = "snapshots-";   // the first of the files a head names
static constexpr std::string_view kPartPrefix = "part-";

// Appends the part list to the compact document text (part names never need escaping).
static std::string head_text(std::string doc_text, const std::vector<std::string>& parts) {
    doc_text.pop_back();   // the closing '}'
    doc_text += kPartsKey;
    for (size_t i = 0; i < parts.size(); i++) doc_text += (i ? ",\"" : "\"") + parts[i] + "\"";
    doc_text += "]}";
    return doc_text;
}

// Splits a head into its document text and part names. A file without a part list is a
// whole document (e.g. one placed there by hand) and is read as it is.
static std::string split_head(const std::string& text, std::vector<std::string>& parts) {
    size_t at = text.rfind(kPartsKey);
    if (at == std::string::npos) return text;
    for (size_t p = at + kPartsKey.size(); p < text.size() && text[p] == '"';) {
        size_t end = text.find('"', p + 1);
        if (end == std::string::npos) break;
        parts.push_back(text.substr(p + 1, end - p - 1));
        p = end + 1;
        if (p < text.size() && text[p] == ',') p++;
    }
    return text.substr(0, at) + "}";
}

// Reads parts [begin, end) into reader, one after the other, each into the same buffer (a
// string per part would be zero-filled first). Returns the name of a missing part, or "".
std::string Store::read_parts(WorkspaceReader& reader, const std::vector<std::string>& parts, size_t begin,
                              size_t end) const {
    std::string buffer;
    for (size_t i = begin; i < end; i++) {
        std::optional<std::string_view> part = read_file(folder_ + "/" + parts[i], buffer);
        if (!part) return parts[i];
        reader.add_accounts(*part, parts[i]);
    }
    return "";
}

// A large workspace is read on two threads: each part into a reader of its own, this thread and the
// helper taking the next part whenever they are free (see parallel_for), and the parts appended in order.
// This thread reads the files a few parts ahead of both (in the browser only the main thread reaches
// the files; see files_read_ahead.h for why not all first).
// False, with a fresh reader, when the workspace is small, a part is missing or anything has a problem:
// then the parts are read again in one go, for exact messages (the paths of problems in a part's own
// reader count accounts from its first one). Only a good read needs the speed.
bool Store::read_in_parallel(WorkspaceReader& reader, std::string_view text, const std::vector<std::string>& parts) const {
    if (parts.size() < kPartsWorthAThread) return false;
    std::vector<std::string> paths;
    for (const std::string& part : parts) paths.push_back(folder_ + "/" + part);
    FilesReadAhead files(std::move(paths));
    // The helper parses about one part while this thread parses one: with 8 read ahead it seldom waits.
    constexpr size_t kAhead = 8;
    files.read_until(kAhead);
    std::vector<WorkspaceReader> readers(parts.size(), reader.for_more_parts());
    parallel_for(parts.size(), [&](size_t i, int worker) {
        if (worker == 0) files.read_until(i + 1 + kAhead);
        const FileBytes* file = files.wait_for(i);
        if (!file) return;
        readers[i].reserve_accounts(kAccountsPerPart);
        readers[i].add_accounts(file->text(), parts[i]);
        files.release(i);
    });
    if (!files.all_read()) return false;
    for (WorkspaceReader& part : readers) reader.append(std::move(part));
    if (!reader.has_problems()) return true;
    reader = WorkspaceReader(text, ReadMode::Stored);
    return false;
}

Store::Stored Store::read_stored(const std::string& head_path) const {
    Stored stored;
    std::optional<std::string> head = read_file(head_path);
    if (!head) return stored;
    stored.exists = true;
    const std::string text = split_head(*head, stored.parts);
    if (!stored.parts.empty() && (!text.ends_with(kNoAccounts) || !head->ends_with("\"]}"))) {
        stored.problem = file_name(head_path) + " is damaged (its end is missing)";
        return stored;
    }
    // Each part is read and parsed on its own: joining them first would copy the whole workspace text.
    const bool has_snapshots = !stored.parts.empty() && stored.parts[0].starts_with(kSnapshotsPrefix);
    const std::vector<std::string> parts(stored.parts.begin() + (has_snapshots ? 1 : 0), stored.parts.end());
    WorkspaceReader reader(text, ReadMode::Stored);
    reader.reserve_accounts(parts.size() * kAccountsPerPart);
    if (!read_in_parallel(reader, text, parts)) {
        const std::string missing = read_parts(reader, parts, 0, parts.size());
        if (!missing.empty()) {
            stored.problem = "part " + missing + " is missing";
            return stored;
        }
    }
    if (has_snapshots) {
        const std::optional<std::string> snapshots = read_file(folder_ + "/" + stored.parts[0]);
        if (!snapshots) {
            stored.problem = "the snapshots' file " + stored.parts[0] + " is missing";
            return stored;
        }
        reader.add_snapshots(*snapshots, stored.parts[0]);
    }
    stored.version = reader.version();
    ReadResult r = reader.finish();
    if (r.ok()) stored.workspace = std::move(r.workspace);
    else stored.problem = describe_problems(r.problems, 3);
    stored.newer_version = r.newer_version;
    return stored;
}

//-----------------------------------------------------------------------------
// Store
//-----------------------------------------------------------------------------

Store::Store(std::string folder, double (*clock)(), int backups, double backup_interval_seconds)
    : folder_(std::move(folder)), clock_(clock), backups_(backups), backup_interval_(backup_interval_seconds) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", (unsigned)std::random_device{}());
    session_ = buf;
}

LoadResult Store::load() {
    LoadResult result;
    Stored main = read_stored(main_path());
    if (main.workspace) {
        result.workspace = std::move(main.workspace);
        loaded_parts_ = std::move(main.parts);
        loaded_version_ = main.version;
        return result;
    }
    if (main.newer_version) {   // an older backup would hide the newer work: open nothing
        result.newer_version = true;
        result.message = "Your workspace was saved by a newer version of KAM Canvas (" + main.problem +
                         "). Reload the page to get the newer version; this one will not change it.";
        return result;
    }
    for (int n = 1; n <= backups_; n++) {
        Stored backup = read_stored(backup_path(n));
        if (!backup.workspace) continue;
        result.workspace = std::move(backup.workspace);
        result.recovered_from_backup = true;
        result.message = (main.exists ? "The saved workspace could not be read (" + main.problem + ")."
                                      : std::string("The saved workspace was missing.")) +
                         " Restored the newest good backup (" + file_name(backup_path(n)) + ").";
        return result;
    }
    if (main.exists) result.message = "The saved workspace could not be read and no good backup exists: " + main.problem;
    return result;
}

std::vector<BackupInfo> Store::list_backups() const {
    std::vector<BackupInfo> list;
    for (int n = 1; n <= backups_; n++) {
        const std::optional<FileInfo> head = file_info(backup_path(n));
        if (!head) continue;
        BackupInfo info{n, head->modified, bytes_on_disk(backup_path(n)), 0, {}};
        Stored stored = read_stored(backup_path(n));
        if (stored.workspace) info.accounts = stored.workspace->accounts.size();
        else info.problem = stored.problem.empty() ? "cannot be read" : stored.problem;
        list.push_back(std::move(info));
    }
    return list;
}

size_t Store::bytes_on_disk(const std::string& head_path) const {
    const std::optional<std::string> head = read_file(head_path);
    if (!head) return 0;
    std::vector<std::string> parts;
    split_head(*head, parts);
    size_t bytes = head->size();
    for (const std::string& part : parts)
        if (std::optional<FileInfo> f = file_info(folder_ + "/" + part)) bytes += f->bytes;
    return bytes;
}

LoadResult Store::read_backup(int number) const {
    LoadResult result;
    Stored stored = read_stored(backup_path(number));
    if (stored.workspace) result.workspace = std::move(stored.workspace);
    else result.message = file_name(backup_path(number)) + (stored.exists ? " cannot be read: " + stored.problem : " does not exist");
    result.newer_version = stored.newer_version;
    return result;
}

// FNV-1a over the document's serial and the ids and versions of a part's accounts: equal keys
// mean equal content. (Versions count from 1 in every document: without the serial, another
// document with the same account ids would seem to be written already.)
static uint64_t mix(uint64_t h, std::string_view bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::vector<Store::Part> Store::plan_parts(const Document& doc) const {
    const auto& accounts = doc.ws().accounts;
    const uint64_t serial = doc.serial();
    const uint64_t seed = mix(14695981039346656037ull, std::string_view((const char*)&serial, sizeof serial));
    std::vector<Part> parts;
    for (size_t first = 0; first < accounts.size(); first += kAccountsPerPart) {
        Part part{seed, first, std::min(kAccountsPerPart, accounts.size() - first)};
        for (size_t i = first; i < first + part.count; i++) {
            uint64_t version = doc.account_version(accounts[i].id);
            part.key = mix(mix(part.key, accounts[i].id), std::string_view((const char*)&version, sizeof version));
        }
        parts.push_back(part);
    }
    return parts;
}

const std::vector<Store::Part>& Store::planned_parts(const Document& doc) {
    if (plan_.serial != doc.serial() || plan_.revision != doc.revision()) plan_ = {doc.serial(), doc.revision(), plan_parts(doc)};
    return plan_.parts;
}

void Store::adopt(const Document& doc) {
    // Parts of an older format are read with their head's version; a head of today's version
    // must name parts of today's format only: rewrite them all.
    // (The snapshots' file, when there is one, is written again by the first save.)
    if (loaded_version_ != kFormatVersion) return;
    const size_t first = !loaded_parts_.empty() && loaded_parts_[0].starts_with(kSnapshotsPrefix) ? 1 : 0;
    std::vector<Part> parts = plan_parts(doc);
    if (parts.size() != loaded_parts_.size() - first) return;   // stored with another part size: rewrite
    for (size_t i = 0; i < parts.size(); i++) written_[parts[i].key] = loaded_parts_[first + i];
}

// The main file becomes backup 1 (renamed: the new main file is written separately).
void Store::rotate_backups() const {
    std::remove(backup_path(backups_).c_str());
    for (int n = backups_ - 1; n >= 1; n--)
        if (file_exists(backup_path(n))) std::rename(backup_path(n).c_str(), backup_path(n + 1).c_str());
    std::rename(main_path().c_str(), backup_path(1).c_str());
}

// Deletes part and snapshots' files that neither the main file nor a backup names.
void Store::remove_unused_parts() {
    std::set<std::string> used;
    for (int n = 0; n <= backups_; n++) {
        std::optional<std::string> head = read_file(n == 0 ? main_path() : backup_path(n));
        std::vector<std::string> parts;
        if (head) split_head(*head, parts);
        used.insert(parts.begin(), parts.end());
    }
    DIR* dir = ::opendir(folder_.c_str());
    if (!dir) return;
    std::vector<std::string> unused;
    while (dirent* entry = ::readdir(dir)) {
        std::string name = entry->d_name;
        if ((name.starts_with(kPartPrefix) || name.starts_with(kSnapshotsPrefix)) && !used.count(name)) unused.push_back(name);
    }
    ::closedir(dir);
    for (const std::string& name : unused) std::remove((folder_ + "/" + name).c_str());
    std::erase_if(written_, [&](const auto& entry) { return !used.count(entry.second); });
    if (!used.count(snapshots_.name)) snapshots_ = {};   // gone with the snapshots: write anew if they return
}

// Makes the folder only when a write fails (a first save, or the folder was removed), not before
// every step: in the browser a mkdir that fails because the folder exists costs an exception
// inside Emscripten's FS.
bool Store::write_in_folder(const std::string& path, std::string_view text) const {
    if (write_file(path, text)) return true;
    ::mkdir(folder_.c_str(), 0755);   // one level is enough: the folder's parent always exists
    return write_file(path, text);
}

// What the snapshots are, from their ids, names and dates: a snapshot never changes but for its name
// (its accounts are as they were when it was taken), and ids are never used twice in a document.
static uint64_t snapshots_key(const Document& doc) {
    const uint64_t serial = doc.serial();
    uint64_t key = mix(14695981039346656037ull, std::string_view((const char*)&serial, sizeof serial));
    for (const Snapshot& s : doc.ws().snapshots) key = mix(mix(mix(key, s.id + '\x1f'), s.name + '\x1f'), s.taken + '\x1e');
    return key;
}

std::string Store::snapshots_file(const Document& doc, std::string& error) {
    const uint64_t key = snapshots_key(doc);
    const bool same_snapshots = !snapshots_.name.empty() && snapshots_.key == key;
    const auto unchanged = [&](const auto& named) { return doc.account_version(named.first->id) == named.second; };
    if (same_snapshots && std::all_of(snapshots_.named_by_id.begin(), snapshots_.named_by_id.end(), unchanged)) return snapshots_.name;
    // Written again because an account they named by its id changed: the others they named still
    // equal the workspace's (their versions say so), and are not compared again.
    std::unordered_set<const Account*> known;
    if (same_snapshots)
        for (const auto& named : snapshots_.named_by_id)
            if (unchanged(named)) known.insert(named.first.get());
    std::vector<std::shared_ptr<const Account>> named_by_id;
    const std::string text = write_snapshots_json(doc.ws(), &named_by_id, [&](const auto& a) { return known.count(a.get()) > 0; });
    std::string name = std::string(kSnapshotsPrefix) + session_ + "-" + std::to_string(next_part_++) + ".json";
    if (!write_in_folder(folder_ + "/" + name, text)) {
        error = "Could not write " + folder_ + "/" + name;
        return {};
    }
    snapshots_ = {name, key, {}};
    snapshots_.named_by_id.reserve(named_by_id.size());
    for (std::shared_ptr<const Account>& a : named_by_id) {
        const uint64_t version = doc.account_version(a->id);
        snapshots_.named_by_id.emplace_back(std::move(a), version);
    }
    return name;
}

SaveStep Store::save_step(const Document& doc, double budget_seconds) {
    const double start = clock_();
    SaveStep step;
    const std::vector<Part>& parts = planned_parts(doc);
    std::vector<std::string> names;
    for (size_t i = 0; i < parts.size();) {
        auto it = written_.find(parts[i].key);
        if (it != written_.end()) {
            names.push_back(it->second);
            i++;
            continue;
        }
        if (step.wrote_files && clock_() - start > budget_seconds) return step;   // more next frame
        // The next few parts not written yet, turned into text on two threads at once; then their
        // files (only this thread reaches them in the browser). The loop then finds them written.
        std::vector<size_t> batch;
        for (size_t j = i; j < parts.size() && batch.size() < kPartsPerBatch; j++)
            if (!written_.count(parts[j].key)) batch.push_back(j);
        std::vector<std::string> texts(batch.size());
        parallel_for(batch.size(), [&](size_t k, int) {
            texts[k] = write_accounts_json(&doc.ws().accounts[parts[batch[k]].first], parts[batch[k]].count);
        });
        for (size_t k = 0; k < batch.size(); k++) {
            std::string name = std::string(kPartPrefix) + session_ + "-" + std::to_string(next_part_++) + ".json";
            const std::string path = folder_ + "/" + name;
            if (!write_in_folder(path, texts[k])) {
                step.error = "Could not write " + path;
                return step;
            }
            written_[parts[batch[k]].key] = name;
            step.wrote_files = true;
        }
    }

    // Every part is on disk: then the snapshots, and the head (everything of the workspace but its
    // accounts and snapshots), which makes them the saved state at once.
    if (!doc.ws().snapshots.empty()) {
        const std::string snapshots = snapshots_file(doc, step.error);
        if (snapshots.empty()) return step;
        names.insert(names.begin(), snapshots);
    }
    // A newer version of the app may have saved meanwhile (an older tab beside a newer one): its
    // format is not ours to overwrite.
    if (std::optional<std::string> stored = read_file(main_path()); stored && written_by_newer_version(*stored)) {
        step.error = "the workspace was saved by a newer version of KAM Canvas meanwhile; reload the page";
        step.newer_version = true;
        return step;
    }
    const std::string tmp = main_path() + ".tmp";
    if (!write_in_folder(tmp, head_text(write_workspace_json(doc.ws(), -1, false), names))) {
        step.error = "Could not write " + tmp;
        return step;
    }
    const double now = clock_();
    if (backups_ > 0 && file_exists(main_path()) && (!last_backup_ || now - *last_backup_ >= backup_interval_)) {
        rotate_backups();
        last_backup_ = now;
    }
    if (std::rename(tmp.c_str(), main_path().c_str()) != 0) {
        step.error = "Could not replace " + main_path();
        return step;
    }
    remove_unused_parts();
    step.done = step.wrote_files = true;
    step.revision = doc.revision();
    return step;
}

std::string Store::save(const Document& doc) {
    for (;;) {
        SaveStep step = save_step(doc, 1e9);
        if (!step.error.empty()) return step.error;
        if (step.done) return {};
    }
}

//-----------------------------------------------------------------------------
// AutosaveTimer
//-----------------------------------------------------------------------------

bool AutosaveTimer::due(uint64_t revision, double now) {
    if (revision == saved_revision_) return false;
    if (revision != seen_revision_) {
        if (seen_revision_ == saved_revision_) first_change_ = now;
        seen_revision_ = revision;
        last_change_ = now;
    }
    return now - last_change_ >= quiet_ || now - first_change_ >= max_delay_;
}

}  // namespace kam

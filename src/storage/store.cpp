#include "storage/store.h"

#include "core/json_io.h"

#include <cstdio>
#include <sys/stat.h>

// Plain C stdio, not iostreams or std::filesystem: they would add a large part of
// libc++ to the browser download for four file operations.

namespace kam {

Store::Store(std::string folder, int backups, double backup_interval_seconds)
    : folder_(std::move(folder)), backups_(backups), backup_interval_(backup_interval_seconds) {}

static std::optional<std::string> read_file(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string text;
    char buf[1 << 16];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
    std::fclose(f);
    return text;
}

static bool write_file(const std::string& path, const std::string& text) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

static bool file_exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

static std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

LoadResult Store::load() const {
    LoadResult result;
    std::optional<std::string> main = read_file(main_path());
    std::string main_problem;
    if (main) {
        ReadResult r = read_workspace_json(*main);
        if (r.ok()) {
            result.workspace = std::move(r.workspace);
            return result;
        }
        main_problem = describe_problems(r.problems, 3);
    }
    for (int n = 1; n <= backups_; n++) {
        std::optional<std::string> text = read_file(backup_path(n));
        if (!text) continue;
        ReadResult r = read_workspace_json(*text);
        if (!r.ok()) continue;
        result.workspace = std::move(r.workspace);
        result.recovered_from_backup = true;
        result.message = (main ? "The saved workspace could not be read (" + main_problem + ")."
                               : std::string("The saved workspace was missing.")) +
                         " Restored the newest good backup (" + file_name(backup_path(n)) + ").";
        return result;
    }
    if (main) result.message = "The saved workspace could not be read and no good backup exists: " + main_problem;
    return result;
}

// The main file becomes backup 1 (renamed: the new main file is written separately).
void Store::rotate_backups() const {
    std::remove(backup_path(backups_).c_str());
    for (int n = backups_ - 1; n >= 1; n--)
        if (file_exists(backup_path(n))) std::rename(backup_path(n).c_str(), backup_path(n + 1).c_str());
    std::rename(main_path().c_str(), backup_path(1).c_str());
}

std::string Store::save(const std::string& json, double now_seconds) {
    ::mkdir(folder_.c_str(), 0755);   // one level is enough: the folder's parent always exists
    const std::string tmp = folder_ + "/workspace.json.tmp";
    if (!write_file(tmp, json)) return "Could not write " + tmp;
    if (backups_ > 0 && file_exists(main_path()) && (!last_backup_ || now_seconds - *last_backup_ >= backup_interval_)) {
        rotate_backups();
        last_backup_ = now_seconds;
    }
    if (std::rename(tmp.c_str(), main_path().c_str()) != 0) return "Could not replace " + main_path();
    return {};
}

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

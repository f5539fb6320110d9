#include "storage/store.h"

#include "core/json_io.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kam {

namespace fs = std::filesystem;

Store::Store(std::string folder, int backups, double backup_interval_seconds)
    : folder_(std::move(folder)), backups_(backups), backup_interval_(backup_interval_seconds) {}

static std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

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
                         " Restored the newest good backup (" + fs::path(backup_path(n)).filename().string() + ").";
        return result;
    }
    if (main) result.message = "The saved workspace could not be read and no good backup exists: " + main_problem;
    return result;
}

void Store::rotate_backups() const {
    std::error_code ec;
    fs::remove(backup_path(backups_), ec);
    for (int n = backups_ - 1; n >= 1; n--)
        if (fs::exists(backup_path(n), ec)) fs::rename(backup_path(n), backup_path(n + 1), ec);
    fs::copy_file(main_path(), backup_path(1), fs::copy_options::overwrite_existing, ec);
}

std::string Store::save(const std::string& json, double now_seconds) {
    std::error_code ec;
    fs::create_directories(folder_, ec);
    const std::string tmp = folder_ + "/workspace.json.tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(json.data(), (std::streamsize)json.size());
        out.flush();
        if (!out) return "Could not write " + tmp;
    }
    if (backups_ > 0 && fs::exists(main_path(), ec) &&
        (!last_backup_ || now_seconds - *last_backup_ >= backup_interval_)) {
        rotate_backups();
        last_backup_ = now_seconds;
    }
    fs::rename(tmp, main_path(), ec);
    if (ec) return "Could not replace " + main_path() + ": " + ec.message();
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

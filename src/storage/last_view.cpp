#include "storage/last_view.h"

#include "core/json_io.h"

#include <cstdio>
#include <sys/stat.h>

// Plain C stdio, as in store.cpp: iostreams would add much of libc++ to the download.

namespace kam {

std::string last_view_path(const std::string& folder) { return folder + "/last-view.json"; }

std::optional<LastView> read_last_view(const std::string& folder) {
    FILE* f = std::fopen(last_view_path(folder).c_str(), "rb");
    if (!f) return std::nullopt;
    std::string text;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0 && text.size() < 65536;) text.append(buf, n);
    std::fclose(f);
    // A broken file is ignored, never an error: it is only a convenience.
    const auto members = read_string_members(text);
    if (!members) return std::nullopt;
    const auto string_at = [&members](const char* key) {
        const auto it = members->find(key);
        return it != members->end() ? it->second : std::string();
    };
    LastView view{string_at("account"), string_at("tab")};
    if (view.account.empty() && view.tab.empty()) return std::nullopt;
    return view;
}

bool write_last_view(const std::string& folder, const LastView& view) {
    ::mkdir(folder.c_str(), 0755);   // first visit: the workspace may not be saved yet
    const std::string text = "{\"account\":" + json_string(view.account) + ",\"tab\":" + json_string(view.tab) + "}";
    const std::string path = last_view_path(folder), temp = path + ".tmp";
    FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) return false;
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !written) return false;
    return std::rename(temp.c_str(), path.c_str()) == 0;
}

}  // namespace kam

#include "storage/last_view.h"

#include "core/io/json_io.h"
#include "storage/files.h"

#include <cstdio>
#include <sys/stat.h>

namespace kam {

std::string last_view_path(const std::string& folder) { return folder + "/last-view.json"; }

std::optional<LastView> read_last_view(const std::string& folder) {
    const std::optional<std::string> text = read_file(last_view_path(folder));
    // A broken file is ignored, never an error: it is only a convenience. A view is a few
    // dozen bytes; a file of more than 64 KB is not one.
    if (!text || text->size() > 65536) return std::nullopt;
    const auto members = read_flat_object(*text);
    if (!members) return std::nullopt;
    const auto string_at = [&members](const char* key) {
        const auto it = members->strings.find(key);
        return it != members->strings.end() ? it->second : std::string();
    };
    LastView view{string_at("account"), string_at("tab")};
    if (view.account.empty() && view.tab.empty()) return std::nullopt;
    return view;
}

bool write_last_view(const std::string& folder, const LastView& view) {
    ::mkdir(folder.c_str(), 0755);   // first visit: the workspace may not be saved yet
    const std::string text = "{\"account\":" + json_string(view.account) + ",\"tab\":" + json_string(view.tab) + "}";
    const std::string path = last_view_path(folder), temp = path + ".tmp";
    return write_file(temp, text) && std::rename(temp.c_str(), path.c_str()) == 0;
}

}  // namespace kam

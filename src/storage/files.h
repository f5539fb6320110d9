// KAM Canvas: whole-file reads and writes for the storage layer (the Store and the last-view
// file), on plain files natively and on Emscripten's IDBFS folder in the browser.
// Plain C stdio and POSIX, not iostreams or std::filesystem: they would add a large part of
// libc++ to the browser download for a handful of file operations.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kam {

std::optional<std::string> read_file(const std::string& path);   // nothing when it cannot be opened
bool write_file(const std::string& path, std::string_view text);
bool file_exists(const std::string& path);

}  // namespace kam

// KAM Canvas: whole-file reads and writes for the storage layer (the Store and the last-view
// file), on plain files natively and on Emscripten's IDBFS folder in the browser.
// POSIX calls, not iostreams or std::filesystem: they would add a large part of
// libc++ to the browser download for a handful of file operations.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kam {

std::optional<std::string> read_file(const std::string& path);   // nothing when it cannot be read
// The same into 'buffer', whose memory is reused from one call to the next (the Store reads
// hundreds of parts in a row); the text is valid until the next call.
std::optional<std::string_view> read_file(const std::string& path, std::string& buffer);
// A whole file in memory of its own that is not zero-filled first (a string's resize() writes a zero
// over every byte it adds: for the 60 MB of a large workspace that was a tenth of its load in the browser).
struct FileBytes {
    std::unique_ptr<char[]> data;
    size_t size = 0;
    std::string_view text() const { return {data.get(), size}; }
};
std::optional<FileBytes> read_file_bytes(const std::string& path);
bool write_file(const std::string& path, std::string_view text);
bool file_exists(const std::string& path);
// Size in bytes and last change (seconds since 1970) of a file; nothing when it does not exist.
struct FileInfo {
    size_t bytes = 0;
    double modified = 0;
};
std::optional<FileInfo> file_info(const std::string& path);

}  // namespace kam

#include "storage/files.h"

#include <cstdio>
#include <sys/stat.h>

namespace kam {

// One read into a string of the file's size: a 60 MB workspace read in small pieces into a
// growing string is copied over and over.
std::optional<std::string> read_file(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    struct stat st;
    std::string text;
    if (::fstat(::fileno(f), &st) == 0 && st.st_size > 0) text.resize(static_cast<size_t>(st.st_size));
    text.resize(std::fread(text.data(), 1, text.size(), f));
    char buf[1 << 12];   // in case the file grew since fstat()
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
    std::fclose(f);
    return text;
}

bool write_file(const std::string& path, std::string_view text) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
}

bool file_exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

}  // namespace kam

#include "storage/files.h"

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kam {

std::optional<std::string_view> read_file(const std::string& path, std::string& buffer) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return std::nullopt;
    struct stat st;
    size_t size = 0;
    // One byte more than fstat() says, so a file that grew since is noticed (and read on).
    const size_t expected = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<size_t>(st.st_size) + 1 : 4096;
    // Grown, never shrunk: resize() writes zeros over every byte it adds, and the buffer is
    // filled from the file anyway.
    if (buffer.size() < expected) buffer.resize(expected);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data() + size, buffer.size() - size);
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        size += static_cast<size_t>(n);
        if (size == buffer.size()) buffer.resize(buffer.size() * 2);
    }
    ::close(fd);
    return std::string_view(buffer.data(), size);
}

std::optional<std::string> read_file(const std::string& path) {
    std::string buffer;
    std::optional<std::string_view> text = read_file(path, buffer);
    if (!text) return std::nullopt;
    buffer.resize(text->size());
    return buffer;
}

std::optional<FileBytes> read_file_bytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return std::nullopt;
    struct stat st;
    // One byte more than fstat() says, so a file that grew since is noticed (and read on).
    size_t capacity = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<size_t>(st.st_size) + 1 : 4096;
    FileBytes file{std::unique_ptr<char[]>(new char[capacity]), 0};
    for (;;) {
        const ssize_t n = ::read(fd, file.data.get() + file.size, capacity - file.size);
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        file.size += static_cast<size_t>(n);
        if (file.size == capacity) {   // it grew: twice the room, and read on
            std::unique_ptr<char[]> larger(new char[capacity * 2]);
            std::memcpy(larger.get(), file.data.get(), file.size);
            file.data = std::move(larger);
            capacity *= 2;
        }
    }
    ::close(fd);
    return file;
}

bool write_file(const std::string& path, std::string_view text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return false;
    bool ok = true;
    for (size_t done = 0; ok && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        ok = n > 0;
        done += ok ? static_cast<size_t>(n) : 0;
    }
    return ::close(fd) == 0 && ok;
}

std::optional<FileInfo> file_info(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileInfo{static_cast<size_t>(st.st_size), static_cast<double>(st.st_mtime)};
}

bool file_exists(const std::string& path) { return file_info(path).has_value(); }

}  // namespace kam

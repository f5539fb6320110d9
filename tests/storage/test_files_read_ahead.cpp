// The part files read a few ahead of the threads that parse them (Store::read_in_parallel).
#include "storage/files_read_ahead.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <thread>

using namespace kam;
namespace fs = std::filesystem;

namespace {

// Files "0".."count-1" in a fresh folder, file i holding i in text; their paths.
std::vector<std::string> numbered_files(const std::string& name, size_t count) {
    const fs::path dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::vector<std::string> paths;
    for (size_t i = 0; i < count; i++) {
        paths.push_back((dir / std::to_string(i)).string());
        REQUIRE(write_file(paths.back(), std::to_string(i)));
    }
    return paths;
}

}  // namespace

TEST_CASE("read ahead: a second thread waits for each file until the reading thread has read it") {
    const std::vector<std::string> paths = numbered_files("kam-read-ahead", 40);
    FilesReadAhead files(paths);
    std::vector<std::string> seen(paths.size());
    // The other thread takes every file, in order, as soon as it is there; this one reads them two at a time.
    // (Catch's checks are not thread-safe: the other thread only records what it saw.)
    std::thread parser([&] {
        for (size_t i = 0; i < paths.size(); i++) {
            const FileBytes* file = files.wait_for(i);
            seen[i] = file ? std::string(file->text()) : "(not read)";
            files.release(i);
        }
    });
    for (size_t count = 2; count <= paths.size(); count += 2) {
        files.read_until(count);
        std::this_thread::yield();
    }
    parser.join();
    CHECK(files.all_read());
    for (size_t i = 0; i < paths.size(); i++) CHECK(seen[i] == std::to_string(i));
}

TEST_CASE("read ahead: a file that cannot be read ends the reading, and no thread waits for the rest") {
    std::vector<std::string> paths = numbered_files("kam-read-ahead-missing", 10);
    fs::remove(paths[4]);
    FilesReadAhead files(paths);
    files.read_until(2);
    CHECK(files.wait_for(1));
    files.read_until(6);   // stops at the missing file
    CHECK(files.wait_for(3));
    CHECK_FALSE(files.wait_for(4));
    bool got_later_file = true;
    std::thread later([&] { got_later_file = files.wait_for(9) != nullptr; });   // returns at once: nothing more is read
    later.join();
    CHECK_FALSE(got_later_file);
    CHECK_FALSE(files.all_read());
    files.read_until(10);   // nothing more to do
    CHECK_FALSE(files.wait_for(7));
}

// Whole-file reads and writes, including the read into a reused buffer the Store loads parts with.
#include "storage/files.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace kam;
namespace fs = std::filesystem;

TEST_CASE("files: one buffer reused for files of different sizes gives each file's exact text") {
    const fs::path dir = fs::temp_directory_path() / "kam-files-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string big(100000, 'x'), small = "{\"a\":1}", empty;
    REQUIRE(write_file((dir / "big").string(), big));
    REQUIRE(write_file((dir / "small").string(), small));
    REQUIRE(write_file((dir / "empty").string(), empty));

    std::string buffer;
    REQUIRE(read_file((dir / "big").string(), buffer) == std::string_view(big));
    REQUIRE(read_file((dir / "small").string(), buffer) == std::string_view(small));   // not the big file's tail
    REQUIRE(read_file((dir / "empty").string(), buffer) == std::string_view(empty));
    REQUIRE(read_file((dir / "big").string(), buffer) == std::string_view(big));
    REQUIRE_FALSE(read_file((dir / "missing").string(), buffer));
    REQUIRE(read_file((dir / "small").string()) == small);
    REQUIRE_FALSE(read_file((dir / "missing").string()));
    fs::remove_all(dir);
}

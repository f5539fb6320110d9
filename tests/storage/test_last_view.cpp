// The last view file: written and read back, and ignored (never an error) when it is
// missing or broken.
#include "storage/last_view.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kam;
namespace fs = std::filesystem;

static std::string view_folder(const char* name) {
    fs::path dir = fs::temp_directory_path() / ("kam-last-view-test-" + std::string(name));
    fs::remove_all(dir);
    return dir.string();
}

TEST_CASE("last view: written, then read back the same, without a temporary file left") {
    const std::string folder = view_folder("roundtrip");
    REQUIRE(write_last_view(folder, {"a12", "Our team"}));
    const std::optional<LastView> view = read_last_view(folder);
    REQUIRE(view);
    CHECK(*view == LastView{"a12", "Our team"});
    CHECK_FALSE(fs::exists(last_view_path(folder) + ".tmp"));
    REQUIRE(write_last_view(folder, {"a3", "Map"}));
    CHECK(*read_last_view(folder) == LastView{"a3", "Map"});
}

TEST_CASE("last view: a missing or broken file is no view") {
    const std::string folder = view_folder("broken");
    CHECK_FALSE(read_last_view(folder));
    fs::create_directories(folder);
    for (const char* text : {"", "{\"account\": \"a1\", \"tab\": ", "[1, 2]", "{\"account\": 7, \"tab\": null}", "\xff\xfe garbage"}) {
        std::ofstream(last_view_path(folder), std::ios::trunc | std::ios::binary) << text;
        CHECK_FALSE(read_last_view(folder));
    }
    // Unknown keys from a later version are no reason to forget the view.
    std::ofstream(last_view_path(folder), std::ios::trunc) << R"({"account": "a1", "tab": "Map", "zoom": 2})";
    CHECK(*read_last_view(folder) == LastView{"a1", "Map"});
}

TEST_CASE("last view: the workspace files are not touched") {
    const std::string folder = view_folder("apart");
    REQUIRE(write_last_view(folder, {"a1", "Map"}));
    for (const auto& entry : fs::directory_iterator(folder)) CHECK(entry.path().filename() == "last-view.json");
}

// The export record file: written and read back; a missing or broken one is a fresh record.
#include "storage/export_record.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kam;
namespace fs = std::filesystem;

static std::string record_folder(const char* name) {
    fs::path dir = fs::temp_directory_path() / ("kam-export-record-test-" + std::string(name));
    fs::remove_all(dir);
    return dir.string();
}

TEST_CASE("export record: written, then read back the same") {
    const std::string folder = record_folder("roundtrip");
    ExportRecord record;
    CHECK(read_export_record(folder) == record);   // nothing written yet
    record.last_export = 1'780'000'000;
    record.changed_since = 1'780'086'400;
    record.dismissed_at = 1'781'000'000;
    record.remind_after_days = 30;
    REQUIRE(write_export_record(folder, record));
    CHECK(read_export_record(folder) == record);
    CHECK_FALSE(fs::exists(folder + "/export-record.json.tmp"));
}

TEST_CASE("export record: a broken file or wrong values give the defaults") {
    const std::string folder = record_folder("broken");
    fs::create_directories(folder);
    const auto read_with = [&folder](const char* text) {
        std::ofstream(folder + "/export-record.json") << text;
        return read_export_record(folder);
    };
    CHECK(read_with("{\"last_export\": 17") == ExportRecord{});
    CHECK(read_with("[1]") == ExportRecord{});
    const ExportRecord odd = read_with(R"({"last_export": -5, "changed_since": "x", "remind_after_days": 1e9, "extra": 1})");
    CHECK(odd.last_export == 0);
    CHECK(odd.changed_since == 0);
    CHECK(odd.remind_after_days == ExportRecord::kDefaultRemindDays);
    CHECK(read_with(R"({"remind_after_days": 0})").remind_after_days == 0);
}

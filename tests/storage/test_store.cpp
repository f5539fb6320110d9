// The Store: atomic saves, rolling backups, recovery from a corrupt file; autosave timing.
#include "core/json_io.h"
#include "core/model.h"
#include "storage/store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kam;
namespace fs = std::filesystem;

static std::string temp_folder(const char* name) {
    fs::path dir = fs::temp_directory_path() / ("kam-store-test-" + std::string(name));
    fs::remove_all(dir);
    return dir.string();
}

static Workspace workspace_named(const std::string& name) {
    Workspace ws = make_empty_workspace();
    ws.name = name;
    return ws;
}

TEST_CASE("nothing stored yet: no workspace and no message") {
    Store store(temp_folder("empty"));
    LoadResult r = store.load();
    REQUIRE_FALSE(r.workspace);
    REQUIRE(r.message.empty());
}

TEST_CASE("save then load gives the same workspace") {
    Store store(temp_folder("roundtrip"));
    Workspace ws = workspace_named("Åsa Öberg's accounts");
    REQUIRE(store.save(write_workspace_json(ws), 0).empty());
    LoadResult r = store.load();
    REQUIRE(r.workspace);
    REQUIRE(*r.workspace == ws);
    REQUIRE_FALSE(fs::exists(store.main_path() + ".tmp"));
}

TEST_CASE("backups rotate at most once per interval and a corrupt main file falls back") {
    Store store(temp_folder("backup"), 2, 600);
    store.save(write_workspace_json(workspace_named("v1")), 0);
    store.save(write_workspace_json(workspace_named("v2")), 10);     // rotates v1 into backup 1
    store.save(write_workspace_json(workspace_named("v3")), 20);     // too soon: no rotation
    store.save(write_workspace_json(workspace_named("v4")), 700);    // rotates v3; v1 moves to 2
    REQUIRE(fs::exists(store.backup_path(1)));
    REQUIRE(fs::exists(store.backup_path(2)));
    REQUIRE_FALSE(fs::exists(store.backup_path(3)));

    std::ofstream(store.main_path(), std::ios::trunc) << "{ \"format\": \"kam-canvas\", broken";
    LoadResult r = store.load();
    REQUIRE(r.workspace);
    REQUIRE(r.recovered_from_backup);
    REQUIRE(r.workspace->name == "v3");
    REQUIRE_THAT(r.message, Catch::Contains("backup"));
}

TEST_CASE("a corrupt file without backups is reported, not silently replaced") {
    Store store(temp_folder("corrupt"));
    fs::create_directories(fs::path(store.main_path()).parent_path());
    std::ofstream(store.main_path()) << "not json";
    LoadResult r = store.load();
    REQUIRE_FALSE(r.workspace);
    REQUIRE_THAT(r.message, Catch::Contains("could not be read"));
}

TEST_CASE("autosave waits for a quiet moment but never longer than the maximum delay") {
    AutosaveTimer timer(0.4, 1.0);
    timer.saved(1);
    REQUIRE_FALSE(timer.due(1, 0.0));
    REQUIRE_FALSE(timer.due(2, 0.0));   // an edit at t=0
    REQUIRE_FALSE(timer.due(2, 0.3));
    REQUIRE(timer.due(2, 0.45));        // quiet for 0.4 s
    timer.saved(2);

    // Typing continuously: an edit every 0.2 s still saves after 1 s.
    double saved_at = -1;
    uint64_t rev = 3;
    for (int step = 0; step < 10 && saved_at < 0; step++, rev++) {
        double t = 10.0 + 0.2 * step;
        if (timer.due(rev, t)) saved_at = t;
    }
    REQUIRE(saved_at >= 10.99);
    REQUIRE(saved_at <= 11.21);
}

// The Store: atomic saves, rolling backups, recovery from a corrupt file; autosave timing.
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/sample_workspace.h"
#include "core/workshop/snapshots.h"
#include "storage/store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace kam;
namespace fs = std::filesystem;

static std::string temp_folder(const char* name) {
    fs::path dir = fs::temp_directory_path() / ("kam-store-test-" + std::string(name));
    fs::remove_all(dir);
    return dir.string();
}

static Document document_named(const std::string& name) {
    Workspace ws = make_empty_workspace();
    ws.name = name;
    return Document(ws);
}

// The part names the main file lists, in order.
static std::vector<std::string> stored_parts(const Store& store) {
    std::ifstream head(store.main_path());
    const std::string text((std::istreambuf_iterator<char>(head)), {});
    std::vector<std::string> parts;
    for (size_t at = text.find("\"part-"); at != std::string::npos; at = text.find("\"part-", at + 1))
        parts.push_back(text.substr(at + 1, text.find('"', at + 1) - at - 1));
    return parts;
}

static double g_clock = 0;
static double test_clock() { return g_clock; }

TEST_CASE("nothing stored yet: no workspace and no message") {
    Store store(temp_folder("empty"), test_clock);
    LoadResult r = store.load();
    REQUIRE_FALSE(r.workspace);
    REQUIRE(r.message.empty());
}

TEST_CASE("a folder removed after a save is made again by the next save") {
    std::string folder = temp_folder("removed");
    Store store(folder, test_clock);
    Document doc = document_named("First");
    REQUIRE(store.save(doc).empty());
    fs::remove_all(folder);
    doc.set_workspace_name("Second");
    REQUIRE(store.save(doc).empty());
    REQUIRE(Store(folder, test_clock).load().workspace->name == "Second");
    fs::remove_all(folder);
}

TEST_CASE("save then load gives the same workspace") {
    Store store(temp_folder("roundtrip"), test_clock);
    Document doc = document_named("Åsa Öberg's accounts");
    REQUIRE(store.save(doc).empty());
    LoadResult r = store.load();
    REQUIRE(r.workspace);
    REQUIRE(*r.workspace == doc.ws());
    REQUIRE_FALSE(fs::exists(store.main_path() + ".tmp"));
}

TEST_CASE("backups rotate at most once per interval and a corrupt main file falls back") {
    Store store(temp_folder("backup"), test_clock, 2, 600);
    for (auto [name, time] : {std::pair{"v1", 0.0}, {"v2", 10.0}, {"v3", 20.0}, {"v4", 700.0}}) {
        g_clock = time;   // v2 rotates v1 into backup 1; v3 is too soon; v4 rotates v3, v1 moves to 2
        store.save(document_named(name));
    }
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

TEST_CASE("a large workspace is saved in parts, over several steps, and only changed parts are rewritten") {
    const std::string folder = temp_folder("parts");
    Store store(folder, test_clock);
    Document doc(generate_workspace(300, 5, 4, 7));
    g_clock = 0;
    SaveStep step = store.save_step(doc, -1);   // no time budget: one batch of parts per step
    REQUIRE_FALSE(step.done);
    REQUIRE(step.wrote_files);
    int calls = 1;
    do {
        step = store.save_step(doc, -1);
        calls++;
    } while (!step.done);
    // 300 accounts = 19 parts, one batch per call; the last call also writes the head.
    REQUIRE(calls == (19 + Store::kPartsPerBatch - 1) / Store::kPartsPerBatch);
    REQUIRE(step.revision == doc.revision());

    auto part_files = [&] {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.path().filename().string().starts_with("part-")) names.insert(entry.path().filename().string());
        return names;
    };
    const std::set<std::string> before = part_files();
    REQUIRE(before.size() == 19);

    // One edited account: one new part; the old one stays while the backup names it.
    Account a = doc.ws().accounts[100];
    a.name = "Jürgen Groß GmbH";
    doc.set_account(a, "Rename");
    step = store.save_step(doc, -1);
    REQUIRE(step.done);
    std::set<std::string> after = part_files();
    std::vector<std::string> added;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    REQUIRE(added.size() == 1);

    Store fresh(folder, test_clock);
    LoadResult r = fresh.load();
    REQUIRE(r.workspace);
    REQUIRE(*r.workspace == doc.ws());

    // Adopting the loaded parts: saving the unchanged document writes no part.
    Document loaded(*r.workspace);
    fresh.adopt(loaded);
    const std::set<std::string> settled = part_files();
    REQUIRE(fresh.save_step(loaded, -1).done);
    REQUIRE(part_files().size() <= settled.size());
}

TEST_CASE("a missing or damaged part or list of parts makes the main file unreadable and the backup is used") {
    const std::string folder = temp_folder("bad-part");
    Store store(folder, test_clock);
    Document doc(generate_workspace(100, 3, 3, 9));
    g_clock = 0;
    store.save(doc);
    Account a = doc.ws().accounts[0];
    a.name = "Changed";
    doc.set_account(a, "Rename");
    store.save(doc);
    const std::string part = stored_parts(store).front();   // the part only the main file names
    std::ifstream head(store.main_path());
    std::string text((std::istreambuf_iterator<char>(head)), {});
    std::string expected;
    SECTION("missing") {
        fs::remove(fs::path(folder) / part);
        expected = "part " + part + " is missing";
    }
    SECTION("damaged") {
        std::ofstream(fs::path(folder) / part, std::ios::trunc) << "[{\"id\": \"a1\", \"na";
        expected = "/accounts: " + part + " is not valid JSON";
    }
    SECTION("the main file's list of parts cut short") {
        std::ofstream(store.main_path(), std::ios::trunc) << text.substr(0, text.size() - 5);
        expected = "workspace.json is damaged";
    }
    LoadResult r = Store(folder, test_clock).load();
    REQUIRE(r.workspace);
    REQUIRE(r.recovered_from_backup);
    REQUIRE(r.workspace->accounts[0].name != "Changed");
    REQUIRE_THAT(r.message, Catch::Contains(expected));
}

TEST_CASE("a large workspace is read on two threads, with messages as exact as a read in one go") {
    const std::string folder = temp_folder("two-halves");
    Store store(folder, test_clock, 0);   // no backups: the message says why the main file was refused
    Document doc(generate_workspace(1100, 2, 3, 5));
    REQUIRE(store.save(doc).empty());
    const std::vector<std::string> parts = stored_parts(store);
    REQUIRE(parts.size() >= Store::kPartsWorthAThread);
    const fs::path first = fs::path(folder) / parts.front(), last = fs::path(folder) / parts.back();

    SECTION("the same workspace back") {
        LoadResult r = Store(folder, test_clock).load();
        REQUIRE(r.workspace);
        REQUIRE(*r.workspace == doc.ws());
    }
    SECTION("a value of the wrong type in the second half has its path in the whole workspace") {
        std::ifstream in(last);
        std::string text((std::istreambuf_iterator<char>(in)), {});
        in.close();
        const size_t at = text.find("\"industry_rank\":");
        text.replace(at, text.find(',', at) - at, "\"industry_rank\":\"high\"");
        std::ofstream(last, std::ios::trunc) << text;
        const size_t first_of_last = (parts.size() - 1) * Store::kAccountsPerPart;
        LoadResult r = Store(folder, test_clock).load();
        REQUIRE_FALSE(r.workspace);
        REQUIRE_THAT(r.message, Catch::Contains("/accounts/" + std::to_string(first_of_last) +
                                                "/industry_rank: expected integer"));
    }
    SECTION("of two missing parts, the first is named") {
        fs::remove(last);
        fs::remove(first);
        LoadResult r = Store(folder, test_clock).load();
        REQUIRE_FALSE(r.workspace);
        REQUIRE_THAT(r.message, Catch::Contains("part " + parts.front() + " is missing"));
    }
    SECTION("a missing part in the second half is named") {
        fs::remove(last);
        LoadResult r = Store(folder, test_clock).load();
        REQUIRE_FALSE(r.workspace);
        REQUIRE_THAT(r.message, Catch::Contains("part " + parts.back() + " is missing"));
    }
}

TEST_CASE("a corrupt file without backups is reported, not silently replaced") {
    Store store(temp_folder("corrupt"), test_clock);
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

TEST_CASE("another document at the same revision is saved as itself, not as the last one planned") {
    Store store(temp_folder("two-documents"), test_clock);
    Document first(generate_workspace(40, 3, 4, 1));
    Document second(generate_workspace(40, 3, 4, 2));
    REQUIRE(first.revision() == second.revision());
    REQUIRE(first.serial() != second.serial());
    REQUIRE(store.save(first).empty());
    REQUIRE(store.save(second).empty());
    LoadResult r = store.load();
    REQUIRE(r.workspace);
    CHECK(*r.workspace == second.ws());
}

// A tab of an older KAM Canvas beside a newer one: the newer one's file is never written over.
static std::string newer_head(const std::string& name) {
    return "{\"format\": \"kam-canvas\", \"version\": 999, \"name\": \"" + name + "\", \"accounts\": []}";
}

static std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST_CASE("a workspace saved by a newer version opens nothing and is never saved over") {
    const std::string folder = temp_folder("newer");
    Store store(folder, test_clock);
    REQUIRE(store.save(document_named("Older")).empty());
    const std::string newer = newer_head("Newer");
    std::ofstream(store.main_path(), std::ios::binary) << newer;

    LoadResult r = Store(folder, test_clock).load();
    REQUIRE_FALSE(r.workspace);   // not even the older backup: it would hide the newer work
    REQUIRE(r.newer_version);
    REQUIRE_FALSE(r.recovered_from_backup);
    REQUIRE(r.message.find("newer version of KAM Canvas") != std::string::npos);

    // The tab that saved the older file saves again: refused, and the newer file stays as it is.
    SaveStep step = store.save_step(document_named("Edited in the older tab"), 1e9);
    REQUIRE_FALSE(step.done);
    REQUIRE(step.newer_version);
    REQUIRE(step.error.find("newer version") != std::string::npos);
    REQUIRE(file_text(store.main_path()) == newer);
    fs::remove_all(folder);
}

TEST_CASE("a damaged file is not taken for a newer one: the backup opens as before") {
    const std::string folder = temp_folder("damaged-not-newer");
    Store store(folder, test_clock);
    REQUIRE(store.save(document_named("Good")).empty());
    g_clock += 1000;   // past the backup interval: the next save keeps this one as a backup
    REQUIRE(store.save(document_named("Good too")).empty());
    std::ofstream(store.main_path(), std::ios::binary) << "{\"format\": \"kam-canvas\", \"version\": 1, \"name\": ";

    LoadResult r = Store(folder, test_clock).load();
    REQUIRE(r.workspace);
    REQUIRE(r.recovered_from_backup);
    REQUIRE_FALSE(r.newer_version);
    REQUIRE(Store(folder, test_clock).save(document_named("Saved over the damage")).empty());
    fs::remove_all(folder);
}

TEST_CASE("a stored workspace with a text over today's limits still opens: it is the user's own work") {
    // An older version imported a name with a tab in it and stored it; today an import refuses that.
    const std::string folder = temp_folder("older-texts");
    Workspace ws = generate_workspace(2, 3, 2, 1);
    ws.name = "Tab\there";
    ws.accounts[0].contacts[0].title = std::string(1500, 't');
    REQUIRE(Store(folder, test_clock).save(Document(ws)).empty());
    LoadResult r = Store(folder, test_clock).load();
    REQUIRE(r.workspace);
    REQUIRE(*r.workspace == ws);
    REQUIRE_FALSE(read_workspace_json(write_workspace_json(ws)).ok());   // as an import: refused
    fs::remove_all(folder);
}

TEST_CASE("backups are listed newest first with their size and accounts, and each can be read back") {
    const std::string folder = temp_folder("backups");
    Store store(folder, test_clock, 3, 0);   // a backup at every save
    Workspace ws = generate_workspace(20, 2, 2, 3);   // two parts
    REQUIRE(store.save(Document(ws)).empty());
    ws.accounts.resize(5);
    REQUIRE(store.save(Document(ws)).empty());
    ws.accounts.resize(3);
    REQUIRE(store.save(Document(ws)).empty());

    const std::vector<BackupInfo> backups = store.list_backups();
    REQUIRE(backups.size() == 2);   // the two saves before the last one
    CHECK(backups[0].number == 1);
    CHECK(backups[0].accounts == 5);
    CHECK(backups[1].accounts == 20);
    CHECK(backups[1].bytes > backups[0].bytes);   // its parts count too
    // The stored workspace (3 accounts, one part) is smaller than the backup of 5 in one part,
    // and counts its part: more than its main file alone.
    CHECK(store.stored_bytes() < backups[0].bytes);
    CHECK(store.stored_bytes() > fs::file_size(store.main_path()));
    CHECK(Store(temp_folder("nothing-stored"), test_clock).stored_bytes() == 0);
    CHECK(backups[0].saved_at > 0);
    CHECK(backups[0].problem.empty());

    LoadResult oldest = store.read_backup(2);
    REQUIRE(oldest.workspace);
    CHECK(oldest.workspace->accounts.size() == 20);
    CHECK(store.read_backup(3).message == "workspace.backup3.json does not exist");

    std::ofstream(store.backup_path(1), std::ios::binary) << "{\"format\": \"kam-canvas\"";
    CHECK_FALSE(store.list_backups()[0].problem.empty());
    CHECK_FALSE(store.read_backup(1).workspace);
    fs::remove_all(folder);
}

TEST_CASE("a workspace stored by version 1 opens, and its first save rewrites every part in today's format") {
    // Stored as version 1 kept it: the head with its part list, and the accounts in a part file.
    std::ifstream in(std::string(KAM_TEST_FIXTURES) + "/sample-v1.json", std::ios::binary);
    const std::string v1((std::istreambuf_iterator<char>(in)), {});
    const size_t accounts_at = v1.find(",\n \"accounts\": [");
    REQUIRE(accounts_at != std::string::npos);
    const std::string folder = temp_folder("stored-v1");
    fs::create_directories(folder);
    std::ofstream(folder + "/workspace.json", std::ios::binary)
        << v1.substr(0, accounts_at) << ",\"accounts\":[],\"storage_parts\":[\"part-v1-0\"]}";
    const std::string accounts = v1.substr(accounts_at + 15, v1.rfind(']') - accounts_at - 14);
    std::ofstream(folder + "/part-v1-0", std::ios::binary) << accounts;

    Store store(folder, test_clock);
    LoadResult loaded = store.load();
    INFO(loaded.message);
    REQUIRE(loaded.workspace);
    CHECK(loaded.workspace->accounts.size() == 7);
    Document doc(std::move(*loaded.workspace));
    store.adopt(doc);
    doc.set_workspace_name("Renamed");   // an edit outside the accounts: no part changes
    REQUIRE(store.save(doc).empty());

    CHECK(stored_parts(store) != std::vector<std::string>{"part-v1-0"});   // written again, in version 2
    LoadResult again = Store(folder, test_clock).load();
    INFO(again.message);
    REQUIRE(again.workspace);
    CHECK(*again.workspace == doc.ws());
    CHECK_FALSE(again.recovered_from_backup);
    fs::remove_all(folder);
}

TEST_CASE("the sample workspace, which fills every member of the format, is stored and loaded whole") {
    const std::string folder = temp_folder("sample");
    Workspace sample = make_sample_workspace();
    // What the sample leaves at its defaults: the review rhythm's (format 4) ...
    sample.review_defaults = {"SEK", {12.5, 25000, 4, 20}, {2, 6, 1, 12}};
    Account& a = sample.accounts[0];
    a.currency = "NOK";
    a.deviation_rules = DeviationRules{5, 1000, 0, 50};
    a.cadence[static_cast<size_t>(ReviewKind::Mentor)] = 2;
    a.investigations = {{"2026-10", DeviationCause::Timing, "Order moved", a.manager}};
    a.reviews[0].attendees = {a.manager};
    a.reviews[0].decisions = {"Pilot in Lund"};
    a.plan.actions[0].deviation = "2026-10";
    // And account health's (format 5).
    sample.health_rules = {{5, 0, 30, 15, 10, 25, 15}, 80, 50, 30};
    a.health_history = {{"2026-10", 64}, {"2026-11", 71}};
    // And snapshots (format 6): one holding an account as it was, the others as they are now.
    sample.snapshots = with_snapshot(sample, sample.new_id('s'), "Q3 workshop", "2026-09-30");
    a.name += " (renamed since)";
    REQUIRE_FALSE(sample.offerings.empty());   // a member kept in the head, beside the accounts
    REQUIRE(Store(folder, test_clock).save(Document(sample)).empty());
    LoadResult r = Store(folder, test_clock).load();
    INFO(r.message);
    REQUIRE(r.workspace);
    CHECK(*r.workspace == sample);
    fs::remove_all(folder);
}

// The name of the snapshots' file the main file lists ("" for none).
static std::string stored_snapshots_file(const Store& store) {
    std::ifstream head(store.main_path());
    const std::string text((std::istreambuf_iterator<char>(head)), {});
    const size_t at = text.find("\"snapshots-");
    return at == std::string::npos ? "" : text.substr(at + 1, text.find('"', at + 1) - at - 1);
}

TEST_CASE("snapshots are kept in a file of their own, written again only when an account they name by id changes or goes") {
    const std::string folder = temp_folder("snapshots");
    Workspace ws = make_sample_workspace();
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    const Account taken = ws.accounts[0];
    Document doc(ws);
    Store store(folder, test_clock, /*backups=*/0);
    auto saved_as_it_is = [&] {
        REQUIRE(store.save(doc).empty());
        LoadResult r = Store(folder, test_clock).load();
        INFO(r.message);
        REQUIRE(r.workspace);
        CHECK(*r.workspace == doc.ws());
        return stored_snapshots_file(store);
    };
    const std::string first = saved_as_it_is();
    REQUIRE_FALSE(first.empty());
    CHECK(fs::file_size(fs::path(folder) / first) > 0);

    // The account is held by its id: an edit to it makes the snapshot hold it whole, as it was.
    Account edited = taken;
    edited.notes = "Edited after the workshop";
    doc.set_account(edited, "Edit notes");
    const std::string second = saved_as_it_is();
    CHECK(second != first);
    CHECK_FALSE(fs::exists(fs::path(folder) / first));   // no backup names it any more
    CHECK(*doc.ws().snapshots[0].accounts[0] == taken);

    // Held whole now: more edits to it, and edits to an account the snapshot does not hold, leave the file.
    edited.notes = "Edited again";
    doc.set_account(edited, "Edit notes");
    CHECK(saved_as_it_is() == second);
    doc.set_workspace_name("Renamed");
    CHECK(saved_as_it_is() == second);

    // An account it names by id goes: it is held whole.
    doc.erase_account(doc.ws().accounts[1].id, "Delete account");
    const std::string third = saved_as_it_is();
    CHECK(third != second);

    // A rename of the snapshot is written.
    std::vector<Snapshot> renamed = doc.ws().snapshots;
    renamed[0].name = "Q3 review";
    doc.set_snapshots(renamed, "Rename snapshot");
    const std::string fourth = saved_as_it_is();
    CHECK(fourth != third);

    // Without snapshots no file is named, and the old one goes; undone, they are written again.
    doc.set_snapshots({}, "Delete snapshot");
    CHECK(saved_as_it_is().empty());
    CHECK_FALSE(fs::exists(fs::path(folder) / fourth));
    REQUIRE(doc.undo());
    CHECK_FALSE(saved_as_it_is().empty());
    fs::remove_all(folder);
}

TEST_CASE("a stored workspace whose snapshots' file is missing is reported, not opened without its snapshots") {
    const std::string folder = temp_folder("snapshots-missing");
    Workspace ws = make_sample_workspace();
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    Store store(folder, test_clock, /*backups=*/0);
    REQUIRE(store.save(Document(ws)).empty());
    const std::string file = stored_snapshots_file(store);
    REQUIRE(fs::remove(fs::path(folder) / file));
    LoadResult r = Store(folder, test_clock, 0).load();
    CHECK_FALSE(r.workspace);
    CHECK(r.message.find(file + " is missing") != std::string::npos);
    fs::remove_all(folder);
}

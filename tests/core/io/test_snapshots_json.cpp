// Snapshots in the workspace file: they read back exactly, an account the workspace holds unchanged
// is written as its id alone (a snapshot costs what changed), and a broken snapshot is refused with
// its JSON path, changing nothing.
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/sample_workspace.h"
#include "core/workshop/snapshots.h"

#include <catch2/catch.hpp>

using namespace kam;

static Workspace sample_with_two_snapshots() {
    Workspace ws = make_sample_workspace();
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    ws.accounts[0].contacts[0].attitude = -ws.accounts[0].contacts[0].attitude;
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q4 workshop", "2026-11-30");
    ws.accounts[1].name += " Group";
    return ws;
}

TEST_CASE("snapshots are written and read back exactly, sharing the accounts unchanged", "[json][snapshot]") {
    const Workspace ws = sample_with_two_snapshots();
    const std::string text = write_workspace_json(ws);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    CHECK(*r.workspace == ws);
    CHECK(write_workspace_json(*r.workspace) == text);
    // Read back, the accounts shared with now are one copy however many snapshots name them.
    const Workspace& back = *r.workspace;
    CHECK(back.snapshots[0].accounts[2] == back.snapshots[1].accounts[2]);
    // Indented for people, the same.
    CHECK(*read_workspace_json(write_workspace_json(ws, 2)).workspace == ws);
}

TEST_CASE("a snapshot of an unchanged workspace costs a few bytes per account", "[json][snapshot]") {
    Workspace ws = make_sample_workspace();
    const size_t without = write_workspace_json(ws).size();
    CHECK(snapshots_bytes(ws) == 0);
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    const size_t bytes = snapshots_bytes(ws);
    CHECK(bytes > 0);
    CHECK(bytes < without / 20);   // the team, criteria and tiers as they were, and the accounts' ids
    CHECK(write_workspace_json(ws).size() == without + bytes + 1);   // and a comma
    // One account changed since: that account is stored in the snapshot, and only that one.
    ws.accounts[0].notes += " More news.";
    CHECK(snapshots_bytes(ws) > bytes + write_accounts_json(&ws.accounts[0], 1).size() / 2);
    CHECK(snapshots_bytes(ws) < bytes + write_accounts_json(&ws.accounts[0], 1).size() * 2);
}

TEST_CASE("a snapshot naming an account the workspace does not hold is refused with its path", "[json][snapshot]") {
    Workspace ws = make_sample_workspace();
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    std::string text = write_workspace_json(ws);
    const std::string shared = "\"" + ws.accounts[2].id + "\"";
    const size_t at = text.find(shared, text.find("\"snapshots\""));
    REQUIRE(at != std::string::npos);
    text.replace(at, shared.size(), "\"a999999\"");
    const ReadResult r = read_workspace_json(text);
    REQUIRE(!r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "/snapshots/0/accounts/2");
    CHECK(r.problems[0].message.find("\"a999999\", which the workspace does not hold") != std::string::npos);
}

TEST_CASE("snapshots with the same id, a bad date or an account twice are refused with their paths", "[json][snapshot]") {
    Workspace ws = sample_with_two_snapshots();
    ws.snapshots[1].id = ws.snapshots[0].id;
    ws.snapshots[1].taken = "2026-13-01";
    ws.snapshots[0].accounts.push_back(ws.snapshots[0].accounts[0]);
    const ReadResult r = read_workspace_json(write_workspace_json(ws));
    REQUIRE(!r.ok());
    std::vector<std::string> paths;
    for (const Problem& p : r.problems) paths.push_back(p.path);
    CHECK(paths == std::vector<std::string>{"/snapshots/0/accounts/" + std::to_string(ws.snapshots[0].accounts.size() - 1) + "/id",
                                            "/snapshots/1/id", "/snapshots/1/taken"});
}

TEST_CASE("a new id is never one a snapshot holds (a gone contact keeps its id there)", "[json][snapshot]") {
    Workspace ws = make_sample_workspace();
    Contact late;
    late.id = "c900000", late.name = "Left the company";
    ws.accounts[0].contacts.push_back(late);
    ws.snapshots = with_snapshot(ws, "s900001", "Q3", "2026-09-30");
    ws.accounts[0].contacts.pop_back();
    ws.next_id = 1;
    const ReadResult r = read_workspace_json(write_workspace_json(ws));
    REQUIRE(r.ok());
    CHECK(r.workspace->next_id == 900002);
}

TEST_CASE("snapshots kept apart from the head, as storage keeps them, read back exactly", "[json][snapshot]") {
    const Workspace ws = sample_with_two_snapshots();
    const std::string head = write_workspace_json(ws, -1, /*whole=*/false);
    CHECK(head.find("\"snapshots\"") == std::string::npos);
    std::vector<std::shared_ptr<const Account>> named_by_id;
    const std::string snapshots = write_snapshots_json(ws, &named_by_id);
    CHECK(snapshots.size() == snapshots_bytes(ws) - std::string_view("\"snapshots\":").size());
    // Every account of the two snapshots but the two changed since (one of them in both).
    CHECK(named_by_id.size() == ws.snapshots[0].accounts.size() + ws.snapshots[1].accounts.size() - 3);
    WorkspaceReader reader(head, ReadMode::Stored);
    reader.add_accounts(write_accounts_json(ws.accounts.data(), ws.accounts.size()), "part-1.json");
    reader.add_snapshots(snapshots, "snapshots-1.json");
    ReadResult r = reader.finish();
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    CHECK(*r.workspace == ws);

    WorkspaceReader broken(head, ReadMode::Stored);
    broken.add_snapshots(snapshots.substr(0, snapshots.size() / 2), "snapshots-1.json");
    const ReadResult refused = broken.finish();
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].path == "/snapshots");
    CHECK(refused.problems[0].message.rfind("snapshots-1.json is ", 0) == 0);
}

// Storage writes the head at every autosave: its buffer must be sized for the head, not for the
// whole workspace (a large one made each autosave fill and free 60 MB: 205 ms of a 2 ms save).
TEST_CASE("the head alone is written in a buffer sized for the head, not for the accounts", "[json][storage]") {
    const Workspace ws = generate_workspace(200, 30, 12, 7);
    const std::string whole = write_workspace_json(ws, -1);
    const std::string head = write_workspace_json(ws, -1, /*whole=*/false);
    CHECK(whole.size() > 1000000);
    CHECK(head.capacity() < 64 * 1024);
    CHECK(head.size() < 64 * 1024);
}

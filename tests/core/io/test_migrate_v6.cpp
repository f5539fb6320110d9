// Version 6 files still import: version 7 changed only how storage keeps the snapshots (a file of
// their own), so an exported version-6 file reads as it is. A version-6 export of the sample with a
// snapshot, taken before a contact was removed and an attitude changed, is kept.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("a version-6 export imports with its snapshot and is written as the current version", "[json][migrate]") {
    const std::string text = read_fixture("sample-v6.json");
    REQUIRE(text.find("\"version\": 6,") != std::string::npos);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    CHECK(ws.accounts.size() == make_sample_workspace().accounts.size());
    REQUIRE(ws.snapshots.size() == 1);
    const Snapshot& q3 = ws.snapshots[0];
    CHECK(q3.name == "Q3 workshop");
    REQUIRE(q3.accounts.size() == ws.accounts.size());
    // The account changed since is held whole, with the contact gone since; the rest are as now.
    CHECK(q3.accounts[0]->contacts.size() == ws.accounts[0].contacts.size() + 1);
    for (size_t i = 1; i < ws.accounts.size(); i++) CHECK(*q3.accounts[i] == ws.accounts[i]);
    const std::string again = write_workspace_json(ws);
    CHECK(again.rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
    CHECK(read_workspace_json(again).workspace == ws);
}

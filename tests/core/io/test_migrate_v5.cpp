// Version 5 files still import: version 6 added snapshots, which may be absent. A real version-5
// export of the sample is kept.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("a version-5 export imports with no snapshots and is written as the current version", "[json][migrate]") {
    const std::string text = read_fixture("sample-v5.json");
    REQUIRE(text.find("\"version\": 5,") != std::string::npos);
    REQUIRE(text.find("\"snapshots\"") == std::string::npos);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    CHECK(ws.snapshots.empty());
    CHECK(ws.accounts.size() == make_sample_workspace().accounts.size());
    CHECK(!ws.accounts[0].health_history.empty());   // what version 5 added is read as it was
    const std::string again = write_workspace_json(ws);
    CHECK(again.rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
    CHECK(read_workspace_json(again).workspace == ws);
}

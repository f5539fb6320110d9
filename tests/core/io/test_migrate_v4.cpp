// Version 4 files still import: version 5 added account health (the workspace's health rules and each
// account's kept history), both optional. A real version-4 export of the sample, with the review
// rhythm's members filled, is kept.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>


using namespace kam;

TEST_CASE("a version-4 export imports with the default health rules and no history", "[json][migrate]") {
    const std::string text = read_fixture("sample-v4.json");
    REQUIRE(text.find("\"version\": 4,") != std::string::npos);
    REQUIRE(text.find("\"health") == std::string::npos);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    CHECK(ws.health_rules == HealthRules{});
    REQUIRE(ws.accounts.size() == make_sample_workspace().accounts.size());
    for (const Account& a : ws.accounts) CHECK(a.health_history.empty());
    // What version 4 added is read as it was.
    const Account& first = ws.accounts[0];
    CHECK(first.currency == "SEK");
    CHECK(first.deviation_rules == DeviationRules{12.5, 25000, 4, 20});
    CHECK(first.cadence[static_cast<size_t>(ReviewKind::Mentor)] == 2);
    REQUIRE(first.investigations.size() == 1);
    CHECK(first.investigations[0].cause == DeviationCause::Timing);
    const std::string again = write_workspace_json(ws);
    CHECK(again.rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
    CHECK(read_workspace_json(again).workspace == ws);
}

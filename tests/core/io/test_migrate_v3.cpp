// Version 3 files still import: version 4 added the review rhythm (currencies, thresholds,
// cadences, investigations, richer reviews), every new member optional. A real version-3
// export of the sample is kept.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>


using namespace kam;

TEST_CASE("a version-3 export imports with the workspace's review defaults", "[json][migrate]") {
    const std::string text = read_fixture("sample-v3.json");
    REQUIRE(text.find("\"version\": 3,") != std::string::npos);
    REQUIRE(text.find("\"investigations\"") == std::string::npos);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    CHECK(ws.review_defaults == ReviewDefaults{});
    CHECK(ws.review_defaults.currency == "EUR");
    REQUIRE(!ws.accounts.empty());
    for (const Account& a : ws.accounts) {
        CHECK(a.investigations.empty());
        CHECK(a.currency.empty());
        CHECK_FALSE(a.deviation_rules);
        for (const std::optional<int>& c : a.cadence) CHECK_FALSE(c);
        for (const Review& review : a.reviews) CHECK(review.kind <= ReviewKind::Mentor);
    }
    // What version 3 had is read as it was: the same accounts, names and figures as the sample of then.
    CHECK(ws.accounts.size() == make_sample_workspace().accounts.size());
    const std::string again = write_workspace_json(ws);
    CHECK(again.rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
    CHECK(read_workspace_json(again).workspace == ws);
}

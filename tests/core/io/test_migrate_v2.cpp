// Version 2 files (every file exported with the first account plan) still import: version 3 only
// added links from SWOT items to whitespace cells. A real version-2 export of the sample is kept.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>


using namespace kam;

TEST_CASE("a version-2 export imports unchanged, and is written back in the current version", "[json][migrate]") {
    const std::string text = read_fixture("sample-v2.json");
    REQUIRE(text.find("\"version\": 2,") != std::string::npos);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    // The same workspace as today's sample, but for what the sample gained since: links to cells
    // (version 3), items marked internal, the health kept of past months (version 5), and its maps
    // laid out again as the compact org chart (positions only).
    const auto as_in_v2 = [](Workspace ws) {
        for (Account& a : ws.accounts) {
            for (auto* list : a.plan.swot_lists()) {
                for (SwotItem& item : *list) {
                    if (item.link == ItemLink::Cell) item.unlink();
                    if (item.visibility == Visibility::Internal) item.visibility = Visibility::Default;
                }
            }
            for (Objective& o : a.plan.objectives)
                if (o.visibility == Visibility::Internal) o.visibility = Visibility::Default;
            a.health_history.clear();
            for (Contact& c : a.contacts) c.x = c.y = 0;
        }
        return ws;
    };
    CHECK(as_in_v2(*r.workspace) == as_in_v2(make_sample_workspace()));
    CHECK(write_workspace_json(*r.workspace).rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
}

// Version 2 files (every file exported with the first account plan) still import: version 3 only
// added links from SWOT items to whitespace cells. A real version-2 export of the sample is kept.
#include "core/io/json_io.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace kam;

TEST_CASE("a version-2 export imports unchanged, and is written back in the current version", "[json][migrate]") {
    std::ifstream in(std::string(KAM_TEST_FIXTURES) + "/sample-v2.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    REQUIRE(text.str().find("\"version\": 2,") != std::string::npos);
    ReadResult r = read_workspace_json(text.str());
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    // The same workspace as today's sample, but for what the sample gained since: links to cells
    // (version 3) and items marked internal.
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
        }
        return ws;
    };
    CHECK(as_in_v2(*r.workspace) == as_in_v2(make_sample_workspace()));
    CHECK(write_workspace_json(*r.workspace).rfind("{\"format\":\"kam-canvas\",\"version\":" + std::to_string(kFormatVersion) + ",", 0) == 0);
}

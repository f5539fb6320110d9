// Version 1 files (every file exported before the account plan) still import, brought up to date:
// a real version-1 export of the sample workspace is kept as a fixture.
#include "core/io/json_io.h"
#include "fixture.h"
#include "core/io/migrate_v1.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace kam;
using json = nlohmann::json;

TEST_CASE("a version-1 export imports, its plan brought up to date", "[json][migrate]") {
    const std::string text = read_fixture("sample-v1.json");
    const json old = json::parse(text);
    REQUIRE(old["version"] == 1);
    ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems, 10));
    REQUIRE(r.ok());
    const Workspace& ws = *r.workspace;
    REQUIRE(ws.accounts.size() == old["accounts"].size());
    for (size_t a = 0; a < ws.accounts.size(); a++) {
        const json& was = old["accounts"][a]["plan"];
        const Plan& plan = ws.accounts[a].plan;
        REQUIRE(plan.strengths.size() == was["strengths"].size());
        for (size_t i = 0; i < plan.strengths.size(); i++) {
            CHECK(plan.strengths[i].text == was["strengths"][i].get<std::string>());
            CHECK(plan.strengths[i].visibility == Visibility::Default);
        }
        CHECK(plan.threats.size() == was["threats"].size());
        REQUIRE(plan.value_added.size() == (was["value_added"].get<std::string>().empty() ? 0u : 1u));
        if (!plan.value_added.empty()) CHECK(plan.value_added[0].text == was["value_added"].get<std::string>());
        REQUIRE(plan.objectives.size() == was["objectives"].size());
        for (size_t i = 0; i < plan.objectives.size(); i++) {
            const Objective& o = plan.objectives[i];
            CHECK(o.text == was["objectives"][i]["text"].get<std::string>());
            CHECK((o.status == ObjectiveStatus::Achieved) == was["objectives"][i]["achieved"].get<bool>());
            CHECK(o.id.starts_with("o"));
        }
        REQUIRE(plan.actions.size() == was["actions"].size());
        for (size_t i = 0; i < plan.actions.size(); i++) {
            const Action& action = plan.actions[i];
            CHECK(action.text == was["actions"][i]["text"].get<std::string>());
            CHECK(action.owner == was["actions"][i]["owner"].get<std::string>());
            CHECK(action.due == was["actions"][i]["due"].get<std::string>());
            CHECK((action.status == ActionStatus::Done) == was["actions"][i]["done"].get<bool>());
            CHECK(action.objective.empty());
        }
    }
    // New ids come after every id of the file, and are all different.
    std::set<Id> ids;
    for (const Account& a : ws.accounts)
        for (const Objective& o : a.plan.objectives) CHECK(ids.insert(o.id).second);
    CHECK(ws.next_id == old["next_id"].get<uint64_t>() + ids.size());

    // Written again it is version 2, and reads back the same.
    const std::string again = write_workspace_json(ws);
    CHECK(json::parse(again)["version"] == kFormatVersion);
    ReadResult back = read_workspace_json(again);
    REQUIRE(back.ok());
    CHECK(*back.workspace == ws);
}

TEST_CASE("a version-1 file keeps reporting its own problems at their paths", "[json][migrate]") {
    json doc = json::parse(read_fixture("sample-v1.json"));
    doc["accounts"][0]["plan"]["actions"][1]["owner"] = "p999";
    doc["accounts"][0]["plan"]["objectives"][0]["achieved"] = "yes";
    ReadResult r = read_workspace_json(doc.dump());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0] == Problem{"/accounts/0/plan/objectives/0/achieved", "expected boolean, got string \"yes\""});
    CHECK(r.problems[1] == Problem{"/accounts/0/plan/actions/1/owner", "unknown person id \"p999\""});
    // A version-2 plan in a file that says version 1 is refused, not half read.
    doc = json::parse(read_fixture("sample-v1.json"));
    doc["accounts"][0]["plan"]["strengths"] = json::array({{{"text", "x"}}});
    r = read_workspace_json(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].path == "/accounts/0/plan/strengths/0");
}

TEST_CASE("migrate_plan: every version-1 field has its place", "[migrate]") {
    PlanV1 old;
    old.strengths = {"Installed base"};
    old.weaknesses = {"Price", "Coverage"};
    old.value_added = "Uptime";
    old.objectives = {{"Reach the CFO", true}, {"Pilot", false}};
    old.actions = {{"Call", "p1", "2024-06-30", true}, {"Write", "", "", false}};
    const Plan plan = migrate_plan(std::move(old));
    CHECK(plan.strengths == std::vector<SwotItem>{{"Installed base"}});
    CHECK(plan.weaknesses.size() == 2);
    CHECK(plan.opportunities.empty());
    REQUIRE(plan.value_added.size() == 1);
    CHECK(plan.value_added[0].status == ValueStatus::Proposed);
    CHECK(plan.objectives[0].status == ObjectiveStatus::Achieved);
    CHECK(plan.objectives[1].status == ObjectiveStatus::OnTrack);
    CHECK(plan.actions[0].status == ActionStatus::Done);
    CHECK(plan.actions[0].owner == "p1");
    CHECK(plan.actions[1].status == ActionStatus::Open);
    CHECK(migrate_plan(PlanV1{}).value_added.empty());   // no text: no item
}

// Prints how long the planning views take natively: "My actions" across 5,000 accounts (target
// <= 20 ms in the browser), and building the Plan tab of one account with 200 objectives and 1,000
// actions headless (UI build + draw list, no GPU; target <= 2 ms per frame in the browser, where
// bench/browser_bench.mjs measures the same with the file this writes).
//   bench_planning [--write-plan file.json]
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/planning/planning.h"
#include "ui/test_hooks.h"

#include "bench_clock.h"
#include "headless_app.h"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace kam;

// One account whose plan is as large as the target: 200 objectives, 1,000 actions.
Workspace large_plan_workspace() {
    Workspace ws = generate_workspace(1, 44, 10, 5);
    Account& a = ws.accounts[0];
    Plan& plan = a.plan;
    plan.objectives.clear();
    plan.actions.clear();
    for (int i = 0; i < 200; i++) {
        Objective o;
        o.id = ws.new_id('o');
        o.text = "Objective " + std::to_string(i + 1) + ": grow the installed base on site " + std::to_string(i % 17);
        o.measure = "Revenue (EUR k)";
        o.target = 100 + i;
        o.current = i % 100;
        o.due = "2027-0" + std::to_string(1 + i % 9) + "-15";
        o.owner = ws.team[i % ws.team.size()].id;
        plan.objectives.push_back(std::move(o));
    }
    for (int i = 0; i < 1000; i++) {
        Action action;
        action.text = "Action " + std::to_string(i + 1) + ": workshop with operations";
        action.objective = plan.objectives[i % 200].id;
        action.owner = ws.team[i % ws.team.size()].id;
        action.due = "2026-1" + std::to_string(i % 3) + "-0" + std::to_string(1 + i % 9);
        action.status = i % 4 == 0 ? ActionStatus::Done : ActionStatus::Open;
        if (action.status == ActionStatus::Done) action.done_on = "2026-09-30";
        plan.actions.push_back(std::move(action));
    }
    return ws;
}

static void my_actions() {
    const Workspace ws = generate_workspace(5000, 5, 10, 1);
    size_t actions = 0;
    for (const Account& a : ws.accounts) actions += a.plan.actions.size();
    std::vector<double> ms;
    size_t listed = 0;
    for (int run = 0; run < 30; run++) {
        const auto start = std::chrono::steady_clock::now();
        listed = actions_of(ws, ws.team[run % ws.team.size()].id).size();
        ms.push_back(ms_since(start));
    }
    std::printf("My actions: 5,000 accounts, %zu actions in all: one person's list (%zu) median %.2f ms of 30 runs (target <= 20 ms)\n",
                actions, listed, median(ms));
}

static void plan_tab_frames() {
    ui::set_item_exposure(true);   // the rows on screen are named: the figure says how many were built
    // Tall enough that every section shows at once: all of the tab is built, each table's rows in view.
    HeadlessApp headless(large_plan_workspace(), 2400, "Plan", "2026-12-01");
    std::vector<double> ms;
    for (int i = 0; i < 120; i++) {
        const auto start = std::chrono::steady_clock::now();
        headless.frame();
        ms.push_back(ms_since(start));
    }
    int objective_rows = 0, action_rows = 0;
    const nlohmann::json shown = nlohmann::json::parse(ui::exposed_items_json());
    for (const auto& item : shown["items"].items()) {
        const std::string& name = item.key();
        if (!name.ends_with("/text")) continue;
        objective_rows += name.starts_with("plan/objective/");
        action_rows += name.starts_with("plan/action/");
    }
    std::printf("Plan tab, 200 objectives and 1,000 actions, every section on screen (%d objective and %d action rows in view): "
                "UI build + draw list per frame median %.2f ms, max %.2f ms, %d vertices (target <= 2 ms in the browser)\n",
                objective_rows, action_rows, median(ms), *std::max_element(ms.begin(), ms.end()), ImGui::GetDrawData()->TotalVtxCount);
}

int main(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; i++) {
        if (std::string(argv[i]) == "--write-plan") {
            std::ofstream(argv[i + 1], std::ios::binary) << write_workspace_json(large_plan_workspace());
            std::printf("wrote %s\n", argv[i + 1]);
        }
    }
    my_actions();
    plan_tab_frames();
    return 0;
}

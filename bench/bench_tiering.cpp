// Prints how long the core takes to rescore and retier a large portfolio natively:
// 5,000 accounts x 12 criteria by default (target: 5 ms per rescore + retier in the browser, where
// the app measures the same in test mode and bench/browser_bench.mjs prints it).
//   bench_tiering [accounts] [criteria] [--write file.json]   (the file is what the browser bench imports)
#include "core/io/json_io.h"
#include "core/tiering/tiering.h"

#include "bench_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

using namespace kam;

int main(int argc, char** argv) {
    int accounts = 5000, criteria = 12;
    std::string out_file;
    for (int i = 1, positional = 0; i < argc; i++) {
        const std::string arg = argv[i];
        if (arg == "--write" && i + 1 < argc) out_file = argv[++i];
        else if (positional++ == 0) accounts = std::atoi(argv[i]);
        else criteria = std::atoi(argv[i]);
    }
    Workspace ws = make_empty_workspace();
    ws.criteria.clear();
    for (int c = 0; c < criteria; c++)
        ws.criteria.push_back({ws.new_id('k'), "Criterion " + std::to_string(c), "", 1.0 + c % 4,
                               c % 3 == 2 ? Axis::RelativeStrength : Axis::Attractiveness, "", "", ""});
    uint32_t state = 42;
    auto next = [&] { return state = state * 1664525u + 1013904223u; };
    for (int a = 0; a < accounts; a++) {
        Account acc;
        acc.id = ws.new_id('a');
        acc.name = "Account " + std::to_string(a);
        for (const Criterion& c : ws.criteria)
            if (next() % 20 != 0) acc.scores[c.id] = (next() >> 8) % 21 * 0.5;   // one score in 20 missing
        ws.accounts.push_back(std::move(acc));
    }

    if (!out_file.empty()) std::ofstream(out_file, std::ios::binary) << write_workspace_json(ws);

    // As the app does it: the table of scores is made when accounts change; a weight or threshold edit
    // scores again from it.
    const int runs = 50;
    std::vector<double> table_ms, rescore, retier_ms;
    for (int r = 0; r < runs; r++) {
        auto t = std::chrono::steady_clock::now();
        const ScoreTable table = make_score_table(ws.criteria, ws.accounts);
        table_ms.push_back(ms_since(t));
        ws.criteria[r % criteria].weight += 1;   // a weight changed: every account is scored again
        t = std::chrono::steady_clock::now();
        Scoring s = score_accounts(table, ws.criteria, ws.tier_scheme, ws.accounts);
        rescore.push_back(ms_since(t));
        TierScheme scheme = ws.tier_scheme;
        scheme.tiers[0].min_score = 70 + r % 10;   // a threshold changed: tiers only
        t = std::chrono::steady_clock::now();
        retier(s, scheme, ws.accounts);
        retier_ms.push_back(ms_since(t));
    }
    for (auto* v : {&table_ms, &rescore, &retier_ms}) std::sort(v->begin(), v->end());
    std::printf("%d accounts x %d criteria, median of %d runs: rescore + retier + rank after a weight edit %.2f ms; "
                "retier only %.3f ms; table of scores (after an account edit) %.2f ms\n",
                accounts, criteria, runs, rescore[runs / 2], retier_ms[runs / 2], table_ms[runs / 2]);
    return 0;
}

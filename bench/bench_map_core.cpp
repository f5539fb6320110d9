// Prints how long the relationship map's core computations take natively on generated maps:
// coverage analysis, org-chart layout, the coverage matrix and the text outline.
//   bench_map_core [runs]      (median of 'runs' repetitions, default 9)
#include "core/relationships/coverage_analysis.h"
#include "core/relationships/coverage_matrix.h"
#include "core/generate_workspace.h"
#include "core/relationships/map_outline.h"
#include "core/relationships/org_layout.h"

#include "bench_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace kam;

template <typename F>
static double median_ms(int runs, F&& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; i++) {
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(ms_since(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

static void bench(int contacts, int links, int team, int runs) {
    const Workspace ws = generate_relationship_map(contacts, links, team, 42);
    const Account& account = ws.accounts[0];
    std::printf("%d contacts, %zu links, %zu coverage lines, team of %d:\n", contacts, account.links.size(), account.coverage.size(), team);

    AnalysisOptions analysis;
    analysis.today = "2026-11-23";
    size_t findings = 0;
    double ms = median_ms(runs, [&] { findings = analyse_coverage(account, ws, analysis).findings.size(); });
    std::printf("  coverage analysis     %8.2f ms  (%zu findings)\n", ms, findings);

    ms = median_ms(runs, [&] { org_chart_layout(account); });
    std::printf("  org-chart layout      %8.2f ms\n", ms);

    size_t cells = 0;
    ms = median_ms(runs, [&] { cells = build_coverage_matrix(account, ws).cells.size(); });
    std::printf("  coverage matrix       %8.2f ms  (%zu cells)\n", ms, cells);

    size_t bytes = 0;
    ms = median_ms(runs, [&] { bytes = map_outline(account, ws).size(); });
    std::printf("  text outline          %8.2f ms  (%.1f KB)\n", ms, bytes / 1024.0);
}

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    bench(200, 1000, 10, runs);
    bench(10000, 50000, 10, runs);
}

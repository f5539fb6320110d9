// Prints what snapshots cost with 5,000 accounts x 30 contacts: taking one, the comparison with now
// after a workshop's edits (1 in 20 accounts changed: attitudes, coverage, a forecast), the bytes
// they add to the workspace file, and an autosave after one edit (storage keeps the snapshots in a file
// of their own, written again only when an account they name by id changes). Target: the comparison <= 50 ms in the browser (bench/browser_bench.mjs snapshots).
//   bench_snapshots                       (measures, natively)
//   bench_snapshots --write file.json     (only writes that workspace, with two snapshots, for the browser)
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/parallel.h"
#include "core/snapshot_diff.h"
#include "core/workshop/snapshots.h"
#include "storage/store.h"

#include "bench_clock.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace kam;

// One in every 20 accounts edited as a workshop would: an attitude, a coverage dropped, a forecast.
static void workshop_edits(Workspace& ws, int round) {
    for (size_t i = (size_t)round % 20; i < ws.accounts.size(); i += 20) {
        Account& a = ws.accounts[i];
        if (!a.contacts.empty()) a.contacts[0].attitude = (a.contacts[0].attitude + 3) % 5 - 2;
        if (!a.coverage.empty()) a.coverage.pop_back();
        if (!a.months.empty()) a.months[0].forecast = a.months[0].forecast.value_or(0) + 1000;
    }
}

// The workspace of the benchmark: a snapshot, a workshop's edits, another snapshot, more edits.
static Workspace snapshot_workspace() {
    Workspace ws = generate_workspace(5000, 30, 12, 7);
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q3 workshop", "2026-09-30");
    workshop_edits(ws, 0);
    ws.snapshots = with_snapshot(ws, ws.new_id('s'), "Q4 workshop", "2026-11-30");
    workshop_edits(ws, 1);
    ws.accounts[0].name = "Snapshot bench";
    return ws;
}

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--write") {
        std::ofstream(argv[2], std::ios::binary) << write_workspace_json(snapshot_workspace());
        std::printf("wrote %s\n", argv[2]);
        return 0;
    }
    start_helper();   // as the app does: the comparison reads its accounts on two threads
    Workspace ws = generate_workspace(5000, 30, 12, 7);
    const size_t plain = write_workspace_json(ws).size();
    std::vector<double> take, compare, again;
    size_t changes = 0;
    for (int run = 0; run < 7; run++) {
        Workspace w = ws;
        auto start = std::chrono::steady_clock::now();
        w.snapshots = with_snapshot(w, w.new_id('s'), "Q3 workshop", "2026-09-30");
        take.push_back(ms_since(start));
        workshop_edits(w, run);
        start = std::chrono::steady_clock::now();
        const std::vector<Change> c = compare_sides(side_of(w.snapshots[0]), side_of(w, "2026-12-01"));
        compare.push_back(ms_since(start));
        changes = c.size();
        // One more edit while the comparison is open: only that account is compared again.
        Account& edited = w.accounts[(size_t)run * 20 + 7];
        if (!edited.contacts.empty()) edited.contacts[0].attitude = (edited.contacts[0].attitude + 3) % 5 - 2;
        start = std::chrono::steady_clock::now();
        const std::vector<Change> c2 = compare_again(c, side_of(w.snapshots[0]), side_of(w, "2026-12-01"), {edited.id});
        again.push_back(ms_since(start));
    }
    Workspace w = snapshot_workspace();

    // Autosave after one edit, to an account the snapshots hold whole (one edited since they were
    // taken: one part is written) and to one they hold by its id (the snapshots' file too).
    const std::string folder = (std::filesystem::temp_directory_path() / "kam-bench-snapshots").string();
    std::filesystem::remove_all(folder);
    Store store(folder, [] { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }, 0);
    Document doc(w);
    store.save(doc);
    std::vector<double> save_whole, save_by_id;
    for (int run = 0; run < 7; run++) {
        for (size_t index : {(size_t)run * 20 + 1, (size_t)run * 20 + 19}) {   // edited by workshop_edits(ws, 1); never edited
            Account a = doc.ws().accounts[index];
            a.notes += " Edited.";
            doc.set_account(a, "Edit notes");
            const auto start = std::chrono::steady_clock::now();
            store.save(doc);
            (index % 20 == 1 ? save_whole : save_by_id).push_back(ms_since(start));
        }
    }
    std::filesystem::remove_all(folder);
    std::printf("Snapshots of 5,000 accounts x 30 contacts (median of 7 runs):\n");
    std::printf("  take one: %.2f ms\n", median(take));
    std::printf("  compare with now after 250 accounts' edits (%zu changes): %.2f ms (target <= 50 ms in the browser)\n", changes, median(compare));
    std::printf("  compare again after one more edit (only that account): %.2f ms\n", median(again));
    std::printf("  autosave after editing an account the snapshots hold whole: %.2f ms\n", median(save_whole));
    std::printf("  autosave after editing an account they hold by id (their file written again): %.2f ms\n", median(save_by_id));
    std::printf("  bytes: the workspace %zu; two snapshots %zu (each stores only the accounts that differ from now)\n", plain,
                snapshots_bytes(w));
    return 0;
}

// Prints how long an import of actuals takes natively: 60,000 lines (5,000 accounts x 12 months) of
// CSV previewed (target <= 300 ms in the browser), then applied as one undo step, undone and redone.
// With --write, also writes the workspace and the CSV that bench/browser_bench.mjs ("actuals")
// imports in Chromium.
//   bench_actuals_import [accounts] [--write workspace.json actuals.csv]
#include "core/document.h"
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/reviews/actuals_csv.h"

#include "bench_clock.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace kam;

// What a finance system exports: one line per account and month of 2025, by name, semicolons and
// decimal commas; every 50th account by id.
static std::string actuals_csv(const Workspace& ws) {
    std::string csv = "Account;Month;Amount\r\n";
    for (size_t i = 0; i < ws.accounts.size(); i++) {
        const Account& a = ws.accounts[i];
        const std::string& key = i % 50 == 0 ? a.id : a.name;
        for (int m = 1; m <= 12; m++) {
            csv += key.find(';') == std::string::npos ? key : "\"" + key + "\"";
            csv += ";2025-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + ";";
            csv += std::to_string(10000 + (i * 37 + m * 911) % 90000) + "," + std::to_string(m * 7 % 100) + "\r\n";
        }
    }
    return csv;
}

int main(int argc, char** argv) {
    int accounts = 5000;
    const char *workspace_file = nullptr, *csv_file = nullptr;
    for (int i = 1; i < argc; i++) {
        const std::string arg = argv[i];
        if (arg == "--write" && i + 2 < argc) workspace_file = argv[++i], csv_file = argv[++i];
        else accounts = std::max(1, std::atoi(argv[i]));
    }
    Workspace ws = generate_workspace(accounts, 5, 10, 1);
    // Names must be unique for the import to find every account by name.
    for (size_t i = 0; i < ws.accounts.size(); i++) ws.accounts[i].name += " " + std::to_string(i + 1);
    const std::string csv = actuals_csv(ws);
    if (workspace_file) {
        std::ofstream(workspace_file, std::ios::binary) << write_workspace_json(ws);
        std::ofstream(csv_file, std::ios::binary) << csv;
        std::printf("wrote %s and %s\n", workspace_file, csv_file);
    }

    std::vector<double> ms;
    ActualsPreview preview;
    for (int run = 0; run < 15; run++) {
        const auto start = std::chrono::steady_clock::now();
        preview = preview_actuals_csv(ws, csv);
        ms.push_back(ms_since(start));
    }
    std::printf("Actuals CSV of %d lines (%.1f MB), %d accounts x 12 months: preview median %.1f ms of 15 runs "
                "(%zu changes, %d problems; target <= 300 ms in the browser)\n",
                preview.lines, static_cast<double>(csv.size()) / 1e6, accounts, median(ms), preview.changes.size(), preview.skipped);

    Document doc(std::move(ws));
    auto start = std::chrono::steady_clock::now();
    std::vector<Account> changed = apply_actuals(doc.ws(), preview);
    const double copy_ms = ms_since(start);
    doc.set_accounts(std::move(changed), actuals_import_label(preview));
    const double apply_ms = ms_since(start);
    start = std::chrono::steady_clock::now();
    doc.undo();
    const double undo_ms = ms_since(start);
    start = std::chrono::steady_clock::now();
    doc.redo();
    const double redo_ms = ms_since(start);
    std::printf("  apply (changed accounts %.1f ms, then one undo step) %.1f ms; undo %.1f ms; redo %.1f ms: \"%s\"\n", copy_ms,
                apply_ms, undo_ms, redo_ms, doc.undo_label().c_str());
    return 0;
}

// Prints how long the core takes to write, read (parse + validate) and store a large
// workspace natively. bench/browser_bench.mjs measures the same in the browser.
//   bench_storage [accounts] [contacts per account] [--write file.json]
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "storage/store.h"

#include "bench_clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace kam;

int main(int argc, char** argv) {
    int accounts = 5000, contacts = 30;
    std::string out_file;
    for (int i = 1, positional = 0; i < argc; i++) {
        std::string arg = argv[i];
        if (arg == "--write" && i + 1 < argc) out_file = argv[++i];
        else if (positional++ == 0) accounts = std::atoi(argv[i]);
        else contacts = std::atoi(argv[i]);
    }
    auto t = std::chrono::steady_clock::now();
    Workspace ws = generate_workspace(accounts, contacts, 10, 42);
    std::printf("generate %d accounts x %d contacts: %.1f ms\n", accounts, contacts, ms_since(t));

    t = std::chrono::steady_clock::now();
    std::string json = write_workspace_json(ws);
    std::printf("write JSON: %.1f ms (%.1f MB)\n", ms_since(t), json.size() / 1e6);

    t = std::chrono::steady_clock::now();
    ReadResult read = read_workspace_json(json);
    std::printf("read + validate JSON: %.1f ms (%s)\n", ms_since(t), read.ok() ? "ok" : "FAILED");
    if (!read.ok() || *read.workspace != ws) {
        std::printf("round trip differs!\n");
        return 1;
    }

    std::string folder = (std::filesystem::temp_directory_path() / "kam-bench-store").string();
    std::filesystem::remove_all(folder);
    Store store(folder, [] { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); });
    Document doc(ws);
    t = std::chrono::steady_clock::now();
    store.save(doc);
    std::printf("Store save, all parts at once: %.1f ms\n", ms_since(t));
    Account edited = doc.ws().accounts[accounts / 2];
    edited.name += " (edited)";
    doc.set_account(edited, "Rename");
    t = std::chrono::steady_clock::now();
    store.save(doc);
    std::printf("Store save after editing one account: %.1f ms\n", ms_since(t));
    t = std::chrono::steady_clock::now();
    LoadResult loaded = store.load();
    std::printf("Store load (files + read + validate): %.1f ms\n", ms_since(t));
    std::filesystem::remove_all(folder);

    if (!out_file.empty()) {
        std::ofstream(out_file, std::ios::binary) << json;
        std::printf("wrote %s\n", out_file.c_str());
    }
    return loaded.workspace ? 0 : 1;
}

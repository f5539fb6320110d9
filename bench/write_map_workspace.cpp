// Writes a generated one-account workspace for the map benchmarks (bench/map_bench.mjs
// imports it into the browser) and prints what it holds.
//   write_map_workspace <contacts> <links> <team size> <file.json>
#include "core/generate_workspace.h"
#include "core/io/json_io.h"

#include <cstdio>
#include <cstdlib>

using namespace kam;

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s <contacts> <links> <team size> <file.json>\n", argv[0]);
        return 2;
    }
    Workspace ws = generate_relationship_map(std::atoi(argv[1]), std::atoi(argv[2]), std::atoi(argv[3]), 7);
    const Account& account = ws.accounts.at(0);
    std::string json = write_workspace_json(ws);
    FILE* file = std::fopen(argv[4], "wb");
    if (!file || std::fwrite(json.data(), 1, json.size(), file) != json.size() || std::fclose(file) != 0) {
        std::fprintf(stderr, "could not write %s\n", argv[4]);
        return 1;
    }
    std::printf("%s: %zu team, %zu contacts, %zu links, %zu coverage lines (%.1f MB)\n", argv[4], ws.team.size(),
                account.contacts.size(), account.links.size(), account.coverage.size(), json.size() / 1e6);
    return 0;
}

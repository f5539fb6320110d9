// libFuzzer target: the workspace reader and validator, on any bytes, in both modes (an import,
// and a stored workspace read in two pieces). Beyond "no crash, hang, leak or sanitizer report",
// it checks what import promises: a file that reads writes back to text that reads again as the
// same workspace.
#include "core/io/json_io.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace kam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ReadResult r = read_workspace_json(text);
    if (r.ok() != r.problems.empty()) std::abort();
    if (r.ok()) {
        const std::string written = write_workspace_json(*r.workspace);
        ReadResult again = read_workspace_json(written);
        if (!again.ok() || !(*again.workspace == *r.workspace)) std::abort();
    }
    // As storage reads it: the document, then an array of accounts (here: the same bytes).
    WorkspaceReader stored(text, ReadMode::Stored);
    stored.add_accounts(text, "part");
    stored.finish();
    return 0;
}

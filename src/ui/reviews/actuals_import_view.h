// KAM Canvas: view state of File > Import actuals (CSV): the file being previewed (never saved in
// the workspace).
#pragma once

#include "core/reviews/actuals_csv.h"

#include <cstdint>
#include <string>

namespace kam {

struct ActualsImportView {
    bool open = false;            // the preview dialog shows
    std::string source_name;      // the file's name
    // The file's text, kept while the dialog is open: should the workspace change under the
    // preview (an undo, another tab's save), it is previewed again, so Apply never puts figures
    // into accounts that moved.
    std::string text;
    ActualsPreview preview;
    uint64_t serial = 0, revision = 0;   // the document state the preview was made from
    double preview_ms = 0;               // the last preview's time, for the benchmark (test builds publish it)
};

}  // namespace kam

// KAM Canvas: the sample workspace (see sample_workspace.h).
#include "core/sample_workspace.h"

#include "core/io/json_io.h"

namespace kam {

Workspace make_sample_workspace() {
    ReadResult read = read_workspace_json(sample_workspace_json());
    // A test reads the sample and requires no problems, so this cannot happen in a build that
    // passed its tests; should an edit of the asset slip through, the app still starts, empty.
    if (!read.ok()) return make_empty_workspace();
    return std::move(*read.workspace);
}

}  // namespace kam

// KAM Canvas: the sample workspace a newcomer sees on first start.
#pragma once

#include "core/model.h"

#include <string_view>

namespace kam {

// A hand-written, coherent workspace: Helix Automation (industrial automation and IoT
// services), its account team of ten, and seven accounts in every stage and tier. The
// flagship "Nordhavn Logistics" has a full relationship map (44 contacts), plan, figures
// for 2026 and reviews; the others are smaller but just as consistent.
// It is data, not code: assets/sample-workspace.json, embedded in the program by the build
// (cmake/embed_json.cmake) and read by the same reader and checks as an import.
Workspace make_sample_workspace();

// The text of assets/sample-workspace.json as embedded (without its indentation).
std::string_view sample_workspace_json();

}  // namespace kam

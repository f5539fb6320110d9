// KAM Canvas: the sample workspace a newcomer sees on first start.
#pragma once

#include "core/model.h"

namespace kam {

// A hand-written, coherent workspace: Helix Automation (industrial automation and IoT
// services), its account team of ten, and seven accounts in every stage and tier. The
// flagship "Nordhavn Logistics" has a full relationship map (44 contacts), plan, figures
// for 2026 and reviews; the others are smaller but just as consistent.
// Built on make_empty_workspace(), so it uses the default criteria and tier scheme.
// Deterministic: two calls give equal workspaces (same ids).
Workspace make_sample_workspace();

}  // namespace kam

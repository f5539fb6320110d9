// KAM Canvas: synthetic workspaces for benchmarks and stress tests.
#pragma once

#include <cstdint>

#include "core/model.h"

namespace kam {

// Deterministic: the same arguments give the same workspace on every platform and compiler
// (own PRNG, integer arithmetic only, no <random> distributions).
// Every account gets `contacts_per_account` contacts in one reporting tree (levels 0..4),
// influence and conflict links, coverage by its team, a score for every criterion, a plan,
// six months of figures for 2026 and a few reviews. All references are valid.
// Negative counts are treated as 0; with team_size 0 accounts have no manager, team or coverage.
Workspace generate_workspace(int accounts, int contacts_per_account, int team_size, uint32_t seed);

// One account for map benchmarks (e.g. 200 contacts / 1,000 links, 10,000 / 50,000).
// Exactly `links` links when possible: a reporting tree of up to contacts-1 links, the rest
// influence (about 5 in 6) and conflict, never a self link or a repeated (from, to, kind).
// Requests beyond what fits are capped. Contacts are laid out on a square grid.
Workspace generate_relationship_map(int contacts, int links, int team_size, uint32_t seed);

}  // namespace kam

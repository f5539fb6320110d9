// KAM Canvas: automatic org-chart layout of one account's contacts from their reporting
// lines: a top-down tree per top manager, trees side by side, people without reporting lines
// in rows below. Contacts the user placed by hand can be kept where they are.
// The layout only computes positions; the caller commits them through Document (one undo step).
#pragma once

#include "core/model.h"

#include <unordered_set>
#include <vector>

namespace kam {

struct OrgLayoutOptions {
    // Cards are card_width x card_height, positioned by their top-left corner (Contact::x, y).
    float card_width = 180.0f, card_height = 90.0f;
    float gap_x = 30.0f, gap_y = 60.0f;
    float origin_x = 0.0f, origin_y = 0.0f;   // top-left of the laid-out block
    // A manager with at least this many reports, none of whom has reports, gets them in a
    // compact grid below instead of one wide row (0 = always one row).
    int grid_leaves_from = 5;
    // Contacts the user placed: they keep their positions, and the rest of the chart is moved
    // right of them if it would overlap them. Their reports are laid out as trees of their own.
    std::unordered_set<Id> keep;
};

struct CardPosition {
    float x = 0.0f, y = 0.0f;
    bool operator==(const CardPosition&) const = default;
};

// One position per contact, in contact order. Deterministic: the same account and options give
// the same positions. Cycles, second managers and dangling links are settled by
// build_reporting_tree() (reporting_tree.h).
std::vector<CardPosition> org_chart_layout(const Account& account, const OrgLayoutOptions& options = {});

// Writes positions (from org_chart_layout on the same account) into the contacts.
void apply_layout(Account& account, const std::vector<CardPosition>& positions);

}  // namespace kam

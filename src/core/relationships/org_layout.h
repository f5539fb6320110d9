// KAM Canvas: automatic org-chart layout of one account's contacts from their reporting
// lines: a top-down tree per top manager, trees side by side, people without reporting lines
// in rows below. A manager's reports who have no reports of their own are stacked in a column
// (two, when there are many) below the manager, as org-chart tools do, so the chart grows down
// rather than into one wide row of leaves and reads on a shared screen. Contacts the user placed
// by hand can be kept where they are.
// The layout only computes positions; the caller commits them through Document (one undo step).
#pragma once

#include "core/card_look.h"
#include "core/model.h"

#include <unordered_set>
#include <vector>

namespace kam {

struct OrgLayoutOptions {
    // Cards are card_width x card_height, positioned by their top-left corner (Contact::x, y).
    float card_width = 180.0f, card_height = 90.0f;
    float gap_x = 30.0f, gap_y = 60.0f;
    float origin_x = 0.0f, origin_y = 0.0f;   // top-left of the laid-out block
    // Leaves (reports without reports) stacked in columns below their manager, indented so the
    // reporting line runs down beside them (stack_columns = 0: leaves side by side in one row).
    // A stack holds up to stack_rows cards a column; more make a second column.
    int stack_columns = 2, stack_rows = 6;
    float stack_gap_y = 24.0f, stack_indent = 30.0f;
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

// The reporting line from a manager's card to a report's, as the corners of a path of straight
// segments: down from the manager and across into the report's top (an elbow), or, for a report
// stacked below (its card indented under the manager's, or rows further down), down a spine
// beside the stack and into the report's left side. Cards are card_width x card_height at their
// top-left corners; a report that is not below its manager (moved by hand) gets a straight line
// between the two cards' nearest sides.
struct MapPoint {
    float x = 0.0f, y = 0.0f;
    bool operator==(const MapPoint&) const = default;
};
// The map's cards and gaps (core/card_look.h): what Arrange lays out and the lines are drawn for.
OrgLayoutOptions map_layout_options();

std::vector<MapPoint> reporting_connector(CardPosition manager, CardPosition report, const OrgLayoutOptions& options = {});

// Writes positions (from org_chart_layout on the same account) into the contacts.
void apply_layout(Account& account, const std::vector<CardPosition>& positions);

}  // namespace kam

// KAM Canvas: the relationship map as plain text: a tree by reporting line where each
// contact shows title, buying role, chess piece, power, attitude and who of our team covers
// them. It reads on its own (an e-mail, a printout), and its customer-safe form can be shown
// to the customer.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>

namespace kam {

struct OutlineOptions {
    // Leaves out attitude, chess pieces, conflict lines and private notes.
    bool customer_safe = false;
    bool operator==(const OutlineOptions&) const = default;
};

std::string map_outline(const Account& account, const Workspace& ws, const OutlineOptions& options = {});

// Words for the numbers on the map, shared by the outline and the views.
std::string_view attitude_label(int attitude);   // -2 "opponent" .. +2 "champion"
std::string_view coverage_label(int strength);   // 0 "no relationship yet" .. 3 "strong"

}  // namespace kam

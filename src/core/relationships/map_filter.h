// KAM Canvas: which contacts of a map to show: by department, location, product line,
// level, buying role and a name search. The map, the matrix and the outline share it, and
// the combo boxes list the distinct values an account actually uses.
#pragma once

#include "core/model.h"

#include <optional>
#include <string>
#include <vector>

namespace kam {

struct MapFilter {
    // Empty strings and nullopt mean "any".
    std::string department, location, product_line;
    std::optional<int> level;
    std::optional<BuyingRole> role;
    std::string search;   // part of the name or title; ASCII letters ignore case
    bool with_target = false;   // only contacts with a relationship development target

    bool active() const;
    bool operator==(const MapFilter&) const = default;
    bool matches(const Contact& contact) const;
};

// Indices of the matching contacts, in contact order.
std::vector<int> filter_contacts(const Account& account, const MapFilter& filter);

// The distinct non-empty values in an account, sorted, for the filter's combo boxes.
struct MapFilterChoices {
    std::vector<std::string> departments, locations, product_lines;
    std::vector<int> levels;
    std::vector<BuyingRole> roles;   // in enum order
};
MapFilterChoices map_filter_choices(const Account& account);

}  // namespace kam

// KAM Canvas: the map filter (see map_filter.h).
#include "core/relationships/map_filter.h"

#include <algorithm>
#include <set>

namespace kam {

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

// Byte-wise search that folds ASCII case only: UTF-8 letters such as "Ö" must be typed as
// they are, but no byte of a multi-byte sequence can ever match an ASCII letter by mistake.
static bool contains_folded(const std::string& text, const std::string& needle) {
    auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
    return it != text.end();
}

bool MapFilter::active() const {
    return !department.empty() || !location.empty() || !product_line.empty() || level || role || !search.empty() || with_target;
}

bool MapFilter::matches(const Contact& c) const {
    if (!department.empty() && c.department != department) return false;
    if (!location.empty() && c.location != location) return false;
    if (!product_line.empty() && c.product_line != product_line) return false;
    if (level && c.level != *level) return false;
    if (role && c.role != *role) return false;
    if (!search.empty() && !contains_folded(c.name, search) && !contains_folded(c.title, search)) return false;
    if (with_target && !c.development.has_target()) return false;
    return true;
}

std::vector<int> filter_contacts(const Account& account, const MapFilter& filter) {
    std::vector<int> result;
    for (size_t i = 0; i < account.contacts.size(); i++)
        if (filter.matches(account.contacts[i])) result.push_back((int)i);
    return result;
}

MapFilterChoices map_filter_choices(const Account& account) {
    std::set<std::string> departments, locations, product_lines;
    std::set<int> levels;
    std::set<BuyingRole> roles;
    for (const Contact& c : account.contacts) {
        if (!c.department.empty()) departments.insert(c.department);
        if (!c.location.empty()) locations.insert(c.location);
        if (!c.product_line.empty()) product_lines.insert(c.product_line);
        levels.insert(c.level);
        roles.insert(c.role);
    }
    return {{departments.begin(), departments.end()}, {locations.begin(), locations.end()},
            {product_lines.begin(), product_lines.end()}, {levels.begin(), levels.end()}, {roles.begin(), roles.end()}};
}

}  // namespace kam

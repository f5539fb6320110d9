// KAM Canvas: the reporting tree of one account, read from its ReportsTo links.
// The org-chart layout and the text outline both walk it, so cycles, dangling ids and
// second managers are settled here once: every contact gets at most one manager and the
// result is always a forest.
#pragma once

#include "core/model.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace kam {

// Contact id -> index in account.contacts. Views and rules use it to resolve links and
// coverage in constant time (maps of 10,000 contacts and 50,000 links).
std::unordered_map<std::string_view, int> contact_index(const Account& account);

struct ReportingTree {
    std::vector<int> parent;                 // per contact: index of its manager, or -1
    std::vector<std::vector<int>> children;  // per contact: its direct reports, in contact order
    std::vector<int> roots;                  // contacts without a manager, in contact order
};

// 'from' reports to 'to'. A contact with several ReportsTo links keeps the first one (matrix
// managers are not drawn as tree edges). Links naming unknown contacts or a contact itself
// are ignored. Cycles are broken deterministically: walking up from each contact in contact
// order, the manager link that leads back onto the walked path is dropped.
ReportingTree build_reporting_tree(const Account& account);

}  // namespace kam

// KAM Canvas: the reporting tree (see reporting_tree.h).
#include "core/relationships/reporting_tree.h"

namespace kam {

std::unordered_map<std::string_view, int> contact_index(const Account& account) {
    std::unordered_map<std::string_view, int> index;
    index.reserve(account.contacts.size());
    for (size_t i = 0; i < account.contacts.size(); i++)
        index.emplace(account.contacts[i].id, (int)i);
    return index;
}

ReportingTree build_reporting_tree(const Account& account) {
    const int n = (int)account.contacts.size();
    const auto index = contact_index(account);
    ReportingTree tree;
    tree.parent.assign(n, -1);
    for (const Link& link : account.links) {
        if (link.kind != LinkKind::ReportsTo) continue;
        auto from = index.find(link.from), to = index.find(link.to);
        if (from == index.end() || to == index.end() || from->second == to->second) continue;
        if (tree.parent[from->second] < 0) tree.parent[from->second] = to->second;
    }

    // Break cycles. Walk up from each contact in order, marking the path; meeting a contact
    // on the current path means the last step closed a cycle, so that step is cut.
    enum : char { Unseen, OnPath, Done };
    std::vector<char> state(n, Unseen);
    std::vector<int> path;
    for (int start = 0; start < n; start++) {
        path.clear();
        for (int c = start; c >= 0 && state[c] != Done; c = tree.parent[c]) {
            if (state[c] == OnPath) {               // path.back() -> c closes the cycle
                tree.parent[path.back()] = -1;
                break;
            }
            state[c] = OnPath;
            path.push_back(c);
        }
        for (int c : path) state[c] = Done;
    }

    tree.children.resize(n);
    for (int c = 0; c < n; c++) {
        if (tree.parent[c] >= 0) tree.children[tree.parent[c]].push_back(c);
        else tree.roots.push_back(c);
    }
    return tree;
}

}  // namespace kam

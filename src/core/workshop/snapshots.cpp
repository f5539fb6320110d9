#include "core/workshop/snapshots.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace kam {

std::vector<Snapshot> with_snapshot(const Workspace& ws, Id id, std::string name, const std::string& today) {
    std::vector<Snapshot> snapshots = ws.snapshots;
    std::unordered_map<std::string_view, const std::shared_ptr<const Account>*> newest;
    if (!snapshots.empty())
        for (const auto& a : snapshots.back().accounts) newest.emplace(a->id, &a);
    Snapshot s;
    s.id = std::move(id);
    s.name = name.empty() ? "Snapshot of " + today : std::move(name);
    s.taken = today;
    s.team = ws.team;
    s.criteria = ws.criteria;
    s.tier_scheme = ws.tier_scheme;
    s.accounts.reserve(ws.accounts.size());
    for (const Account& a : ws.accounts) {
        const auto it = newest.find(a.id);
        if (it != newest.end() && **it->second == a) s.accounts.push_back(*it->second);
        else s.accounts.push_back(std::make_shared<const Account>(a));
    }
    snapshots.push_back(std::move(s));
    return snapshots;
}

std::vector<Snapshot> without_snapshot(const Workspace& ws, const Id& id) {
    std::vector<Snapshot> snapshots = ws.snapshots;
    std::erase_if(snapshots, [&](const Snapshot& s) { return s.id == id; });
    return snapshots;
}

const Snapshot* find_snapshot(const Workspace& ws, const Id& id) {
    const auto it = std::find_if(ws.snapshots.begin(), ws.snapshots.end(), [&](const Snapshot& s) { return s.id == id; });
    return it == ws.snapshots.end() ? nullptr : &*it;
}

}  // namespace kam

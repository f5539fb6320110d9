// KAM Canvas: which accounts changed since a view last read them, for views that keep what they
// computed per account (the portfolio's rows, the health keeper's scores): reading 5,000 accounts
// takes far longer than reading the one an edit changed.
#pragma once

#include "core/document.h"

#include <cstdint>
#include <vector>

namespace kam {

// Each account's id and Document::account_version() when it was read, by its index in the workspace.
struct SeenAccounts {
    std::vector<Id> ids;
    std::vector<uint64_t> versions;

    // Made as long as the workspace's account list (new places are unseen).
    void fit(const Workspace& ws) { ids.resize(ws.accounts.size()), versions.resize(ws.accounts.size()); }
    // Not read since it last changed (or another account is in its place now).
    bool changed(const Document& doc, size_t index) const {
        const Id& id = doc.ws().accounts[index].id;
        return ids[index] != id || versions[index] != doc.account_version(id);
    }
    void saw(const Document& doc, size_t index) {
        ids[index] = doc.ws().accounts[index].id;
        versions[index] = doc.account_version(ids[index]);
    }
    void forget() { ids.clear(), versions.clear(); }
};

}  // namespace kam

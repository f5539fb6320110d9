#include "ui/health_keeper.h"

#include "core/account_health.h"
#include "ui/app_state.h"

namespace kam::ui {

bool keep_health_scores(AppState& app, double budget_seconds) {
    HealthKeeper& k = app.health_keeper;
    if (!app.host.today || app.doc.read_only()) return false;
    const std::string today = app.host.today();
    const Workspace& ws = app.doc.ws();
    if (k.serial != app.doc.serial() || k.today != today || k.rules != ws.health_rules || k.defaults != ws.review_defaults) {
        k = {app.doc.serial(), today, ws.health_rules, ws.review_defaults, {}, {}, 0};
    }
    const size_t count = ws.accounts.size();
    k.ids.resize(count), k.versions.resize(count);
    if (k.next >= count) k.next = 0;
    const double start = app.host.now_seconds ? app.host.now_seconds() : 0;
    // One pass over the accounts from where the last one stopped, reading only those that changed.
    for (size_t seen = 0; seen < count; seen++) {
        const size_t i = (k.next + seen) % count;
        const Account& a = app.doc.ws().accounts[i];
        const uint64_t version = app.doc.account_version(a.id);
        if (k.ids[i] == a.id && k.versions[i] == version) continue;
        if (std::optional<std::vector<HealthPoint>> kept = kept_health(a.health_history, account_health(ws, a, today, false).score, today))
            app.doc.keep_health(i, std::move(*kept));
        k.ids[i] = app.doc.ws().accounts[i].id, k.versions[i] = app.doc.account_version(k.ids[i]);
        if (app.host.now_seconds && app.host.now_seconds() - start >= budget_seconds) {
            k.next = i + 1;
            return true;
        }
    }
    k.next = 0;
    return false;
}

}  // namespace kam::ui

#include "ui/health_keeper.h"

#include "core/account_health.h"
#include "ui/app_state.h"

namespace kam::ui {

bool keep_health_scores(AppState& app, double budget_seconds) {
    HealthKeeper& k = app.health_keeper;
    if (!app.host.today || app.doc.read_only()) return false;
    const std::string today = app.host.today();
    // keep_health() changes the workspace in place: this reference stays good through the pass.
    const Workspace& ws = app.doc.ws();
    if (k.serial != app.doc.serial() || k.today != today || k.rules != ws.health_rules || k.defaults != ws.review_defaults) {
        k = {app.doc.serial(), today, ws.health_rules, ws.review_defaults, {}, 0};
    }
    const size_t count = ws.accounts.size();
    k.seen.fit(ws);
    if (k.next >= count) k.next = 0;
    const double start = app.host.now_seconds ? app.host.now_seconds() : 0;
    // One pass over the accounts from where the last one stopped, reading only those that changed.
    for (size_t seen = 0; seen < count; seen++) {
        const size_t i = (k.next + seen) % count;
        if (!k.seen.changed(app.doc, i)) continue;
        const Account& a = ws.accounts[i];
        if (std::optional<std::vector<HealthPoint>> kept = kept_health(a.health_history, account_health(ws, a, today, false).score, today))
            app.doc.keep_health(i, std::move(*kept));
        k.seen.saw(app.doc, i);   // the version after keeping: a kept score is not read again
        if (app.host.now_seconds && app.host.now_seconds() - start >= budget_seconds) {
            k.next = i + 1;
            return true;
        }
    }
    k.next = 0;
    return false;
}

}  // namespace kam::ui

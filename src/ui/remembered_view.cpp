#include "ui/remembered_view.h"

#include "ui/views.h"

namespace kam::ui {

std::optional<LastView> shown_view(const AppState& app) {
    if (!app.request_tab.empty() || app.current_tab.empty()) return std::nullopt;
    return LastView{app.selected_account, app.current_tab};
}

void restore_view(AppState& app, const LastView& view) {
    if (!is_main_tab(view.tab)) return;
    if (!view.account.empty()) {
        // Someone on an account's map reopens on that map; on another account's it would mislead.
        if (!app.doc.ws().find_account(view.account)) return;
        app.selected_account = view.account;
    }
    app.request_tab = view.tab;
}

}  // namespace kam::ui

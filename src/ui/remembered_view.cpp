#include "ui/remembered_view.h"

#include "core/workshop/ui_scale.h"
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

DevicePreferences shown_preferences(const AppState& app) {
    return {app.ui_scale_percent, theme_name(app.theme), app.map.show_legend, app.scale_hint_answered};
}

void restore_preferences(AppState& app, const DevicePreferences& p) {
    app.ui_scale_percent = clamp_ui_scale(p.ui_scale_percent);
    app.theme = theme_from_name(p.theme);
    app.map.show_legend = p.show_legend;
    app.scale_hint_answered = p.scale_hint_answered;
}

}  // namespace kam::ui

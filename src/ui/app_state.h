// KAM Canvas: what the UI works on. The document (with its history) plus view state that
// is not part of the workspace: selection, filters, font size, messages, open dialogs.
// The platform layer fills in Host so the UI can ask for browser or desktop services
// without knowing which one it runs on.
#pragma once

#include "core/document.h"
#include "ui/map_state.h"
#include "ui/relationship_views.h"

#include <functional>
#include <string>

namespace kam {

struct Host {
    std::function<double()> now_seconds;                                          // monotonic clock
    std::function<void(const std::string& filename, const std::string& text)> download;
    std::function<void()> pick_import_file;   // answers later through import_workspace_text()
    std::function<std::string()> today;       // "YYYY-MM-DD" in the user's time zone
};

// A message in the status bar; errors also open a dialog that names every problem.
struct Notice {
    std::string text;
    bool is_error = false;
    double shown_at = 0.0;
};

struct AppState {
    Document doc;
    Host host;

    // View state (never saved in the workspace).
    Id selected_account;
    std::string account_filter;
    float user_font_scale = 1.0f;   // View > Font size; multiplies the screen's pixel ratio
    bool show_about = false;
    Notice notice;
    std::string error_dialog_title, error_dialog_text;   // non-empty: the dialog is open
    Id confirm_delete_account;                           // non-empty: the dialog is open
    bool confirm_new_workspace = false;
    // Any view may ask the relationship map to select one contact of the selected account and
    // fly to it (e.g. a finding of the coverage analysis); the map clears it when done.
    Id map_fly_to;
    // Any view may ask the main tab bar to switch tabs (by label, e.g. "Map"); cleared when done.
    std::string request_tab;
    ui::MapState map;                        // the map of the selected account: view, selection, toggles
    RelationshipViews relationship_views;   // matrix, coverage analysis, outline

    void notify(std::string text, bool is_error = false) {
        notice = {std::move(text), is_error, host.now_seconds ? host.now_seconds() : 0.0};
    }
    void show_error(std::string title, std::string text) {
        error_dialog_title = std::move(title);
        error_dialog_text = std::move(text);
    }
};

}  // namespace kam

// KAM Canvas: what the UI works on. The document (with its history) plus view state that
// is not part of the workspace: selection, filters, UI scale, messages, open dialogs.
// The platform layer fills in Host so the UI can ask for browser or desktop services
// without knowing which one it runs on.
#pragma once

#include "core/document.h"
#include "core/export_reminder.h"
#include "core/tiering/tiering.h"
#include "storage/store.h"
#include "ui/health_keeper.h"
#include "ui/portfolio_view.h"
#include "ui/renderer_choice.h"
#include "ui/review_pack_view.h"
#include "ui/theme.h"
#include "ui/workshop/workshop_view.h"
#include "ui/reviews/actuals_import_view.h"
#include "ui/reviews/forecast_view.h"
#include "ui/planning/plan_view.h"
#include "ui/relationships/map_state.h"
#include "ui/relationships/relationship_views.h"
#include "ui/touch_gesture.h"

#include <functional>
#include <optional>
#include <string>

namespace kam {

// What the browser lets this site store: bytes used and allowed, and whether it may clear it.
struct BrowserStorage {
    bool known = false;
    double usage = 0, quota = 0;
    bool persisted = false;
    bool nearly_full() const { return known && quota > 0 && usage > 0.8 * quota; }
};

struct Host {
    std::function<double()> now_seconds;                                          // monotonic clock
    std::function<void(const std::string& filename, const std::string& text)> download;
    std::function<void()> pick_import_file;   // answers later through import_workspace_text()
    std::function<void()> pick_actuals_file;  // a CSV of actuals: answers later through import_actuals_text()
    std::function<std::string()> today;       // "YYYY-MM-DD" in the user's time zone
    std::function<void()> use_here;           // "Use here": ask the tab that owns the workspace for it
    std::function<double()> wall_clock;       // seconds since 1970
    // Help > Storage: the rolling backups of the stored workspace, and one of them read back.
    std::function<std::vector<BackupInfo>()> list_backups;
    std::function<LoadResult(int number)> read_backup;
    // How much the browser lets the site store, and whether it keeps it (Help > Storage).
    std::function<BrowserStorage()> browser_storage;
    std::function<size_t()> stored_bytes;   // what the stored workspace takes (Help > Storage)
    // Presenter mode's full screen (the browser's, where it allows).
    std::function<void(bool on)> set_fullscreen;
    std::function<bool()> is_fullscreen;
    std::function<float()> pixel_ratio;   // screen pixels per CSS pixel (HiDPI, browser zoom)
    // Which renderer draws and the choice on this device. Unset (the headless tests and
    // benchmarks): View has no Renderer menu and About names none.
    std::function<RendererStatus()> renderer_status;
    std::function<void(RendererChoice)> choose_renderer;
};

// A date being typed that is not a date yet (ui/date_field.h): kept here, not committed, so that
// leaving the field can say it was not taken instead of silently dropping it.
struct DateDraft {
    uint32_t id = 0;   // the ImGui id of the field; 0: none
    std::string text;
};

// Help > Storage (view state): the backups as listed when the window opened.
struct StorageWindow {
    bool open = false;
    bool listed = false;
    std::vector<BackupInfo> backups;
    size_t workspace_bytes = 0;
};

// Whether this tab may save the workspace. Only one tab does; in the others the document is
// read-only (see platform::StorageOwnership), and a banner says why and offers "Use here".
enum class StorageAccess {
    Checking,       // not known yet (a moment at start-up), or reading the other tab's last save
    Here,           // this tab saves
    OtherTab,       // another tab or window has the workspace open and saves it
    Asking,         // "Use here" was pressed: waiting for the other tab to save and let go
    NewerVersion,   // a newer version of KAM Canvas saved it: this one never writes over it
};

// View state of the tiering views (see tiering_common.h).
struct TieringView {
    // Scores of the document, computed again only when its revision moves; the table of scores only
    // when an account changed (or the criteria ids did), so a weight edit is arithmetic only.
    uint64_t scored_revision = 0, table_revision = 0;
    ScoreTable table;
    Scoring scoring;
    double rescore_ms = 0;   // the last rescore + retier + rank, for the benchmark (test builds publish it)

    // What-if: weights and thresholds edited as a draft; the movers show before anything is committed.
    bool what_if = false;
    std::vector<Criterion> draft_criteria;
    TierScheme draft_scheme;
    uint64_t draft_version = 0, draft_scored_version = 0, draft_scored_revision = 0;
    Scoring draft_scoring;

    // Scoring grid: the cell cursor (row in the shown order, column), the cell being typed in, sort and filter.
    std::string filter;
    int cursor_row = 0, cursor_column = 0;
    bool editing = false, edit_started = false;
    std::string edit_text;
    int sort_column = 0;
    bool sort_descending = false;
    std::vector<int> shown;             // account indices in grid order
    uint64_t shown_revision = 0;        // what 'shown' was built from: document revision,
    std::string shown_filter;           // filter and sort
    int shown_sort_column = -1;
    bool shown_sort_descending = false;

    bool bubbles_by_forecast = false;   // portfolio matrix: bubble size by forecast, else by annual sales
    std::string override_reason;        // the reason being typed for a new override
};

// Part of the screen to save as a PNG picture (e.g. the map, for slides). A view sets it in the
// frame that draws what the picture shows; the app saves those pixels right after rendering
// that frame and clears it. Coordinates are ImGui's (display pixels).
struct ScreenshotRequest {
    float x = 0, y = 0, width = 0, height = 0;
    std::string filename;   // empty: nothing requested
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
    StorageAccess storage_access = StorageAccess::Checking;
    uint64_t refused_edits_told = 0;   // doc.refused_edits() when the user was last told why
    // When the workspace was last exported on this device (device state: the app keeps it
    // beside the workspace), and the document's edit revision exported then.
    ExportRecord export_record;
    std::optional<uint64_t> exported_revision;

    // View state (never saved in the workspace).
    Id selected_account;
    std::string account_filter;
    // The device's preferences (storage/device_preferences.h; remembered_view.h keeps them).
    int ui_scale_percent = 100;     // View > UI scale: every size, on top of the screen's pixel ratio
    ui::Theme theme = ui::Theme::Light;
    bool scale_hint_answered = false;   // the first-run hint suggesting a UI scale
    // The accounts panel's width (which the user can drag) in font units, and the font size it was
    // last drawn at: ImGui keeps the width in pixels, which a new UI scale would leave behind.
    float accounts_width_em = 0, accounts_font_px = 0;
    bool show_about = false;
    StorageWindow storage_window;
    Notice notice;
    std::string error_dialog_title, error_dialog_text;   // non-empty: the dialog is open
    Id confirm_delete_account;                           // non-empty: the dialog is open
    bool confirm_new_workspace = false;
    // Any view may ask the relationship map to select one contact of the selected account and
    // fly to it (e.g. a finding of the coverage analysis); the map clears it when done.
    Id map_fly_to;
    // Any view may ask the main tab bar to switch tabs (by label, e.g. "Map"); cleared once that
    // tab shows. current_tab is the label of the tab shown in the last frame.
    std::string request_tab;
    std::string current_tab;
    // A section a view should bring into sight once it shows (its test name, e.g.
    // "plan/section/actions"); cleared by the view that scrolled to it.
    std::string scroll_to;
    ScreenshotRequest screenshot;
    ui::TouchGesture touch;                  // this frame's two-finger gesture (set by the app from the platform)
    ui::MapState map;                        // the map of the selected account: view, selection, toggles
    RelationshipViews relationship_views;   // matrix, coverage analysis, outline
    TieringView tiering;
    PlanView plan_view;
    ForecastView forecast_view;
    PortfolioView portfolio_view;
    HealthKeeper health_keeper;
    ReviewPackView review_pack;              // the executive review pack: presented, its page
    WorkshopView workshop;                   // presenter mode
    ActualsImportView actuals_import;
    DateDraft date_draft;

    void notify(std::string text, bool is_error = false) {
        notice = {std::move(text), is_error, host.now_seconds ? host.now_seconds() : 0.0};
    }
    void show_error(std::string title, std::string text) {
        error_dialog_title = std::move(title);
        error_dialog_text = std::move(text);
    }
};

}  // namespace kam

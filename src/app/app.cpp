#include "app/app.h"

#include "core/io/json_io.h"
#include "core/io/limits.h"
#include "core/parallel.h"
#include "core/sample_workspace.h"
#include "platform/platform.h"
#include "platform/window.h"
#include "storage/device_preferences.h"
#include "storage/export_record.h"
#include "storage/last_view.h"
#include "storage/store.h"
#include "ui/actions.h"
#include "ui/health_keeper.h"
#include "ui/remembered_view.h"
#include "ui/reviews/actuals_import.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/views.h"
#include "ui/workshop/presenter.h"

#include "imgui.h"

#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>
#include <utility>

namespace kam {

namespace {

struct Runner {
    AppOptions options;
    AppState app;
    Store store{platform::storage_folder(), platform::now_seconds};
    AutosaveTimer autosave;
    bool loaded = false;         // a document is on screen
    bool drawn_once = false;
    bool storage_open = false;   // the storage folder can be read and written (saves wait for it)
    uint64_t sample_revision = 0;          // the sample's edit revision while it is untouched
    uint64_t saving_edit_revision = 0;     // the edit revision of what the save under way writes
    uint64_t stored_edit_revision = 0;     // ... and of what storage holds: a save beyond it has edits
    bool saving = false;   // a save is spread over frames and not finished yet
    static constexpr double kSaveBudgetSeconds = 0.003;     // of a 16 ms frame
    static constexpr double kHealthBudgetSeconds = 0.004;   // reading accounts for their health, per frame
    static constexpr double kRetrySeconds = 5.0;            // after a failed save
    double retry_at = 0;
    static constexpr double kClockLookSeconds = 3600;
    double next_clock_look = 0;
    float applied_scale = 0.0f;
    ui::Theme applied_theme = ui::Theme::Light;
    std::string save_error;
    int storage_failures_seen = 0;   // platform::storage_failures() already handled
    bool persistence_asked = false;  // navigator.storage.persist(), once there is real data
    // Figures for benchmarks (published through the test hook), in milliseconds: the last
    // load and import; the last save's total work and its longest frame.
    double load_ms = 0, import_ms = 0, save_ms = 0, save_frame_ms = 0;
    double ui_ms = 0;   // building the last frame's UI (CPU time, without rendering)
    std::string renderer_reason = platform::window_renderer().reason;   // chosen before the window opened
    LastView remembered;   // the view last written to (or read from) the view file
    DevicePreferences preferences_written;   // as last written (or read at start)
    ExportRecord export_written;   // the export record as last written to (or read from) its file
    // Reading storage again as another tab left it (see follow_storage()).
    bool rereading = false, reread_again = false, own_after_reread = false;

    // First start (nothing stored): the sample, so a newcomer sees something real.
    void open_sample(const std::string& load_problem) {
        app.doc = Document(make_sample_workspace());
        app.doc.set_read_only(!saves_here());
        if (!load_problem.empty()) app.show_error("Your saved workspace could not be read", load_problem);
        else app.notify("Welcome! This is a sample workspace to explore. File > New workspace starts an empty one.");
        sample_revision = app.doc.edit_revision();
        shown();
    }

    void open_stored(LoadResult& result) {
        // A replacement, not a new Document, so the revision moves on and views drop what they
        // derived from the sample if it was on screen; with no history: nothing to undo yet. (A
        // reload: the document may be read-only, and this is the stored state, not an edit.)
        app.doc.reload(std::move(*result.workspace));
        store.adopt(app.doc);
        if (!result.message.empty()) app.show_error("Your workspace was restored from a backup", result.message);
        // A freshly loaded workspace is saved already, unless it came from a backup.
        if (!result.recovered_from_backup) {
            autosave.saved(app.doc.revision());
            stored_edit_revision = app.doc.edit_revision();
        }
        shown();
    }

    void shown() {
        if (!app.doc.ws().accounts.empty()) app.selected_account = app.doc.ws().accounts.front().id;
        // Reopen on the account and tab of the last visit on this device, if they still exist.
        if (std::optional<LastView> view = read_last_view(platform::storage_folder())) {
            remembered = *view;
            ui::restore_view(app, *view);
        }
        loaded = true;
        platform::window_wake_after(0);
    }

    // Storage can be read. Usually the document comes from it now; on a first visit the sample
    // is on screen already (storage_known_empty()), and this only confirms storage is empty.
    void storage_opened() {
        storage_open = true;
        const double start = platform::now_seconds();
        read_export_record_again();
        LoadResult result = store.load();
        if (result.newer_version) refuse_newer_version();
        const bool sample_edited = loaded && app.doc.edit_revision() != sample_revision;
        if (result.workspace) {
            open_stored(result);
            // Only if the browser's note was lost while its storage was kept (rare).
            if (sample_edited) app.notify("Your saved workspace is open; the changes made to the sample meanwhile were not kept.", true);
        } else if (!loaded) {
            open_sample(result.message);
        } else if (!result.message.empty()) {
            app.show_error("Your saved workspace could not be read", result.message);
        }
        load_ms = (platform::now_seconds() - start) * 1000;   // read, checked and on screen next frame
    }

    // One step of saving, at most 'budget' seconds of work; a large workspace is saved over
    // several frames so the screen never stalls. Returns true when the save is complete.
    bool save_step(double budget) {
        double start = platform::now_seconds();
        if (!saving) saving_edit_revision = app.doc.edit_revision();   // a new save starts
        SaveStep step = store.save_step(app.doc, budget);
        save_ms += (platform::now_seconds() - start) * 1000;
        if (step.wrote_files) platform::persist_storage();
        save_error = step.error;
        if (step.newer_version) {   // retrying would never help: read-only, and say why
            refuse_newer_version();
            app.notify("Not saved: " + step.error + ". Your changes are only in this tab; export them to keep them.", true);
        } else if (!step.error.empty()) {
            // Keep the changes in memory and try again a little later, not every frame.
            app.notify("Could not save: " + step.error + ". Retrying; export your workspace to keep a copy.", true);
            retry_at = platform::now_seconds() + kRetrySeconds;
            platform::window_wake_after(kRetrySeconds);
        }
        if (step.done) {
            autosave.saved(step.revision);
            // The stored workspace now differs from the last export (not for the untouched sample,
            // nor for a save of what was just exported, nor of only the health kept since).
            if (saving_edit_revision != stored_edit_revision && saving_edit_revision != sample_revision &&
                saving_edit_revision != app.exported_revision)
                record_change(app.export_record, app.host.wall_clock());
            stored_edit_revision = saving_edit_revision;
        }
        // Real data is stored now (not only the untouched sample): ask the browser to keep it.
        if (step.done && !persistence_asked && app.doc.edit_revision() != sample_revision) {
            persistence_asked = true;
            platform::request_persistent_storage();
        }
        return step.done || !step.error.empty();
    }

    // Browser storage refused what the last save wrote (e.g. the quota is full). What it holds
    // is still the last workspace it took whole; the edits stay in memory, and the save is
    // tried again a little later, all of it (what was refused must be written again).
    void check_storage_failures() {
        const int failures = platform::storage_failures();
        if (failures == storage_failures_seen) return;
        storage_failures_seen = failures;
        save_error = "browser storage refused the save (" + platform::storage_failure() + ")";
        app.notify("Not saved: " + save_error + ". Your changes are kept here and saving is retried; "
                   "export your workspace to keep a copy.", true);
        autosave.saved(0);   // nothing saved: the document differs from what storage holds
        retry_at = platform::now_seconds() + kRetrySeconds;
        platform::window_wake_after(kRetrySeconds);
    }

    // Leaving the page: everything now, whatever it takes.
    void save_now() {
        if (!storage_open || !saves_here() || !autosave.dirty(app.doc.revision())) return;
        save_ms = 0;
        save_step(1e9);
        saving = false;
    }

    //-------------------------------------------------------------------------
    // Which tab saves (platform::StorageOwnership): only this one, or it is read-only.
    //-------------------------------------------------------------------------
    bool saves_here() const { return app.storage_access == StorageAccess::Here; }

    void become(StorageAccess access) {
        app.storage_access = access;
        app.doc.set_read_only(access != StorageAccess::Here);
        platform::window_wake_after(0);
    }

    // A newer version of the app saved the workspace: this tab never writes over it, and lets go
    // of the workspace (if it has it) so that a tab of the newer version can save.
    void refuse_newer_version() {
        become(StorageAccess::NewerVersion);
        platform::release_storage();
    }

    void ownership_changed(bool owned) {
        if (app.storage_access == StorageAccess::NewerVersion) {
            if (owned) platform::release_storage();   // a newer tab should have it, not this one
            return;
        }
        if (!owned) return become(StorageAccess::OtherTab);
        if (!storage_open) return become(StorageAccess::Here);   // storage is read after this: fresh
        // Storage was read before this tab owned it: the last owner may have saved since.
        become(StorageAccess::Checking);
        own_after_reread = true;
        follow_storage();
    }

    // The owner's side of "Use here" in another tab: save, then let go.
    void handover_asked() {
        if (!saves_here()) return;
        save_now();
        if (!save_error.empty()) {
            app.notify("Another tab asked for this workspace, but it could not be saved here (" + save_error +
                           "): it stays in this tab.", true);
            return;
        }
        become(StorageAccess::OtherTab);
        app.notify("The workspace is now used in another tab; this tab is read-only.");
        platform::release_storage();
    }

    // The last save did not reach browser storage, so this tab did not let go: its copy is the
    // newest, and it saves it again.
    void release_failed() {
        become(StorageAccess::Here);
        autosave.saved(0);
        app.notify("Could not hand the workspace over: its last save did not reach browser storage. It stays in this tab.", true);
    }

    // Reads storage again (another tab saved, or this one takes over) and shows it. One read
    // at a time; a request meanwhile reads once more after it.
    void follow_storage() {
        if (rereading) {
            reread_again = true;
            return;
        }
        rereading = true;
        platform::reread_storage([this] {
            rereading = false;
            open_saved_again();
            if (std::exchange(reread_again, false)) return follow_storage();
            if (std::exchange(own_after_reread, false) && app.storage_access == StorageAccess::Checking)
                become(StorageAccess::Here);
        });
    }

    void open_saved_again() {
        // A Store of its own: the parts this tab wrote before may be gone (the other tab removes
        // what it no longer names).
        store = Store(platform::storage_folder(), platform::now_seconds);
        read_export_record_again();
        LoadResult result = store.load();
        if (result.newer_version) {
            own_after_reread = false;
            return refuse_newer_version();
        }
        if (!result.workspace) return;   // nothing stored, or unreadable: keep what is on screen
        app.doc.reload(std::move(*result.workspace));
        store.adopt(app.doc);
        autosave.saved(app.doc.revision());
        stored_edit_revision = app.doc.edit_revision();
    }

    // Another account or tab on screen: remember it for the next visit. Written at once (it
    // changes only on a click, and a reload may follow any time), apart from the workspace.
    void remember_view() {
        const std::optional<LastView> shown = ui::shown_view(app);
        if (!storage_open || !saves_here() || !shown || *shown == remembered) return;
        remembered = *shown;
        if (write_last_view(platform::storage_folder(), remembered)) platform::persist_storage();
    }

    // The UI scale, theme and the like: written whenever they change, in any tab (they are the
    // device's, not the workspace's, and localStorage takes them at once).
    void remember_preferences() {
        const DevicePreferences shown = ui::shown_preferences(app);
        if (shown == preferences_written) return;
        preferences_written = shown;
        platform::write_preferences_text(device_preferences_text(shown));
    }

    // The export record (Help > Storage, the reminder) is device state, beside the workspace;
    // written by the tab that saves whenever it changes, and read again when storage is.
    void read_export_record_again() {
        app.export_record = export_written = read_export_record(platform::storage_folder());
    }
    void remember_export_record() {
        if (!storage_open || !saves_here() || app.export_record == export_written) return;
        export_written = app.export_record;
        if (write_export_record(platform::storage_folder(), export_written)) platform::persist_storage();
    }

    const char* save_status() const {
        switch (app.storage_access) {
        case StorageAccess::Checking: return "Opening...";
        case StorageAccess::OtherTab:
        case StorageAccess::Asking: return "Read-only: open in another tab";
        case StorageAccess::NewerVersion: return "Read-only: saved by a newer version";
        case StorageAccess::Here: break;
        }
        if (!save_error.empty()) return "Not saved!";
        if (autosave.dirty(app.doc.revision())) return "Unsaved changes";
        if (platform::storage_busy()) return "Saving...";
        return "All changes saved";
    }

    void publish_figures() const {
        static constexpr const char* kAccessNames[] = {"checking", "here", "other-tab", "asking", "newer-version"};
        ui::expose_text("storage/access", kAccessNames[(int)app.storage_access]);
        ui::expose_text("perf/load_ms", std::to_string(load_ms));
        ui::expose_text("perf/import_ms", std::to_string(import_ms));
        ui::expose_text("perf/save_ms", std::to_string(save_ms));
        ui::expose_text("perf/save_frame_ms", std::to_string(save_frame_ms));
        ui::expose_text("perf/ui_ms", std::to_string(ui_ms));
        ui::expose_text("renderer", renderer_reason);
        ui::expose_text("ui/scale_percent", std::to_string(app.ui_scale_percent));
        ui::expose_text("ui/theme", ui::theme_name(app.theme));
        ui::expose_text("perf/rescore_ms", std::to_string(app.tiering.rescore_ms));   // scores cached per revision
        ui::expose_text("perf/my_actions_ms", std::to_string(app.plan_view.my_actions_ms));
        ui::expose_text("perf/actuals_preview_ms", std::to_string(app.actuals_import.preview_ms));
    }

    // Returns true while it wants another frame soon.
    bool frame() {
        double start = platform::now_seconds();
        // Fonts are built while storage may still be loading: the two overlap at start-up.
        const float scale = platform::window_pixel_ratio() * (app.ui_scale_percent / 100.0f) *
                            (app.workshop.presenting ? ui::kPresenterScale : 1.0f);
        if (scale != applied_scale || app.theme != applied_theme) {
            ui::apply_style(scale, options.font_path.c_str(), app.theme);
            platform::window_fonts_changed();
            applied_scale = scale;
            applied_theme = app.theme;
        }
        if (!loaded) return true;   // storage still loading: nothing to draw yet
        platform::window_new_frame();
        app.touch = platform::window_take_touch_gesture();
        const double ui_start = platform::now_seconds();
        ui::draw_app(app, save_status());
        if (!drawn_once && !app.request_tab.empty()) {
            // A tab bar shows a requested tab a frame late. On the first frame (a remembered view)
            // build the UI once more before anything is shown: no glimpse of the wrong tab.
            ImGui::EndFrame();
            platform::window_new_frame();
            ui::draw_app(app, save_status());
        }
        drawn_once = true;
        ui_ms = (platform::now_seconds() - ui_start) * 1000;
        publish_figures();
        remember_view();
        remember_preferences();
        remember_export_record();
        platform::window_render();
        if (!app.screenshot.filename.empty()) {
            const ScreenshotRequest shot = std::exchange(app.screenshot, {});
            platform::window_download_png(shot.x, shot.y, shot.width, shot.height, shot.filename);
        }

        check_storage_failures();
        // This month's health is kept for the user's workspace: a stored one, or the sample once
        // edited (the untouched sample is never saved, so it keeps nothing either).
        const bool keeping = storage_open && saves_here() && app.doc.edit_revision() != sample_revision &&
                             ui::keep_health_scores(app, kHealthBudgetSeconds);
        double now = platform::now_seconds();
        // An idle app draws nothing, but "exported N days ago" and the reminder follow the clock:
        // look again within the hour, one timer at a time.
        if (now >= next_clock_look) {
            next_clock_look = now + kClockLookSeconds;
            platform::window_wake_after(kClockLookSeconds);
        }
        if (storage_open && saves_here() && (saving || (now >= retry_at && autosave.due(app.doc.revision(), now)))) {
            if (!saving) save_ms = save_frame_ms = 0;   // a new save starts
            saving = !save_step(kSaveBudgetSeconds);
            save_frame_ms = std::max(save_frame_ms, (platform::now_seconds() - start) * 1000);
        }
        bool waiting_to_save = saves_here() && autosave.dirty(app.doc.revision()) && now >= retry_at;
        return waiting_to_save || keeping || platform::storage_busy();
    }
};

std::unique_ptr<Runner> g_runner;

}  // namespace

std::string app_items_json() { return ui::exposed_items_json(); }

int run_app(const AppOptions& options) {
    if (!platform::window_open("KAM Canvas")) return 1;
    g_runner = std::make_unique<Runner>();
    Runner& r = *g_runner;
    r.options = options;
    ui::set_item_exposure(options.expose_items);
    r.app.host.now_seconds = platform::now_seconds;
    r.app.host.today = platform::today;
    r.app.host.download = platform::download_text;
    r.app.host.pick_import_file = [&r] {
        platform::pick_text_file(
            ".json,application/json", kMaxFileBytes,
            [&r](std::string name, std::string text) {
                double start = platform::now_seconds();
                ui::import_workspace_text(r.app, text, name);
                r.import_ms = (platform::now_seconds() - start) * 1000;
            },
            [&r](std::string name, double bytes) { ui::refuse_import_too_large(r.app, name, bytes); });
    };
    r.app.host.pick_actuals_file = [&r] {
        platform::pick_text_file(
            ".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain", kMaxActualsCsvBytes,
            [&r](std::string name, std::string text) { ui::import_actuals_text(r.app, std::move(text), name); },
            [&r](std::string name, double bytes) { ui::refuse_actuals_too_large(r.app, name, bytes); });
    };
    r.app.host.set_fullscreen = platform::window_set_fullscreen;
    r.app.host.is_fullscreen = platform::window_is_fullscreen;
    r.app.host.pixel_ratio = platform::window_pixel_ratio;
    r.app.host.wall_clock = [] { return static_cast<double>(std::time(nullptr)); };
    r.app.host.browser_storage = [] {
        const platform::StorageEstimate e = platform::storage_estimate();
        return BrowserStorage{e.known, e.usage, e.quota, e.persisted};
    };
    r.app.host.list_backups = [&r] { return r.store.list_backups(); };
    r.app.host.read_backup = [&r](int number) { return r.store.read_backup(number); };
    r.app.host.stored_bytes = [&r] { return r.store.stored_bytes(); };
    r.app.host.renderer_status = platform::window_renderer;
    r.app.host.choose_renderer = platform::window_choose_renderer;
    r.app.host.use_here = [&r] {
        r.become(StorageAccess::Asking);
        platform::ask_for_storage();
    };
    // Before the first frame: the first fonts are built at the remembered scale.
    ui::restore_preferences(r.app, read_device_preferences(platform::read_preferences_text()));
    r.preferences_written = ui::shown_preferences(r.app);
    platform::window_on_leave([&r] { r.save_now(); });
    // Read-only until it is known that this tab saves: an edit must never seem kept when it is not.
    r.become(StorageAccess::Checking);
    platform::claim_storage({[&r](bool owned) { r.ownership_changed(owned); }, [&r] { r.handover_asked(); },
                             [&r] { r.release_failed(); },
                             [&r] {
                                 if (r.app.storage_access == StorageAccess::OtherTab ||
                                     r.app.storage_access == StorageAccess::Asking)
                                     r.follow_storage();
                             }});
    // A first visit shows the sample at once instead of waiting for IndexedDB to open.
    if (platform::storage_known_empty()) r.open_sample("");
    start_helper();   // while storage opens: ready for reading a large workspace on two threads
    platform::open_storage([&r] { r.storage_opened(); });
    platform::window_run([&r] { return r.frame(); });
    return 0;
}

}  // namespace kam

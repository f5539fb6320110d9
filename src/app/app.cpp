#include "app/app.h"

#include "core/json_io.h"
#include "core/sample_workspace.h"
#include "platform/platform.h"
#include "platform/window.h"
#include "storage/store.h"
#include "ui/actions.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/views.h"

#include "imgui.h"

#include <memory>

namespace kam {

namespace {

struct Runner {
    AppOptions options;
    AppState app;
    Store store{platform::storage_folder()};
    AutosaveTimer autosave;
    bool loaded = false;
    float applied_scale = 0.0f;
    std::string save_error;
    // Figures for benchmarks (published through the test hook): milliseconds.
    double load_ms = 0, import_ms = 0, save_ms = 0, save_frame_ms = 0;

    // First start (nothing stored): open the sample so a newcomer sees something real.
    void load_workspace() {
        double start = platform::now_seconds();
        LoadResult result = store.load();
        load_ms = (platform::now_seconds() - start) * 1000;
        if (result.workspace) {
            app.doc = Document(std::move(*result.workspace));
            if (!result.message.empty()) app.show_error("Your workspace was restored from a backup", result.message);
        } else {
            app.doc = Document(make_sample_workspace());
            if (!result.message.empty()) app.show_error("Your saved workspace could not be read", result.message);
            else app.notify("Welcome! This is a sample workspace to explore. File > New workspace starts an empty one.");
        }
        if (!app.doc.ws().accounts.empty()) app.selected_account = app.doc.ws().accounts.front().id;
        // A freshly loaded workspace is saved already, except the first-start sample.
        if (result.workspace && !result.recovered_from_backup) autosave.saved(app.doc.revision());
        loaded = true;
        platform::window_wake_after(0);
    }

    void save_now() {
        if (!loaded || !autosave.dirty(app.doc.revision())) return;
        double start = platform::now_seconds();
        save_error = store.save(write_workspace_json(app.doc.ws()), start);
        save_ms = (platform::now_seconds() - start) * 1000;
        if (!save_error.empty()) {
            app.notify("Could not save: " + save_error, true);
            return;
        }
        autosave.saved(app.doc.revision());
        platform::persist_storage();
    }

    const char* save_status() const {
        if (!save_error.empty()) return "Not saved!";
        if (autosave.dirty(app.doc.revision())) return "Unsaved changes";
        if (platform::storage_busy()) return "Saving...";
        return "All changes saved";
    }

    void publish_figures() const {
        ui::expose_text("perf/load_ms", std::to_string(load_ms));
        ui::expose_text("perf/import_ms", std::to_string(import_ms));
        ui::expose_text("perf/save_ms", std::to_string(save_ms));
        ui::expose_text("perf/save_frame_ms", std::to_string(save_frame_ms));
    }

    // Returns true while it wants another frame soon.
    bool frame() {
        if (!loaded) return true;   // storage still loading: nothing to draw yet
        double start = platform::now_seconds();
        float scale = platform::window_pixel_ratio() * app.user_font_scale;
        if (scale != applied_scale) {
            ui::apply_style(scale, options.font_path.c_str());
            platform::window_fonts_changed();
            applied_scale = scale;
        }
        platform::window_new_frame();
        ui::draw_app(app, save_status());
        publish_figures();
        platform::window_render();

        double now = platform::now_seconds();
        if (autosave.due(app.doc.revision(), now)) {
            save_now();
            save_frame_ms = (platform::now_seconds() - start) * 1000;   // the frame that autosaved
        }
        bool waiting_to_save = autosave.dirty(app.doc.revision());
        return waiting_to_save || platform::storage_busy();
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
        platform::pick_text_file([&r](std::string name, std::string text) {
            double start = platform::now_seconds();
            ui::import_workspace_text(r.app, text, name);
            r.import_ms = (platform::now_seconds() - start) * 1000;
        });
    };
    platform::window_on_leave([&r] { r.save_now(); });
    platform::open_storage([&r] { r.load_workspace(); });
    platform::window_run([&r] { return r.frame(); });
    return 0;
}

}  // namespace kam

// KAM Canvas: File > Import actuals (CSV) (see actuals_import.h).
#include "ui/reviews/actuals_import.h"

#include "core/io/limits.h"

namespace kam::ui {

static const char* kReadOnly = "Actuals not imported: this workspace is read-only here (see the banner)";

static void preview_now(AppState& app) {
    ActualsImportView& v = app.actuals_import;
    const double start = app.host.now_seconds ? app.host.now_seconds() : 0;
    v.preview = preview_actuals_csv(app.doc.ws(), v.text);
    v.preview_ms = app.host.now_seconds ? (app.host.now_seconds() - start) * 1000 : 0;
    v.serial = app.doc.serial();
    v.revision = app.doc.revision();
}

void import_actuals_text(AppState& app, std::string text, const std::string& source_name) {
    if (app.doc.read_only()) return app.notify(kReadOnly, true);
    ActualsImportView& v = app.actuals_import;
    v.source_name = source_name;
    v.text = std::move(text);
    preview_now(app);
    v.open = true;
}

void refuse_actuals_too_large(AppState& app, const std::string& source_name, double bytes) {
    app.show_error("Import refused: " + source_name,
                   "The file is " + describe_size_over(static_cast<uint64_t>(bytes)) + "; a CSV of actuals may have at most " +
                       describe_bytes(kMaxActualsCsvBytes) + ". Import it in parts.\n\nNo actual was changed.");
}

void refresh_actuals_preview(AppState& app) {
    const ActualsImportView& v = app.actuals_import;
    if (v.open && (v.serial != app.doc.serial() || v.revision != app.doc.revision())) preview_now(app);
}

void cancel_actuals_import(AppState& app) { app.actuals_import = {}; }

void apply_actuals_import(AppState& app) {
    if (app.doc.read_only()) return app.notify(kReadOnly, true);
    refresh_actuals_preview(app);
    const ActualsImportView& v = app.actuals_import;
    if (!v.preview.can_apply()) return;
    const std::string label = actuals_import_label(v.preview);
    app.doc.set_accounts(apply_actuals(app.doc.ws(), v.preview), label);
    std::string told = label.substr(label.find(':') + 2) + " from " + v.source_name;
    if (v.preview.skipped > 0) told += "; " + std::to_string(v.preview.skipped) + (v.preview.skipped == 1 ? " line" : " lines") + " skipped";
    app.notify("Imported actuals: " + told + ". Edit > Undo takes them back.");
    cancel_actuals_import(app);
}

}  // namespace kam::ui

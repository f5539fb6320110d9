// KAM Canvas: File > Import actuals (CSV): the file's text becomes a preview (a dialog shows it,
// ui/reviews/views.h), and Apply puts its valid lines into the accounts as one undo step.
#pragma once

#include "ui/app_state.h"

#include <string>

namespace kam::ui {

// A chosen file's text: previewed against the open workspace, and the dialog opens. Refused,
// with a message, while the workspace is read-only here.
void import_actuals_text(AppState& app, std::string text, const std::string& source_name);
// A file too large to read (kMaxActualsCsvBytes): refused with its size.
void refuse_actuals_too_large(AppState& app, const std::string& source_name, double bytes);
// Previews again when the document changed since the last preview.
void refresh_actuals_preview(AppState& app);
// The preview's changes into the accounts (one undo step), and the dialog closes.
void apply_actuals_import(AppState& app);
void cancel_actuals_import(AppState& app);

}  // namespace kam::ui

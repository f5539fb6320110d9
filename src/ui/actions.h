// KAM Canvas: workspace-level actions started from menus and dialogs (no drawing here).
#pragma once

#include "ui/app_state.h"

#include <string>

namespace kam::ui {

// Reads a workspace file chosen by the user. On success it replaces the open workspace
// (one undo step); on failure the dialog lists every problem with its JSON path and
// the open workspace is left exactly as it was.
void import_workspace_text(AppState& app, const std::string& text, const std::string& source_name);
// A file that was not even read (over the size limit, core/io/limits.h): refused as an import is.
void refuse_import_too_large(AppState& app, const std::string& source_name, double bytes);
void export_workspace(AppState& app);
void new_workspace(AppState& app);
void load_sample_workspace(AppState& app);

void add_account(AppState& app);
void delete_account(AppState& app, const Id& id);

void undo(AppState& app);
void redo(AppState& app);

}  // namespace kam::ui

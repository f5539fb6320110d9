#include "ui/actions.h"

#include "core/io/json_io.h"
#include "core/io/limits.h"
#include "core/sample_workspace.h"

namespace kam::ui {

static void select_first_account(AppState& app) {
    const auto& accounts = app.doc.ws().accounts;
    app.selected_account = accounts.empty() ? Id() : accounts.front().id;
}

static void refuse_import(AppState& app, const std::string& source_name, const std::vector<Problem>& problems) {
    app.show_error("Import refused: " + source_name, describe_problems(problems, 20) + "\n\nYour open workspace was not changed.");
    app.notify("Import refused: " + source_name + " has problems", true);
}

void refuse_import_too_large(AppState& app, const std::string& source_name, double bytes) {
    refuse_import(app, source_name, {{"/", file_size_problem(static_cast<uint64_t>(bytes))}});
}

void import_workspace_text(AppState& app, const std::string& text, const std::string& source_name) {
    ReadResult result = read_workspace_json(text);
    if (!result.ok()) return refuse_import(app, source_name, result.problems);
    app.doc.replace_all(std::move(*result.workspace), "Import " + source_name);
    select_first_account(app);
    app.notify("Imported " + source_name + " (" + std::to_string(app.doc.ws().accounts.size()) +
               " accounts). Edit > Undo brings back what was open before.");
}

void export_workspace(AppState& app) {
    std::string date = app.host.today ? app.host.today() : "";
    std::string name = "kam-canvas" + (date.empty() ? "" : "-" + date) + ".json";
    if (!app.host.download) return;
    app.host.download(name, write_workspace_json(app.doc.ws(), 1));
    if (app.host.wall_clock) record_export(app.export_record, app.host.wall_clock());
    app.exported_revision = app.doc.edit_revision();
    app.notify("Exported " + name);
}

void new_workspace(AppState& app) {
    app.doc.replace_all(make_empty_workspace(), "New workspace");
    app.selected_account.clear();
    app.notify("Started a new, empty workspace. Edit > Undo brings back the previous one.");
}

void load_sample_workspace(AppState& app) {
    app.doc.replace_all(make_sample_workspace(), "Load sample workspace");
    select_first_account(app);
    app.notify("Loaded the sample workspace. Edit > Undo brings back the previous one.");
}

void add_account(AppState& app) {
    Account account;
    account.id = app.doc.new_id('a');
    account.name = "New account";
    app.doc.insert_account(account, app.doc.ws().accounts.size(), "Add account");
    if (!app.doc.ws().find_account(account.id)) return;   // refused: the document is read-only
    app.selected_account = account.id;
    app.account_filter.clear();   // so the new account is visible in the list
}

void delete_account(AppState& app, const Id& id) {
    const Account* account = app.doc.ws().find_account(id);
    if (!account) return;
    std::string name = account->name;
    app.doc.erase_account(id, "Delete account " + name);
    if (app.selected_account == id) app.selected_account.clear();
    app.notify("Deleted " + name + ". Edit > Undo brings it back.");
}

void undo(AppState& app) {
    std::string label = app.doc.undo_label();
    if (app.doc.undo()) app.notify("Undone: " + label);
}

void redo(AppState& app) {
    std::string label = app.doc.redo_label();
    if (app.doc.redo()) app.notify("Redone: " + label);
}

}  // namespace kam::ui

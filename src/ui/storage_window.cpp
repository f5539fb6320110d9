// KAM Canvas: Help > Storage: where the workspace is kept, and the rolling backups the store
// keeps of it, each of which can be restored in one undoable step.
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "core/io/limits.h"

#include "imgui.h"

#include <algorithm>
#include <string>

namespace kam::ui {

// "just now", "12 minutes ago", "3 hours ago", "5 days ago".
static std::string age_text(double seconds) {
    auto ago = [](long n, const char* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago"; };
    if (seconds < 60) return "just now";
    if (seconds < 3600) return ago(long(seconds / 60), "minute");
    if (seconds < 86400) return ago(long(seconds / 3600), "hour");
    return ago(long(seconds / 86400), "day");
}

static void restore(AppState& app, const BackupInfo& backup, const std::string& age) {
    if (!app.host.read_backup) return;
    LoadResult read = app.host.read_backup(backup.number);
    if (!read.workspace) return app.notify("Could not restore the backup: " + read.message, true);
    app.doc.replace_all(std::move(*read.workspace), "Restore the backup saved " + age);
    if (app.doc.read_only()) return;   // refused: the banner says why
    if (!app.doc.ws().accounts.empty()) app.selected_account = app.doc.ws().accounts.front().id;
    app.notify("Restored the backup saved " + age + ". Edit > Undo brings back what was open before.");
    app.storage_window.listed = false;   // saving it makes a new backup of what was open
}

// When the workspace was last exported, and after how many days of changes to remind the user.
static void draw_export_settings(AppState& app) {
    ExportRecord& record = app.export_record;
    const std::string age = app.host.wall_clock ? export_age_text(record, app.host.wall_clock()) : "";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(age.c_str());
    expose_text("storage/last_export", age);
    ImGui::SameLine();
    ImGui::TextUnformatted("· Remind me after");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(6));
    int days = record.remind_after_days;
    if (ImGui::InputInt("##remind_days", &days)) record.remind_after_days = std::clamp(days, 0, 365);
    expose_item("storage/remind_days");
    ImGui::SameLine();
    ImGui::TextUnformatted(record.remind_after_days == 0 ? "days (0: never)" : "days with changes");
}

void draw_storage_window(AppState& app) {
    StorageWindow& w = app.storage_window;
    if (!w.open) return;
    if (!w.listed && app.host.list_backups) {
        w.backups = app.host.list_backups();
        w.workspace_bytes = app.host.stored_bytes ? app.host.stored_bytes() : 0;
        w.listed = true;
    }
    ImGui::SetNextWindowSize(ImVec2(em(36), em(18)), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Storage and backups", &w.open, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("Your workspace is kept in this browser only, and saved within a second of each change. "
                           "Export it (File > Export JSON) to keep a copy elsewhere.");
        const std::string size = w.workspace_bytes ? "The workspace takes " + describe_bytes(w.workspace_bytes) + "."
                                                   : "The workspace is not saved yet.";
        ImGui::TextUnformatted(size.c_str());
        expose_text("storage/workspace_size", size);
        draw_export_settings(app);
        const BrowserStorage browser = app.host.browser_storage ? app.host.browser_storage() : BrowserStorage{};
        if (browser.known) {
            const std::string usage = describe_bytes(static_cast<uint64_t>(browser.usage)) + " used of " +
                                      describe_bytes(static_cast<uint64_t>(browser.quota)) + " this browser allows (" +
                                      std::to_string(int(100 * browser.usage / std::max(browser.quota, 1.0))) + "%)";
            ImGui::TextUnformatted(usage.c_str());
            expose_text("storage/usage", usage);
            const char* kept = browser.persisted
                                   ? "Kept: the browser will not clear this storage to free space."
                                   : "Not promised: the browser may clear this storage when the disk runs low. Export regularly.";
            ImGui::TextWrapped("%s", kept);
            expose_text("storage/persisted", browser.persisted ? "granted" : "not granted");
        }
        ImGui::Spacing();
        ImGui::TextUnformatted("Backups: the workspace as it was before recent saves (at most one every 10 minutes).");
        const double now = app.host.wall_clock ? app.host.wall_clock() : 0;
        if (w.backups.empty()) note("No backup yet: the first one is made at the next save.");
        if (!w.backups.empty() && ImGui::BeginTable("backups", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            ImGui::TableSetupColumn("Saved");
            ImGui::TableSetupColumn("Size");
            ImGui::TableSetupColumn("Accounts");
            ImGui::TableSetupColumn("");
            ImGui::TableHeadersRow();
            for (const BackupInfo& b : w.backups) {
                const std::string age = age_text(now - b.saved_at);
                const std::string id = "storage/backup/" + std::to_string(b.number);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(age.c_str());
                expose_text(id + "/age", age);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(describe_bytes(b.bytes).c_str());
                ImGui::TableNextColumn();
                if (b.problem.empty()) ImGui::Text("%zu", b.accounts);
                else ImGui::TextColored(vec4(palette().error), "cannot be read");
                if (!b.problem.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", b.problem.c_str());
                expose_text(id + "/accounts", b.problem.empty() ? std::to_string(b.accounts) : "cannot be read");
                ImGui::TableNextColumn();
                ImGui::BeginDisabled(!b.problem.empty() || app.doc.read_only());
                ImGui::PushID(b.number);
                if (ImGui::SmallButton("Restore")) restore(app, b, age);
                expose_item(id + "/restore");
                ImGui::PopID();
                ImGui::EndDisabled();
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace kam::ui

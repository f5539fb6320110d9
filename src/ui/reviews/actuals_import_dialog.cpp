// KAM Canvas: the preview of File > Import actuals (CSV): what the file would change (counts, every
// change in a table that scrolls through 60,000 rows, every line refused with its number), then
// Apply (one undo step) or Cancel.
#include "ui/reviews/views.h"

#include "core/amount_text.h"
#include "core/dates.h"
#include "ui/reviews/actuals_import.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <string>

namespace kam::ui {

static const ImVec4 kProblemColor(0.85f, 0.2f, 0.2f, 1);

static std::string counted(long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

static const char* separator_name(char c) { return c == '\t' ? "tabs" : c == ';' ? "semicolons" : "commas"; }

// What the file holds and what it changes, in a few lines.
static std::string summary_text(const ActualsImportView& v) {
    const ActualsPreview& p = v.preview;
    std::string s = v.source_name + ": " + counted(p.lines, "line", "lines") + " of actuals, separated by " + separator_name(p.separator) +
                    (p.header ? ", with a header row" : ", no header (account, month, amount)") + ".\n";
    s += counted(p.accounts, "account", "accounts") + " and " + counted(p.months, "month", "months") + " in the valid lines: " +
         counted(static_cast<long>(p.changes.size()), "actual changes", "actuals change") + " in " +
         counted(p.changed_accounts, "account", "accounts") + ", " + std::to_string(p.unchanged) + " already as the file says.";
    if (p.skipped > 0) s += "\n" + counted(p.skipped, "line has a problem and is skipped", "lines have problems and are skipped") + " (below).";
    return s;
}

static void draw_changes_table(const AppState& app, const ActualsPreview& p) {
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("changes", 5, flags, ImVec2(em(46), em(16)))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", 0, em(4));
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Month", 0, em(5));
    ImGui::TableSetupColumn("Actual now", 0, em(8));
    ImGui::TableSetupColumn("New actual", 0, em(8));
    ImGui::TableHeadersRow();
    const auto& accounts = app.doc.ws().accounts;   // the preview was made from this very document
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.changes.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const ActualChange& c = p.changes[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", c.line);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.account < accounts.size() ? accounts[c.account].name.c_str() : "?");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(month_text(c.month).c_str());
            ImGui::TableNextColumn();
            if (c.before) ImGui::TextUnformatted(amount_text(*c.before).c_str());
            else ImGui::TextDisabled("none");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(amount_text(c.after).c_str());
        }
    }
    ImGui::EndTable();
}

static void draw_problems(const ActualsPreview& p) {
    if (!ImGui::BeginChild("problems", ImVec2(em(46), em(std::min<float>(8, 2.2f + 1.4f * static_cast<float>(p.problems.size())))), true)) {
        ImGui::EndChild();
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.problems.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) ImGui::TextColored(kProblemColor, "%s", p.problems[i].message.c_str());
    if (p.problems.size() < static_cast<size_t>(p.skipped))
        ImGui::TextDisabled("and %d more lines with problems, not listed", p.skipped - static_cast<int>(p.problems.size()));
    ImGui::EndChild();
}

// For tests: the problems and the first changes as text.
static void expose_preview(const AppState& app, const ActualsPreview& p) {
    if (!item_exposure_enabled()) return;
    std::string problems = p.file_problem;
    for (size_t i = 0; i < p.problems.size() && i < 50; i++) problems += (problems.empty() ? "" : "\n") + p.problems[i].message;
    expose_text("dialog/actuals/problems", problems);
    std::string changes;
    const auto& accounts = app.doc.ws().accounts;
    for (size_t i = 0; i < p.changes.size() && i < 50; i++) {
        const ActualChange& c = p.changes[i];
        changes += "line " + std::to_string(c.line) + ": " + (c.account < accounts.size() ? accounts[c.account].name : "?") + " " +
                   month_text(c.month) + " " + (c.before ? amount_text(*c.before) : "none") + " -> " + amount_text(c.after) + "\n";
    }
    expose_text("dialog/actuals/changes", changes);
}

void draw_actuals_import_dialog(AppState& app) {
    ActualsImportView& v = app.actuals_import;
    // Opaque, and its scrolling lists too (child windows are see-through by default): in a
    // screenshot the page under the modal showed through the rows of the table.
    ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_PopupBg);
    background.w = 1;
    ImGui::PushStyleColor(ImGuiCol_PopupBg, background);
    const bool showing = begin_modal("Import actuals##actuals", v.open);
    ImGui::PopStyleColor();
    if (!showing) return;
    if (!v.open) {   // closed from elsewhere
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    refresh_actuals_preview(app);   // the workspace changed under it: preview again
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    const ActualsPreview& p = v.preview;
    expose_preview(app, p);
    bool close = false;
    if (!p.file_problem.empty()) {
        ImGui::Text("Nothing can be imported from %s:", v.source_name.c_str());
        ImGui::PushTextWrapPos(em(46));
        ImGui::TextColored(kProblemColor, "%s", p.file_problem.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("No actual was changed.");
        expose_text("dialog/actuals/summary", "Nothing can be imported from " + v.source_name + ": " + p.file_problem);
    } else {
        const std::string summary = summary_text(v);
        ImGui::PushTextWrapPos(em(46));
        ImGui::TextUnformatted(summary.c_str());
        ImGui::PopTextWrapPos();
        expose_text("dialog/actuals/summary", summary);
        if (!p.changes.empty()) draw_changes_table(app, p);
        else note("Nothing to change: every valid line's actual is already as the file says.");
        if (p.skipped > 0) {
            ImGui::TextUnformatted("Lines skipped, and why:");
            draw_problems(p);
        }
        if (app.doc.read_only()) ImGui::TextColored(kProblemColor, "This workspace is read-only here: nothing can be applied.");
        ImGui::BeginDisabled(!p.can_apply() || app.doc.read_only());
        const std::string apply = p.skipped > 0 ? "Apply, skipping " + counted(p.skipped, "line", "lines") : "Apply";
        if (ImGui::Button(apply.c_str(), ImVec2(em(14), 0))) {
            apply_actuals_import(app);
            close = true;
        }
        ImGui::EndDisabled();
        expose_item("dialog/actuals/apply");
        ImGui::SameLine();
    }
    if (ImGui::Button(p.file_problem.empty() ? "Cancel" : "Close", ImVec2(em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        cancel_actuals_import(app);
        close = true;
    }
    expose_item("dialog/actuals/cancel");
    ImGui::PopStyleColor();
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace kam::ui

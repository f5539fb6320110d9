// KAM Canvas: the scoring grid: accounts as rows, criteria as columns, one editable score per cell, the
// weighted total, tier and rank per account; sort by any column, filter. It moves like a spreadsheet:
// arrows, Tab / Shift+Tab, Enter to edit or confirm (and move down), Escape to cancel, a digit starts
// typing, Delete clears a score. Thousands of rows: only the visible ones are drawn (ImGuiListClipper),
// and the order is rebuilt only when the document, the filter or the sort changed.
//
// Index
// [SECTION] Order of the rows
// [SECTION] Keyboard and cell editing
// [SECTION] The grid
#define IMGUI_DEFINE_MATH_OPERATORS   // imgui_internal.h needs it before imgui.h
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "core/tiering/scoring_csv.h"
#include "core/typed_number.h"

#include "imgui.h"
#include "imgui_internal.h"   // the table's scrolling window, to take keyboard navigation from it

#include <algorithm>
#include <cstdlib>

namespace kam::ui {

// Columns before the criteria.
enum GridColumn { kColRank, kColAccount, kColTier, kColTotal, kColMissing, kColCriteria };

//-----------------------------------------------------------------------------
// [SECTION] Order of the rows
//-----------------------------------------------------------------------------

static void rebuild_rows(AppState& app, const Scoring& scoring, const std::vector<Criterion>& criteria,
                         const TierScheme& scheme) {
    TieringView& t = app.tiering;
    const std::vector<Account>& accounts = app.doc.ws().accounts;
    t.shown.clear();
    for (int a : scoring.ranking) {
        const std::string tier = tier_name(scheme, scoring.tiers[a].effective);
        if (t.filter.empty() || contains_text(accounts[a].name, t.filter) ||
            contains_text(accounts[a].industry, t.filter) || contains_text(tier, t.filter))
            t.shown.push_back(a);
    }
    // Sort keys: lower first; missing values last in either direction.
    const int column = t.sort_column;
    const int criterion = column - kColCriteria;
    const Scorer scorer(criteria, scheme.missing);
    std::vector<std::pair<bool, double>> keys(accounts.size());   // (missing, value)
    for (int a : t.shown) {
        const AccountScore& s = scoring.scores[a];
        switch (column) {
        case kColRank: keys[a] = {scoring.rank[a] == 0, (double)scoring.rank[a]}; break;
        case kColTier: keys[a] = {scoring.tiers[a].effective < 0, (double)scoring.tiers[a].effective}; break;
        case kColTotal: keys[a] = {!s.has_total, s.total}; break;
        case kColMissing: keys[a] = {false, (double)s.missing}; break;
        default:
            if (criterion >= 0 && criterion < (int)criteria.size()) {
                std::optional<double> v = scorer.values(accounts[a])[criterion];
                keys[a] = {!v, v.value_or(0)};
            }
        }
    }
    const bool descending = t.sort_descending;
    std::stable_sort(t.shown.begin(), t.shown.end(), [&](int x, int y) {
        if (column == kColAccount) return descending ? accounts[y].name < accounts[x].name : accounts[x].name < accounts[y].name;
        if (keys[x].first != keys[y].first) return keys[y].first;
        return descending ? keys[x].second > keys[y].second : keys[x].second < keys[y].second;
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard and cell editing
//-----------------------------------------------------------------------------

// Stores the typed score of the cell under the cursor; a bad number is refused with a message (and the
// cursor stays on the cell). Returns whether it was stored.
static bool commit_cell(AppState& app, const std::vector<Criterion>& criteria) {
    TieringView& t = app.tiering;
    t.editing = false;
    if (t.cursor_row >= (int)t.shown.size() || t.cursor_column >= (int)criteria.size()) return false;
    const Account& account = app.doc.ws().accounts[t.shown[t.cursor_row]];
    const TypedNumber score = parse_typed_number(t.edit_text);
    if (!score.ok) {
        app.notify("Not changed: \"" + t.edit_text + "\" is not a number (scores run 0..10)", true);
        return false;
    }
    const Criterion& criterion = criteria[t.cursor_column];
    AccountEdit edit = edit_score(app.doc.ws(), account, criterion.id, score.value);
    if (!edit.ok()) {
        app.notify("Not changed: " + criterion.name + " of " + account.name + ": " + edit.problems[0].message, true);
        return false;
    }
    if (edit.account != account)
        app.doc.set_account(std::move(edit.account), "Score " + criterion.name + " of " + account.name);
    return true;
}

static void start_editing(TieringView& t, std::string text) {
    t.editing = true;
    t.edit_started = true;
    t.edit_text = std::move(text);
}

// Keys for the grid when it has focus. Returns true when the cursor moved (to scroll it into view).
static bool handle_keys(AppState& app, const std::vector<Criterion>& criteria) {
    TieringView& t = app.tiering;
    const int rows = (int)t.shown.size(), columns = (int)criteria.size();
    if (rows == 0 || columns == 0) return false;
    const int row_before = t.cursor_row, column_before = t.cursor_column;
    const bool shift = ImGui::GetIO().KeyShift;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
    if (t.editing) {
        if (pressed(ImGuiKey_Escape)) t.editing = false;
        else if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) {
            if (commit_cell(app, criteria)) t.cursor_row += shift ? -1 : 1;
        } else if (pressed(ImGuiKey_Tab)) {
            if (commit_cell(app, criteria)) t.cursor_column += shift ? -1 : 1;
        }
    } else {
        if (pressed(ImGuiKey_UpArrow)) t.cursor_row--;
        if (pressed(ImGuiKey_DownArrow)) t.cursor_row++;
        if (pressed(ImGuiKey_LeftArrow) || (pressed(ImGuiKey_Tab) && shift)) t.cursor_column--;
        else if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_Tab)) t.cursor_column++;
        if (pressed(ImGuiKey_PageUp)) t.cursor_row -= 20;
        if (pressed(ImGuiKey_PageDown)) t.cursor_row += 20;
        if (pressed(ImGuiKey_Home)) t.cursor_column = 0;
        if (pressed(ImGuiKey_End)) t.cursor_column = columns - 1;
        t.cursor_row = std::clamp(t.cursor_row, 0, rows - 1);
        t.cursor_column = std::clamp(t.cursor_column, 0, columns - 1);
        if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter) || pressed(ImGuiKey_F2)) {
            const Account& a = app.doc.ws().accounts[t.shown[t.cursor_row]];
            auto it = a.scores.find(criteria[t.cursor_column].id);
            start_editing(t, it == a.scores.end() ? std::string() : format_number(it->second));
        } else if (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)) {
            t.edit_text.clear();
            commit_cell(app, criteria);
        } else {
            // Typing a number on a cell starts editing it with what was typed, as in a spreadsheet.
            std::string typed;
            for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
                if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-') typed += (char)c;
            if (!typed.empty()) start_editing(t, typed);
        }
    }
    t.cursor_row = std::clamp(t.cursor_row, 0, rows - 1);
    t.cursor_column = std::clamp(t.cursor_column, 0, columns - 1);
    return t.cursor_row != row_before || t.cursor_column != column_before;
}

// The text field of the cell being edited. It takes the focus until it is active, then puts the text
// cursor after what was typed so far (the digit that started the edit).
static void draw_cell_editor(TieringView& t) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (t.edit_started) ImGui::SetKeyboardFocusHere();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0));
    auto to_end = [](ImGuiInputTextCallbackData* data) {
        bool* started = (bool*)data->UserData;
        if (*started) data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *started = false;
        return 0;
    };
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%s", t.edit_text.c_str());
    if (ImGui::InputText("##cell", buffer, sizeof(buffer), ImGuiInputTextFlags_CallbackAlways, to_end, &t.edit_started))
        t.edit_text = buffer;
    expose_item("grid/editor");
    ImGui::PopStyleVar();
}

//-----------------------------------------------------------------------------
// [SECTION] The grid
//-----------------------------------------------------------------------------

static void draw_toolbar(AppState& app, const Scoring& scoring) {
    ImGui::SetNextItemWidth(em(16));
    input_text("##grid_filter", app.tiering.filter, "Filter by account, industry, tier");
    expose_item("grid/filter");
    next_in_toolbar(ImGui::CalcTextSize("Export CSV").x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button("Export CSV")) {
        const std::string date = app.host.today ? app.host.today() : "";
        const std::string name = "kam-scoring" + (date.empty() ? "" : "-" + date) + ".csv";
        if (app.host.download) app.host.download(name, scoring_csv(app.doc.ws(), current_scoring(app)));
        app.notify("Exported " + name);
    }
    expose_item("grid/export");
    row_note("%d of %d accounts. Click a score, then type; arrows, Tab and Enter move.",
                        (int)app.tiering.shown.size(), (int)app.doc.ws().accounts.size());
}

void draw_scoring_grid(AppState& app) {
    TieringView& t = app.tiering;
    const Workspace& ws = app.doc.ws();
    const std::vector<Criterion>& criteria = edited_criteria(app);
    const TierScheme& scheme = edited_scheme(app);
    const Scoring& scoring = edited_scoring(app);

    draw_toolbar(app, scoring);
    const uint64_t version = app.doc.revision() * 1000003u + t.draft_version;
    if (t.shown_revision != version || t.shown_filter != t.filter || t.shown_sort_column != t.sort_column ||
        t.shown_sort_descending != t.sort_descending) {
        // The cursor stays on its account when the rows are sorted again (e.g. a new score changed its rank).
        const int cursor_account = t.cursor_row < (int)t.shown.size() ? t.shown[t.cursor_row] : -1;
        rebuild_rows(app, scoring, criteria, scheme);
        auto it = std::find(t.shown.begin(), t.shown.end(), cursor_account);
        if (it != t.shown.end()) t.cursor_row = (int)(it - t.shown.begin());
        t.shown_revision = version;
        t.shown_filter = t.filter;
        t.shown_sort_column = t.sort_column;
        t.shown_sort_descending = t.sort_descending;
    }

    const int columns = kColCriteria + (int)criteria.size();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_Resizable;
    if (columns > 64 || !ImGui::BeginTable("grid", columns, flags)) return;
    // The grid moves its own cursor: ImGui's keyboard navigation (arrows, Tab) stays out of this window.
    ImGui::GetCurrentWindow()->Flags |= ImGuiWindowFlags_NoNavInputs;
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableSetupColumn("Rank", ImGuiTableColumnFlags_DefaultSort, em(3));
    ImGui::TableSetupColumn("Account", 0, em(14));
    ImGui::TableSetupColumn("Tier", 0, em(8));
    ImGui::TableSetupColumn("Total", ImGuiTableColumnFlags_PreferSortDescending, em(4));
    ImGui::TableSetupColumn("Missing", 0, em(4));
    for (const Criterion& c : criteria) ImGui::TableSetupColumn(c.name.c_str(), ImGuiTableColumnFlags_PreferSortDescending, em(6));
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < columns; column++) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        expose_item("grid/header/" + std::string(ImGui::TableGetColumnName(column)));
        if (column >= kColCriteria && !criteria[column - kColCriteria].description.empty())
            ImGui::SetItemTooltip("%s", criteria[column - kColCriteria].description.c_str());
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            t.sort_column = specs->Specs[0].ColumnIndex;
            t.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
    }

    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    const bool moved = focused && handle_keys(app, criteria);
    if (!focused && t.editing) commit_cell(app, criteria);   // clicked elsewhere: keep what was typed

    const Scorer scorer(criteria, scheme.missing);
    ImGuiListClipper clipper;
    clipper.Begin((int)t.shown.size());
    if (moved || t.editing) clipper.IncludeItemByIndex(t.cursor_row);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            const int index = t.shown[row];
            const Account& a = ws.accounts[index];
            const AccountScore& s = scoring.scores[index];
            ImGui::PushID(index);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (scoring.rank[index] > 0) ImGui::Text("%d", scoring.rank[index]);
            ImGui::TableNextColumn();
            if (ImGui::Selectable(a.name.c_str(), a.id == app.selected_account)) app.selected_account = a.id;
            ImGui::TableNextColumn();
            tier_badge(scheme, scoring.tiers[index]);
            expose_text("grid/tier/" + a.name, tier_name(scheme, scoring.tiers[index].effective));
            ImGui::TableNextColumn();
            if (s.has_total) ImGui::Text("%.1f", s.total);
            else ImGui::TextDisabled("missing");
            ImGui::TableNextColumn();
            if (s.missing > 0) ImGui::TextColored(vec4(palette().warning), "%d", s.missing);

            const std::vector<std::optional<double>> values = scorer.values(a);
            for (int c = 0; c < (int)criteria.size(); c++) {
                ImGui::TableNextColumn();
                ImGui::PushID(c);
                const bool at_cursor = row == t.cursor_row && c == t.cursor_column;
                if (at_cursor && t.editing) {
                    draw_cell_editor(t);
                } else {
                    char text[32] = "\xE2\x80\x94";   // an em dash for a missing score
                    if (values[c]) std::snprintf(text, sizeof(text), "%g", *values[c]);
                    if (ImGui::Selectable(text, at_cursor, ImGuiSelectableFlags_AllowDoubleClick)) {
                        t.cursor_row = row;
                        t.cursor_column = c;
                        if (ImGui::IsMouseDoubleClicked(0)) start_editing(t, values[c] ? format_number(*values[c]) : "");
                    }
                    expose_item("grid/cell/" + a.name + "/" + std::to_string(c));
                }
                if (at_cursor && moved) ImGui::ScrollToItem();
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace kam::ui

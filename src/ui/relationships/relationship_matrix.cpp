// KAM Canvas: the relationship matrix of the selected account: their people as rows, our
// people as columns, each cell the strength of that relationship. A click steps a cell
// through 1, 2, 3, 0; a focused cell also takes the keys 0-3, and Delete clears it. Every
// change is one undo step. Sortable by name, power or total; totals in the top row and in the
// Total column; only the visible rows are drawn, so thousands of contacts stay smooth.
//
// Index
// [SECTION] Cells
// [SECTION] The table
#include "ui/relationships/map_filter_bar.h"
#include "ui/test_hooks.h"
#include "ui/relationships/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace kam::ui {

//-----------------------------------------------------------------------------
// [SECTION] Cells
//-----------------------------------------------------------------------------

static ImU32 strength_color(int strength) {
    static const ImVec4 kColors[] = {
        {0.55f, 0.55f, 0.55f, 0.25f},   // 0: known, no relationship
        {0.35f, 0.60f, 0.90f, 0.25f},   // 1: weak
        {0.35f, 0.60f, 0.90f, 0.50f},   // 2: good
        {0.35f, 0.60f, 0.90f, 0.80f},   // 3: strong
    };
    return ImGui::GetColorU32(kColors[std::clamp(strength, kCoverageMin, kCoverageMax)]);
}

static void set_cell(AppState& app, const Account& account, const Id& person, const Id& contact, int strength) {
    Account edited = account;
    if (set_coverage_strength(edited, app.doc.ws(), person, contact, strength) && edited != account)
        app.doc.set_account(std::move(edited), "Set coverage");
}

// Draws one cell; returns the strength the user asked for, or kNoCoverage when untouched.
static int draw_cell(int strength, const char* tooltip_person, const char* tooltip_contact) {
    if (strength != kNoCoverage) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, strength_color(strength));
    // "###cell": the id stays when the shown number changes, so the cell keeps keyboard focus.
    char text[16];
    snprintf(text, sizeof(text), "%c###cell", strength == kNoCoverage ? '-' : (char)('0' + strength));
    int wanted = kNoCoverage;
    if (ImGui::Selectable(text)) wanted = strength == kNoCoverage ? 1 : (strength + 1) % (kCoverageMax + 1);
    if (ImGui::IsItemFocused()) {
        for (int s = kCoverageMin; s <= kCoverageMax; s++)
            if (ImGui::IsKeyPressed((ImGuiKey)(ImGuiKey_0 + s), false)) wanted = s;
        if (ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) wanted = 0;
    }
    ImGui::SetItemTooltip("%s - %s: %s\nClick to step 1, 2, 3, 0; or type 0-3.", tooltip_person, tooltip_contact,
                          strength == kNoCoverage ? "no relationship recorded" : std::string(coverage_label(strength)).c_str());
    return wanted;
}

//-----------------------------------------------------------------------------
// [SECTION] The table
//-----------------------------------------------------------------------------

enum MatrixColumn { Column_Contact, Column_Power, Column_Total, Column_FirstPerson };

// A table holds at most 512 columns (Dear ImGui's limit), three of them ours.
static constexpr size_t kMaxPeopleColumns = 500;

// The user sorts by clicking a header; the table's sort specs become the matrix's options.
static void read_sort_specs(MatrixOptions& options) {
    const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs) return;
    options.sort = MatrixSort::Contact;
    options.descending = false;
    if (specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    options.sort = s.ColumnIndex == Column_Contact ? MatrixSort::Name : s.ColumnIndex == Column_Power ? MatrixSort::Power : MatrixSort::Total;
    options.descending = s.SortDirection == ImGuiSortDirection_Descending;
}

// Another account: its own rows filter as the user left it (none the first time), never the
// last account's, whose departments would silently hide this one's rows.
static void follow_account(RelationshipViews& views, const Id& account) {
    if (views.matrix_account == account) return;
    if (!views.matrix_account.empty()) views.matrix_filter_by_account[views.matrix_account] = std::move(views.matrix.filter);
    views.matrix.filter = std::move(views.matrix_filter_by_account[account]);
    views.matrix_filter_by_account.erase(account);
    views.matrix_account = account;
}

void draw_relationship_matrix(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const Account* account = ws.find_account(app.selected_account);
    if (!account) {
        note("Select an account on the left to see who of our team knows whom.");
        return;
    }
    RelationshipViews& views = app.relationship_views;
    follow_account(views, account->id);
    draw_map_filter_bar("matrix/filter", views.matrix.filter, *account);
    ImGui::Checkbox("Whole team", &views.matrix.whole_team);
    expose_item("matrix/whole-team");
    help_marker("Columns for everyone in Our team, not only the account team (anyone covering a contact here is always shown).");
    row_note("Click a cell to step its strength 1, 2, 3, 0; or focus it and type 0-3. Double-click a name to find it on the map.");

    const CoverageMatrix& m = views.matrix_cache.get(app.doc.revision(), account->id, views.matrix, [&] {
        return build_coverage_matrix(*account, ws, views.matrix);
    });
    if (account->contacts.empty()) {
        ImGui::TextDisabled("No contacts yet: add them on the map.");
        return;
    }
    const size_t people = std::min(m.people.size(), kMaxPeopleColumns);
    if (people < m.people.size()) ImGui::TextDisabled("Showing the first %d people.", (int)people);

    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_HighlightHoveredColumn;
    if (!ImGui::BeginTable("matrix", (int)(Column_FirstPerson + people), flags)) return;
    ImGui::TableSetupScrollFreeze(Column_FirstPerson, 3);   // names, power, totals; headers and the totals row
    ImGui::TableSetupColumn("Contact", ImGuiTableColumnFlags_NoHide, em(14));
    ImGui::TableSetupColumn("Power", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, em(3.5f));
    ImGui::TableSetupColumn("Total", ImGuiTableColumnFlags_PreferSortDescending, em(3.5f));
    for (size_t k = 0; k < people; k++) {
        const Person* p = ws.find_person(m.people[k]);
        ImGui::TableSetupColumn(p ? p->name.c_str() : m.people[k].c_str(), ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_AngledHeader, em(2.5f));
    }
    read_sort_specs(views.matrix);
    ImGui::TableAngledHeadersRow();
    ImGui::TableHeadersRow();

    // Totals per person, kept in view while scrolling.
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("Total (%d contacts)", (int)m.rows.size());
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::Text("%d", m.total);
    for (size_t k = 0; k < people; k++) {
        ImGui::TableNextColumn();
        if (m.people[k] == views.matrix_focus_person) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
        ImGui::Text("%d", m.column_totals[k]);
        expose_text("matrix/column-total/" + m.people[k], std::to_string(m.column_totals[k]));
    }

    // Requests are applied after the table: the matrix being drawn is the one in the cache.
    Id edit_person, edit_contact;
    int edit_strength = kNoCoverage;
    ImGuiListClipper clipper;
    clipper.Begin((int)m.rows.size());
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            const Contact& c = account->contacts[m.rows[row]];
            ImGui::PushID(c.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(c.name.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) && ImGui::IsMouseDoubleClicked(0))
                app.map_fly_to = c.id;   // the main window brings the map forward
            if (!c.title.empty()) ImGui::SetItemTooltip("%s", c.title.c_str());
            expose_item("matrix/contact/" + c.id);
            ImGui::TableNextColumn();
            ImGui::Text("%d", c.power);
            ImGui::TableNextColumn();
            ImGui::Text("%d", m.row_totals[row]);
            expose_text("matrix/row-total/" + c.id, std::to_string(m.row_totals[row]));
            for (size_t k = 0; k < people; k++) {
                ImGui::TableNextColumn();
                ImGui::PushID((int)k);
                const Person* p = ws.find_person(m.people[k]);
                const int wanted = draw_cell(m.cell(row, k), p ? p->name.c_str() : m.people[k].c_str(), c.name.c_str());
                expose_item("matrix/cell/" + c.id + "/" + m.people[k]);
                if (wanted != kNoCoverage) edit_person = m.people[k], edit_contact = c.id, edit_strength = wanted;
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (edit_strength != kNoCoverage) set_cell(app, *account, edit_person, edit_contact, edit_strength);
}

}  // namespace kam::ui

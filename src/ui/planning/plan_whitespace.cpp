// KAM Canvas: the whitespace grid of one account: its business units or sites (rows) against our
// offerings (columns, the same for every account), each cell sold, in progress, an opportunity,
// held by a competitor, or not relevant; totals per row and column. Arrows move the selected
// cell, Enter (or a double-click) edits it, Delete clears it; its contacts can be shown on the map.
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "core/planning/planning.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

#include <cmath>
#include <cstdio>

namespace kam::ui {

static std::string cell_label(const WhitespaceCell* c) {
    if (!c || c->status == CellStatus::Unknown) return "-";
    switch (c->status) {
    case CellStatus::Sold: return "Sold " + short_amount_text(c->value);
    case CellStatus::InProgress: return "Pipeline " + short_amount_text(c->value);
    case CellStatus::Opportunity: return "Opportunity " + short_amount_text(c->value);
    case CellStatus::Competitor: return c->competitor.empty() ? "Competitor" : c->competitor;
    default: return "Not relevant";
    }
}

static ImU32 cell_color(CellStatus status) {
    switch (status) {   // the same meaning as the attitude palette: green ours, amber open, red theirs
    case CellStatus::Sold: return IM_COL32(120, 190, 120, 150);
    case CellStatus::InProgress: return IM_COL32(120, 170, 230, 150);
    case CellStatus::Opportunity: return IM_COL32(240, 200, 90, 150);
    case CellStatus::Competitor: return IM_COL32(230, 120, 110, 150);
    case CellStatus::NotRelevant: return IM_COL32(200, 200, 200, 120);
    default: return 0;
    }
}

// Puts 'cell' in the grid as one undoable edit; a cell not assessed and naming nobody is taken out.
static void put_cell(AppState& app, const Account& a, const WhitespaceCell& cell, const std::string& merge_key) {
    edit_plan(app, a, "Edit whitespace cell", merge_key, [&](Plan& p) {
        std::erase_if(p.whitespace, [&](const WhitespaceCell& c) { return c.unit == cell.unit && c.offering == cell.offering; });
        if (cell.status != CellStatus::Unknown || !cell.contacts.empty()) p.whitespace.push_back(cell);
    });
}

// The selected cell's editor (a popup): status, value, competitor, and their people involved.
static void draw_cell_editor(AppState& app, const Account& a) {
    if (!ImGui::BeginPopup("cell")) return;
    PlanView& v = app.plan_view;
    const WhitespaceCell* found = a.plan.find_cell(v.cell_unit, v.cell_offering);
    WhitespaceCell c = found ? *found : WhitespaceCell{v.cell_unit, v.cell_offering};
    const std::string key = "plan/whitespace/" + c.unit + "/" + c.offering;
    FieldEdits edits;
    ImGui::SetNextItemWidth(em(12));
    if (enum_combo("Status", c.status, kCellStatusLabels)) edits.mark("status");
    expose_item("plan/cell/status");
    expose_text("plan/cell/status", std::string(kCellStatusLabels[static_cast<size_t>(c.status)]));
    if (c.status == CellStatus::Sold || c.status == CellStatus::InProgress || c.status == CellStatus::Opportunity) {
        static const char* kValueLabels[] = {"", "Current annual value", "Pipeline value", "Potential value"};
        ImGui::SetNextItemWidth(em(12));
        ImGui::InputDouble(kValueLabels[(int)c.status], &c.value, 0, 0, "%.0f");
        c.value = std::max(0.0, c.value);
        edits.track("value");
        expose_item("plan/cell/value");
    }
    if (c.status == CellStatus::Competitor) {
        ImGui::SetNextItemWidth(em(12));
        ImGui::InputTextWithHint("Competitor", "who holds it", &c.competitor);
        edits.track("competitor");
    }
    ImGui::TextUnformatted("Their people involved (users, specifiers)");
    if (ImGui::BeginChild("contacts", ImVec2(em(20), em(8)), ImGuiChildFlags_Border)) {
        for (const Contact& contact : a.contacts) {
            bool on = std::find(c.contacts.begin(), c.contacts.end(), contact.id) != c.contacts.end();
            if (ImGui::Checkbox((contact.name + "##" + contact.id).c_str(), &on)) {
                if (on) c.contacts.push_back(contact.id);
                else std::erase(c.contacts, contact.id);
                edits.mark("contacts");
            }
        }
    }
    ImGui::EndChild();
    if (ImGui::Button("Done") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    expose_item("plan/cell/done");
    if (edits.changed) put_cell(app, a, c, key + "/" + edits.field);
    if (edits.deactivated) app.doc.seal();
    ImGui::EndPopup();
}

static void draw_totals(const WhitespaceTotals& t, const std::string& key) {
    for (double value : {t.current, t.pipeline, t.potential, t.untapped()}) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(short_amount_text(value).c_str());
    }
    char text[96];
    std::snprintf(text, sizeof text, "%.0f/%.0f/%.0f/%.0f", t.current, t.pipeline, t.potential, t.untapped());
    expose_text(key, text);
}

static void draw_toolbar(AppState& app, const Account& a) {
    const Workspace& ws = app.doc.ws();
    if (ImGui::SmallButton("+ Unit or site")) {
        const Id id = app.doc.new_id('u');
        edit_plan(app, a, "Add unit", "", [&](Plan& p) { p.units.push_back({id, "New unit"}); });
    }
    expose_item("plan/units/add");
    ImGui::SameLine();
    if (ImGui::SmallButton("+ Offering")) {
        std::vector<Offering> offerings = ws.offerings;
        offerings.push_back({app.doc.new_id('f'), "New offering"});
        app.doc.set_offerings(std::move(offerings), "Add offering");
    }
    ImGui::SetItemTooltip("Our offerings are the same columns in every account");
    expose_item("plan/offerings/add");
    ImGui::SameLine();
    if (ImGui::SmallButton("Export CSV") && app.host.download) {
        app.host.download(a.name + " whitespace.csv", whitespace_csv(a.plan, ws.offerings));
        app.notify("Exported the whitespace grid of " + a.name + " as CSV");
    }
    expose_item("plan/whitespace/csv");
}

// Row and column names, edited in place (a unit is this account's; an offering, every account's).
static void draw_unit_name(AppState& app, const Account& a, size_t r) {
    std::string name = a.plan.units[r].name;
    ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::InputText("##unit", &name) && !name.empty())
        edit_plan(app, a, "Rename unit", "plan/unit/" + a.plan.units[r].id, [&](Plan& p) { p.units[r].name = name; });
    seal_when_left(app);
    expose_item("plan/unit/" + std::to_string(r));
    ImGui::SameLine();
    const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
    expose_item("plan/unit/" + std::to_string(r) + "/remove");
    if (remove) {
        const Id id = a.plan.units[r].id;
        edit_plan(app, a, "Remove unit", "", [&](Plan& p) {
            std::erase_if(p.whitespace, [&](const WhitespaceCell& c) { return c.unit == id; });
            p.units.erase(p.units.begin() + r);
            drop_links_to_missing_cells(p, app.doc.ws().offerings);
        });
    }
}

// Removing an offering takes its column out of every account, in one undoable step; when that
// column holds anything, the user confirms first.
static void draw_offering_removal(AppState& app, const Offering& offering, const std::string& key) {
    const Workspace& ws = app.doc.ws();
    const auto remove = [&] {
        const size_t cells = offering_use(ws, offering.id).cells;
        OfferingRemoval r = remove_offering(ws, offering.id);
        app.doc.set_offerings_and_accounts(std::move(r.offerings), std::move(r.accounts), "Remove offering " + offering.name);
        app.notify("Removed the offering " + offering.name + (cells ? " and its " + std::to_string(cells) + " cells" : std::string()) + ". Undo brings it back.");
    };
    ImGui::SameLine();
    if (ImGui::SmallButton("\xE2\x9C\x95")) {   // ✕
        if (offering_use(ws, offering.id).cells == 0) remove();
        else ImGui::OpenPopup("remove");
    }
    ImGui::SetItemTooltip("Remove this offering from every account");
    expose_item(key + "/remove");
    if (!ImGui::BeginPopupModal("remove", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const OfferingUse use = offering_use(ws, offering.id);
    ImGui::Text("Remove %s from every account?", offering.name.c_str());
    ImGui::Text("Its column holds %zu cells in %zu accounts. Undo brings them back.", use.cells, use.accounts);
    if (ImGui::Button("Remove")) {
        remove();
        ImGui::CloseCurrentPopup();
    }
    expose_item(key + "/remove/confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

static void draw_offering_names(AppState& app) {
    const Workspace& ws = app.doc.ws();
    if (ws.offerings.empty()) return;
    const bool open = ImGui::TreeNode("Our offerings (every account's columns)");
    expose_item("plan/offerings");
    if (!open) return;
    for (size_t i = 0; i < ws.offerings.size(); i++) {
        ImGui::PushID((int)i);
        const std::string key = "plan/offering/" + std::to_string(i);
        std::string name = ws.offerings[i].name;
        ImGui::SetNextItemWidth(em(16));
        if (ImGui::InputText("##offering", &name) && !name.empty()) {
            std::vector<Offering> offerings = ws.offerings;
            offerings[i].name = name;
            app.doc.set_offerings(std::move(offerings), "Rename offering", "offering/" + ws.offerings[i].id);
        }
        seal_when_left(app);
        expose_item(key);
        const Offering offering = ws.offerings[i];   // a copy: the removal replaces the catalogue
        draw_offering_removal(app, offering, key);
        ImGui::PopID();
    }
    ImGui::TreePop();
}

void draw_plan_whitespace(AppState& app, const Account& a) {
    const Workspace& ws = app.doc.ws();
    PlanView& v = app.plan_view;
    draw_toolbar(app, a);
    draw_offering_names(app);
    const std::vector<Offering>& offerings = ws.offerings;
    if (a.plan.units.empty() || offerings.empty()) {
        note("Add the customer's business units or sites, and our offerings, to see where we sell.");
        return;
    }
    const WhitespaceSummary totals = whitespace_totals(a.plan, offerings);
    // The cells by row and column, found again after an edit in this frame (it moves them).
    WhitespaceGrid grid = whitespace_grid(a.plan, offerings);
    uint64_t grid_revision = app.doc.revision();
    const int columns = 1 + (int)offerings.size() + 4;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg;
    const float height = std::min<float>(a.plan.units.size() + 2.5f, 16) * ImGui::GetFrameHeightWithSpacing();
    if (!ImGui::BeginTable("whitespace", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Unit or site", ImGuiTableColumnFlags_WidthFixed, em(11));
    for (const Offering& o : offerings) ImGui::TableSetupColumn(o.name.c_str(), ImGuiTableColumnFlags_WidthFixed, em(7.5f));
    for (const char* total : {"Current", "Pipeline", "Potential", "Untapped"})
        ImGui::TableSetupColumn(total, ImGuiTableColumnFlags_WidthFixed, em(4.5f));
    ImGui::TableHeadersRow();
    // The cell editor's popup belongs to the grid, not to a cell's id scope: the cells ask for it.
    const bool editing = ImGui::IsPopupOpen("cell");
    bool edit_cell = false;
    for (size_t r = 0; r < a.plan.units.size(); r++) {
        ImGui::PushID((int)r);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        draw_unit_name(app, a, r);
        if (r >= a.plan.units.size()) {   // it removed itself
            ImGui::PopID();
            break;
        }
        const BusinessUnit& unit = a.plan.units[r];
        for (size_t c = 0; c < offerings.size(); c++) {
            ImGui::TableNextColumn();
            if (grid_revision != app.doc.revision()) grid = whitespace_grid(a.plan, offerings), grid_revision = app.doc.revision();
            const WhitespaceCell* cell = grid.at(r, c);
            if (cell && cell_color(cell->status)) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, cell_color(cell->status));
            const bool selected = v.cell_unit == unit.id && v.cell_offering == offerings[c].id;
            ImGui::PushID((int)c);
            if (selected && v.scroll_to_cell) {   // a SWOT link led here
                ImGui::SetScrollHereY(0.5f);
                ImGui::SetKeyboardFocusHere();
                v.scroll_to_cell = false;
            }
            if (ImGui::Selectable(cell_label(cell).c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                v.cell_unit = unit.id, v.cell_offering = offerings[c].id;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) edit_cell = true;
            }
            // The keyboard: arrows move the focus from cell to cell (Dear ImGui's navigation) and the
            // selection follows it; Enter edits the cell, Delete clears it.
            if (ImGui::IsItemFocused() && !editing) {
                v.cell_unit = unit.id, v.cell_offering = offerings[c].id;
                if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) edit_cell = true;
                if (ImGui::IsKeyPressed(ImGuiKey_Delete) && cell) put_cell(app, a, {unit.id, offerings[c].id}, "");
            }
            if (cell && !cell->contacts.empty()) ImGui::SetItemTooltip("%zu of their people involved", cell->contacts.size());
            const std::string name = "plan/cell/" + std::to_string(r) + "/" + std::to_string(c);
            expose_item(name);
            expose_text(name, cell_label(cell));
            ImGui::PopID();
        }
        draw_totals(totals.rows[r], "plan/whitespace/row/" + std::to_string(r));
        ImGui::PopID();
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Total");
    for (size_t c = 0; c < offerings.size(); c++) {
        ImGui::TableNextColumn();
        const WhitespaceTotals& t = totals.columns[c];
        ImGui::Text("%s of %s", short_amount_text(t.current).c_str(), short_amount_text(t.potential).c_str());
        ImGui::SetItemTooltip("Current %.0f, pipeline %.0f, potential %.0f, untapped %.0f", t.current, t.pipeline, t.potential, t.untapped());
    }
    draw_totals(totals.all, "plan/whitespace/total");
    if (edit_cell) ImGui::OpenPopup("cell");
    draw_cell_editor(app, a);
    ImGui::EndTable();

    // The selected cell's people: on the map at a click.
    if (const WhitespaceCell* cell = a.plan.find_cell(v.cell_unit, v.cell_offering); cell && !cell->contacts.empty()) {
        std::string names;
        for (const Id& id : cell->contacts)
            if (const Contact* c = a.find_contact(id)) names += (names.empty() ? "" : ", ") + c->name;
        ImGui::TextWrapped("Their people involved: %s", names.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Show on the map")) {
            app.map.selection = std::set<Id>(cell->contacts.begin(), cell->contacts.end());
            app.request_tab = "Map";
        }
        expose_item("plan/cell/show_on_map");
    }
}

}  // namespace kam::ui

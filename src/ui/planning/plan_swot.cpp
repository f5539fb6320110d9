// KAM Canvas: the SWOT: four lists of items, each reorderable, each marked for who may see it,
// each linkable to a contact or an objective (the arrow follows the link).
#include "ui/planning/plan_widgets.h"
#include "ui/planning/views.h"

#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui_stdlib.h"

#include <utility>

namespace kam::ui {

struct SwotList {
    const char* title;
    const char* key;   // JSON name, and the tests' name
    std::vector<SwotItem> Plan::*items;
    PlanList list;
};
static constexpr SwotList kSwotLists[] = {
    {"Strengths", "strengths", &Plan::strengths, PlanList::Strengths},
    {"Weaknesses", "weaknesses", &Plan::weaknesses, PlanList::Weaknesses},
    {"Opportunities", "opportunities", &Plan::opportunities, PlanList::Opportunities},
    {"Threats", "threats", &Plan::threats, PlanList::Threats},
};

// "Aarhus DC × Warehouse automation"; "" when either is gone.
static std::string cell_name(const Account& a, const std::vector<Offering>& offerings, const Id& unit, const Id& offering) {
    const BusinessUnit* u = a.plan.find_unit(unit);
    const auto o = std::find_if(offerings.begin(), offerings.end(), [&](const Offering& x) { return x.id == offering; });
    if (!u || o == offerings.end()) return "";
    return u->name + " \xC3\x97 " + o->name;
}

static std::string link_label(const Account& a, const std::vector<Offering>& offerings, const SwotItem& item) {
    if (item.link == ItemLink::Contact)
        if (const Contact* c = a.find_contact(item.target)) return c->name;
    if (item.link == ItemLink::Objective)
        if (const Objective* o = a.plan.find_objective(item.target)) return o->text.empty() ? "(objective)" : o->text;
    if (item.link == ItemLink::Cell) return cell_name(a, offerings, item.target, item.offering);
    return "";
}

// The link of an item: nothing, one of the account's contacts, one of its objectives, or an
// assessed cell of its whitespace grid.
static bool link_combo(SwotItem& item, const Account& a, const std::vector<Offering>& offerings) {
    bool changed = false;
    const std::string current = link_label(a, offerings, item);
    if (ImGui::BeginCombo("Link", current.empty() ? "no link" : current.c_str())) {
        if (ImGui::Selectable("no link", item.link == ItemLink::None)) {
            changed = item.link != ItemLink::None;
            item.unlink();
        }
        ImGui::SeparatorText("Objectives");
        for (const Objective& o : a.plan.objectives)
            if (ImGui::Selectable((o.text.empty() ? "(objective)" : o.text + "##" + o.id).c_str(), item.link == ItemLink::Objective && item.target == o.id))
                item.link = ItemLink::Objective, item.target = o.id, item.offering.clear(), changed = true;
        ImGui::SeparatorText("Contacts");
        for (const Contact& c : a.contacts)
            if (ImGui::Selectable((c.name + "##" + c.id).c_str(), item.link == ItemLink::Contact && item.target == c.id))
                item.link = ItemLink::Contact, item.target = c.id, item.offering.clear(), changed = true;
        ImGui::SeparatorText("Whitespace cells");
        for (const WhitespaceCell& cell : a.plan.whitespace) {
            const std::string name = cell_name(a, offerings, cell.unit, cell.offering);
            if (name.empty() || cell.status == CellStatus::Unknown) continue;
            const bool linked = item.link == ItemLink::Cell && item.target == cell.unit && item.offering == cell.offering;
            if (ImGui::Selectable((name + " (" + cell_text(&cell) + ")##" + cell.unit + cell.offering).c_str(), linked))
                item.link = ItemLink::Cell, item.target = cell.unit, item.offering = cell.offering, changed = true;
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The "..." of an item: who may see it, and what it links to.
static void item_options(SwotItem& item, const Account& a, const std::vector<Offering>& offerings, FieldEdits& edits) {
    if (!ImGui::BeginPopup("options")) return;
    ImGui::SetNextItemWidth(em(14));
    if (enum_combo("Customer sees it", item.visibility, kVisibilityLabels)) edits.mark("visibility");
    expose_item("plan/swot_options/visibility");
    ImGui::SetNextItemWidth(em(14));
    if (link_combo(item, a, offerings)) edits.mark("link");
    ImGui::EndPopup();
}

// A click on a linked item's arrow: the contact on the map, the objective or the cell in the plan.
static void follow(AppState& app, const SwotItem& item) {
    if (item.link == ItemLink::Contact) app.map_fly_to = item.target;
    if (item.link == ItemLink::Objective) app.plan_view.scroll_to_objective = item.target;
    if (item.link == ItemLink::Cell) {
        app.plan_view.cell_unit = item.target, app.plan_view.cell_offering = item.offering;
        app.plan_view.scroll_to_cell = true;
    }
}

static void draw_list(AppState& app, const Account& a, const SwotList& list) {
    const std::vector<SwotItem>& items = a.plan.*list.items;
    ImGui::SeparatorText(list.title);
    const std::string base = std::string("plan/") + list.key + "/";
    // Up and down move an item past the next one shown (in the customer-safe view, past what is hidden too).
    const std::vector<int> rows = shown_rows(app, items, list.list);
    for (size_t row = 0; row < rows.size(); row++) {
        const size_t i = (size_t)rows[row];
        ImGui::PushID(rows[row]);
        SwotItem item = items[i];
        FieldEdits edits;
        ImGui::BeginDisabled(row == 0);
        const bool up = ImGui::ArrowButton("up", ImGuiDir_Up);
        ImGui::EndDisabled();
        ImGui::SameLine(0, 0);
        ImGui::BeginDisabled(row + 1 == rows.size());
        const bool down = ImGui::ArrowButton("down", ImGuiDir_Down);
        ImGui::EndDisabled();
        ImGui::SameLine();
        // The text takes the room; a tag says when the customer's view differs from the section's rule.
        const char* tag = item.visibility == Visibility::Internal ? "internal" : item.visibility == Visibility::Shared ? "shared" : nullptr;
        const ImGuiStyle& style = ImGui::GetStyle();
        const float buttons = ImGui::CalcTextSize("\xE2\x86\x92...\xE2\x9C\x95").x + 6 * style.FramePadding.x + 3 * style.ItemSpacing.x +
                              (tag ? ImGui::CalcTextSize(tag).x + style.ItemSpacing.x : 0);
        ImGui::SetNextItemWidth(std::max(em(6), ImGui::GetContentRegionAvail().x - buttons));
        ImGui::InputTextWithHint("##text", "what is it?", &item.text);
        edits.track("text");
        expose_item(base + std::to_string(i) + "/text");
        if (tag) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tag);
        }
        ImGui::SameLine();
        // The whitespace grid is not in the customer-safe view: a link to a cell leads nowhere there.
        const bool hidden_link = customer_safe(app) && item.link == ItemLink::Cell;
        const std::string linked = hidden_link ? "" : link_label(a, app.doc.ws().offerings, item);
        ImGui::BeginDisabled(linked.empty());
        if (ImGui::SmallButton("\xE2\x86\x92")) follow(app, item);   // →
        ImGui::EndDisabled();
        if (!linked.empty()) ImGui::SetItemTooltip("Go to %s", linked.c_str());
        expose_item(base + std::to_string(i) + "/follow");
        ImGui::SameLine();
        if (ImGui::SmallButton("...")) ImGui::OpenPopup("options");
        ImGui::SetItemTooltip("Who sees it, and what it links to");
        expose_item(base + std::to_string(i) + "/options");
        item_options(item, a, app.doc.ws().offerings, edits);
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("\xE2\x9C\x95");
        if (edits.changed)
            edit_plan(app, a, std::string("Edit ") + list.title, base + std::to_string(i) + "/" + edits.field,
                      [&](Plan& p) { (p.*list.items)[i] = item; });
        if (edits.deactivated) app.doc.seal();
        if (up || down)
            edit_plan(app, a, std::string("Reorder ") + list.title, "", [&](Plan& p) {
                std::vector<SwotItem>& v = p.*list.items;
                std::swap(v[i], v[rows[up ? row - 1 : row + 1]]);
            });
        if (remove) edit_plan(app, a, std::string("Remove from ") + list.title, "", [&](Plan& p) { (p.*list.items).erase((p.*list.items).begin() + i); });
        ImGui::PopID();
        if (remove || up || down) break;   // the rows moved: the next frame lists them again
    }
    if (ImGui::SmallButton((std::string("+ ") + list.title).c_str()))
        edit_plan(app, a, std::string("Add to ") + list.title, "", [&](Plan& p) { (p.*list.items).push_back({"", new_item_visibility(app)}); });
    expose_item(base + "add");
}

void draw_plan_swot(AppState& app, const Account& a) {
    if (!customer_safe(app)) note("Internal items never show in the customer-safe view; weaknesses and threats show only when shared.");
    // Two lists side by side where each gets room for a readable line of text, else one under another
    // (a large UI scale, a narrow window).
    const int columns = ImGui::GetContentRegionAvail().x >= em(44) ? 2 : 1;
    if (!ImGui::BeginTable("swot", columns, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) return;
    for (const SwotList& list : kSwotLists) {
        ImGui::TableNextColumn();
        ImGui::PushID(list.key);
        draw_list(app, a, list);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace kam::ui

// KAM Canvas: the relationship map of the selected account: an ImDrawList canvas where the
// client's people are cards, the lines between them show reporting, influence, conflict and
// our coverage, and our account team stands in a column beside them.
// The canvas works out what the user did (dragged cards, drew a line, pressed Delete) and
// commits it through app.doc as one undo step; the view (pan, zoom, selection) is view
// state in app.map. Only what is on screen is hit-tested and drawn.
//
// Index
// [SECTION] Edits (each one undo step)
// [SECTION] Toolbar
// [SECTION] Filter and highlighted coverage
// [SECTION] Pictures (Export PNG)
// [SECTION] What is visible, what is under the mouse
// [SECTION] Mouse
// [SECTION] Keyboard
// [SECTION] Context menu
// [SECTION] The canvas
#include "core/relationships/map_edits.h"
#include "core/relationships/org_layout.h"
#include "core/io/validate.h"
#include "ui/relationships/map_draw.h"
#include "ui/relationships/map_filter_bar.h"
#include "ui/test_hooks.h"
#include "ui/relationships/views.h"
#include "ui/style.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_internal.h"   // SetKeyOwner: arrows and Tab move cards, not the keyboard focus
#include "imgui_stdlib.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <utility>

namespace kam::ui {

static constexpr float kNudge = 10.0f, kBigNudge = 50.0f;   // arrow keys, in map units
static constexpr float kLineHitPixels = 6.0f;

static std::vector<Id> selected_ids(const MapState& m) { return {m.selection.begin(), m.selection.end()}; }

static std::string line_label(LineKind kind) {
    switch (kind) {
    case LineKind::ReportsTo: return "reporting line";
    case LineKind::Influence: return "influence";
    case LineKind::Conflict: return "conflict";
    default: return "coverage";
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Edits (each one undo step)
//-----------------------------------------------------------------------------

// Gap between cards, in map units: where new cards go, and in the org chart.

// A new card at 'world', or the nearest free spot if a card is there already: "+ Contact"
// pressed again and again must not stack the new cards on each other.
static void add_contact_at(AppState& app, const Account& account, ImVec2 world) {
    Account a = account;
    const Id id = app.doc.new_id('c');
    const CardPosition p = free_card_position(account, std::round(world.x), std::round(world.y), kCardWidth, kCardHeight, kCardGapX);
    add_contact(a, id, p.x, p.y);
    app.doc.set_account(std::move(a), "Add contact");
    app.map.selection = {id};
    app.map.selected_line = {};
}

// "+ Contact" and N: a new card in the middle of the canvas.
static void add_contact_in_middle(AppState& app, const Account& account, const Box& canvas) {
    const ImVec2 middle = app.map.view.to_world(canvas.center());
    add_contact_at(app, account, ImVec2(middle.x - kCardWidth / 2, middle.y - kCardHeight / 2));
}

static bool erase_line(Account& a, const LineKey& key) {
    if (key.kind == LineKind::Coverage)
        return std::erase_if(a.coverage, [&](const Coverage& c) { return c.person == key.from && c.contact == key.to; }) > 0;
    return std::erase_if(a.links, [&](const Link& l) {
               return l.from == key.from && l.to == key.to && l.kind == static_cast<LinkKind>(key.kind);
           }) > 0;
}

static void delete_selection(AppState& app, const Account& account) {
    MapState& m = app.map;
    Account a = account;
    if (!m.selection.empty()) {
        const int n = remove_contacts(a, selected_ids(m));
        m.selection.clear();
        if (n == 0) return;
        app.doc.set_account(std::move(a), n == 1 ? "Delete contact" : "Delete contacts");
        app.notify("Deleted " + std::to_string(n) + (n == 1 ? " contact" : " contacts") + " and their lines. Edit > Undo brings them back.");
    } else if (!m.selected_line.empty() && erase_line(a, m.selected_line)) {
        app.doc.set_account(std::move(a), "Delete " + line_label(m.selected_line.kind));
        m.selected_line = {};
    }
}

// Ends a line drawn from m.link_from to the contact 'to'; a refused line says why.
static void finish_line(AppState& app, const Account& account, LineKind kind, const Id& from, const Id& to) {
    Account a = account;
    const std::string error = kind == LineKind::Coverage ? add_coverage(a, app.doc.ws().team, {from, to, 2, ""})
                                                         : add_link(a, {from, to, static_cast<LinkKind>(kind), 2});
    if (!error.empty()) return app.notify(error, true);
    app.doc.set_account(std::move(a), "Add " + line_label(kind));
    app.map.selected_line = {kind, from, to};
}

static void move_selection(AppState& app, const Account& account, ImVec2 delta, const char* merge_key) {
    if (app.map.selection.empty() || (delta.x == 0 && delta.y == 0)) return;
    Account a = account;
    move_contacts(a, selected_ids(app.map), delta.x, delta.y);
    app.doc.set_account(std::move(a), app.map.selection.size() == 1 ? "Move contact" : "Move contacts", merge_key);
}

// Starts drawing a line from a contact (our person, for coverage); a click on a card ends it.
static void start_line(MapState& m, LineKind kind, const Id& from) {
    m.linking = kind;
    m.link_from = from;
    m.link_by_keyboard = false;
}

// Opens the context menu for a contact, one of our people, a line, or empty space at 'world'.
static void open_menu(MapState& m, ImVec2 world, Id contact, Id person, LineKey line) {
    m.menu_world = world;
    m.menu_contact = std::move(contact);
    m.menu_person = std::move(person);
    m.menu_line = std::move(line);
    m.linking = LineKind::COUNT;
    if (!m.menu_contact.empty() && !m.selection.count(m.menu_contact)) m.selection = {m.menu_contact};
    if (!m.menu_line.empty()) m.selected_line = m.menu_line;
    ImGui::OpenPopup("map/menu");
}

// Selects the contact and brings its card to the middle of the canvas, zooming in to a
// readable size if the map is zoomed far out.
static void fly_to(MapState& m, int card, const Box& canvas, const Id& id) {
    m.selection = {id};
    m.selected_line = {};
    m.view.scale = std::max(m.view.scale, 0.8f);
    m.view.center_on(m.scene.cards[card].center(), canvas.center());
}

// Lays the account out as an org chart from its reporting lines, in place (from the top-left of
// its cards), keeping the cards in 'keep' where they are; one undo step, then shows it all.
static void arrange(AppState& app, const Account& account, const std::set<Id>& keep) {
    if (account.contacts.empty()) return;
    OrgLayoutOptions options = map_layout_options();
    options.origin_x = options.origin_y = 1e30f;
    for (const Contact& c : account.contacts) {
        options.origin_x = std::min(options.origin_x, c.x);
        options.origin_y = std::min(options.origin_y, c.y);
    }
    options.keep.insert(keep.begin(), keep.end());
    Account a = account;
    apply_layout(a, org_chart_layout(account, options));
    if (a.contacts == account.contacts) return app.notify("The map is arranged as an org chart already.");
    app.doc.set_account(std::move(a), "Arrange as org chart");
    app.map.fit_pending = true;
}

// Shows the whole map, beside the legend when it is open, and never larger than life size
// (map units are font-sized at scale em(1) / 15).
static void fit_map(MapState& m, Box canvas) {
    if (m.show_legend) canvas.max.x = std::max(canvas.min.x + em(10), canvas.max.x - map_legend_width(m.customer_safe, canvas.width()) - em(0.5f));
    m.view.fit(m.scene.bounds, canvas, em(2), em(1) / 15.0f);
}

//-----------------------------------------------------------------------------
// [SECTION] Toolbar
//-----------------------------------------------------------------------------

static float checkbox_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

// "Arrange" and its choices: all cards, or all but the selected ones.
static void arrange_button(AppState& app, const Account& account) {
    MapState& m = app.map;
    if (ImGui::Button("Arrange")) ImGui::OpenPopup("map/arrange");
    ImGui::SetItemTooltip(
        "Lays the map out as an org chart from its reporting lines: managers above their reports, no card on another.\n"
        "To keep some cards where you put them, select them first (click, Ctrl+click or Shift+drag) and choose\n"
        "\"keeping the selected cards\". One step: Edit > Undo puts every card back.");
    expose_item("map/arrange");
    if (!ImGui::BeginPopup("map/arrange")) return;
    if (ImGui::MenuItem("Arrange all cards")) arrange(app, account, {});
    expose_item("map/arrange/all");
    const size_t n = m.selection.size();
    const std::string keep = n == 0   ? "Arrange, keeping selected cards where they are (select some first)"
                             : n == 1 ? "Arrange, keeping the selected card where it is"
                                      : "Arrange, keeping the " + std::to_string(n) + " selected cards where they are";
    if (ImGui::MenuItem((keep + "###keep").c_str(), nullptr, false, n > 0)) arrange(app, account, m.selection);
    expose_item("map/arrange/keep");
    ImGui::EndPopup();
}

// "Export PNG": a picture of the current view or of the whole map, for slides. The next frame
// draws it, once the menu is closed (see take_picture()).
static void export_png_button(MapState& m) {
    if (ImGui::Button("Export PNG")) ImGui::OpenPopup("map/export_png");
    expose_item("map/export_png");
    if (!ImGui::BeginPopup("map/export_png")) return;
    if (ImGui::MenuItem("Current view")) m.picture = MapPicture::CurrentView;
    expose_item("map/export_png/view");
    if (ImGui::MenuItem("Whole map (fitted)")) m.picture = MapPicture::Fitted;
    expose_item("map/export_png/fitted");
    ImGui::EndPopup();
}

// Which lines the map draws, and the legend: in the toolbar's row, or one under another in a popup.
static void line_and_legend_checkboxes(MapState& m, bool in_popup) {
    for (int k = 0; k < static_cast<int>(LineKind::COUNT); k++) {
        const LineKind kind = static_cast<LineKind>(k);
        static constexpr const char* kShort[] = {"Reports", "Influence", "Conflict", "Coverage"};
        if (!in_popup) next_in_toolbar(checkbox_width(kShort[k]));
        ImGui::BeginDisabled(kind == LineKind::Conflict && m.customer_safe);
        ImGui::Checkbox(kShort[k], &m.show_lines[k]);
        ImGui::SetItemTooltip("Show %s lines", line_kind_label(kind));
        ImGui::EndDisabled();
        expose_item(std::string("map/show/") + kShort[k]);
    }
    if (!in_popup) next_in_toolbar(checkbox_width("Legend"));
    ImGui::Checkbox("Legend", &m.show_legend);
    expose_item("map/show/Legend");
}

// Returns true when "+ Contact" was pressed (the contact goes in the middle of the canvas,
// which is placed after the toolbar).
static bool draw_toolbar(AppState& app, const Account& account) {
    MapState& m = app.map;
    const bool add_contact = ImGui::Button("+ Contact");
    expose_item("map/add_contact");
    ImGui::SameLine();
    arrange_button(app, account);
    ImGui::SameLine();
    if (ImGui::Button("Fit")) m.fit_pending = true;
    expose_item("map/fit");
    // Presenting, the lines and the legend fold behind one button: at a workshop's large scale
    // the toolbar would otherwise take three rows of a laptop's screen (two with them folded).
    const bool folded = app.workshop.presenting;
    if (folded) {
        next_in_toolbar(ImGui::CalcTextSize("Show").x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button("Show")) ImGui::OpenPopup("map/show_menu");
        ImGui::SetItemTooltip("Which lines the map draws, and its legend");
        expose_item("map/show");
    }
    if (!folded || ImGui::BeginPopup("map/show_menu")) {
        line_and_legend_checkboxes(m, folded);
        if (folded) ImGui::EndPopup();
    }
    next_in_toolbar(checkbox_width("Customer-safe view"));
    customer_safe_checkbox(m.customer_safe, "For meetings where the customer sees the screen: hides attitudes, chess pieces, conflict lines and private notes.");
    expose_item("map/customer_safe");
    next_in_toolbar(ImGui::CalcTextSize("Export PNG").x + ImGui::GetStyle().FramePadding.x * 2 + em(2));
    export_png_button(m);
    help_marker(
        "Mouse: drag empty space or the middle button to pan, the wheel to zoom, drag cards to move them, Shift+drag to "
        "select several, Ctrl+click to add to the selection, double-click to edit, right-click for more; click one of our "
        "people to highlight their coverage.\n"
        "Touch: two fingers pinch to zoom and move together to pan; one finger taps and drags like the mouse.\n"
        "Keyboard (click the map first): Tab / Shift+Tab next / previous card, arrows move (Shift: further), Enter edits, "
        "L starts a line (Tab to the other end, Enter adds it), M opens the card's menu, N adds a contact, Delete "
        "removes, F fits the map, Esc cancels.");
    if (m.customer_safe && m.selected_line.kind == LineKind::Conflict) m.selected_line = {};
    return add_contact;
}

//-----------------------------------------------------------------------------
// [SECTION] Filter and highlighted coverage
//-----------------------------------------------------------------------------

// Enter in the name search flies to the next contact (in reading order) that the filter keeps.
static void find_next(AppState& app, const Account& account) {
    const MapState& m = app.map;
    const std::vector<int> order = contacts_in_reading_order(account);
    size_t start = 0;
    for (size_t k = 0; k < order.size(); k++)
        if (m.selection.count(account.contacts[order[k]].id)) start = k + 1;
    for (size_t k = 0; k < order.size(); k++) {
        const Contact& c = account.contacts[order[(start + k) % order.size()]];
        if (m.filter.matches(c)) return void(app.map_fly_to = c.id);
    }
    app.notify("No contact in " + account.name + " matches the filter.");
}

// Clicking one of our people in the team column (or choosing them here) highlights their
// coverage; clicking them again, Escape or "Nobody" ends it.
static void toggle_highlight(MapState& m, const Id& person) { m.highlight = m.highlight == person ? Id() : person; }

// The filter bar, and whose coverage stands out.
static void draw_filters(AppState& app, const Account& account) {
    MapState& m = app.map;
    bool search_entered = false;
    draw_map_filter_bar("map/filter", m.filter, account, &search_entered);
    if (search_entered) find_next(app, account);

    const Workspace& ws = app.doc.ws();
    const Person* highlighted = ws.find_person(m.highlight);
    const std::string preview = highlighted ? "Coverage of " + highlighted->name : "Highlight coverage of...";
    next_in_toolbar(em(12));
    ImGui::SetNextItemWidth(em(12));
    if (ImGui::BeginCombo("##highlight", preview.c_str())) {
        if (ImGui::Selectable("Nobody", m.highlight.empty())) m.highlight.clear();
        for (const Id& id : m.scene.team) {
            const Person* p = ws.find_person(id);
            if (ImGui::Selectable(p ? p->name.c_str() : id.c_str(), id == m.highlight)) m.highlight = id;
            expose_item("map/highlight/" + id);
        }
        ImGui::EndCombo();
    }
    ImGui::SetItemTooltip("Brings out the contacts one of our people covers, and their lines; the rest fades.\n"
                          "Or click the person in the team column on the map (again, or Escape, to end it).");
    expose_item("map/highlight");
}

// The filter row: the filters, and how many cards they leave standing out. Presenting, it folds
// behind one button: at a workshop's large scale its controls wrap onto rows the map needs (five
// at 300% on a laptop).
static void draw_filter_row(AppState& app, const Account& account) {
    MapState& m = app.map;
    if (std::find(m.scene.team.begin(), m.scene.team.end(), m.highlight) == m.scene.team.end()) m.highlight.clear();   // left the team column
    const bool folded = app.workshop.presenting && !m.filters_open;
    if (app.workshop.presenting) {
        const bool on = m.filter.active() || !m.highlight.empty();
        const char* label = !folded ? "Hide filters" : on ? "Filters (on)" : "Filters";
        if (ImGui::SmallButton((std::string(label) + "###filters").c_str())) m.filters_open = !m.filters_open;
        expose_item("map/filters");
        expose_text("map/filters", label);
    }
    if (!folded) draw_filters(app, account);
    expose_text("map/highlight", m.highlight);

    update_map_focus(m.focus, m.scene, account, m.filter, m.highlight);
    if (!m.focus.active) return expose_text("map/matching", "");
    const std::string matching = std::to_string(m.focus.matching) + " of " + std::to_string(account.contacts.size());
    next_in_toolbar(ImGui::CalcTextSize((matching + " stand out").c_str()).x);
    ImGui::Text("%s stand out", matching.c_str());
    ImGui::SetItemTooltip("Contacts the filter and the highlighted coverage leave out are drawn faint.");
    expose_text("map/matching", matching);
}

//-----------------------------------------------------------------------------
// [SECTION] Pictures (Export PNG)
//-----------------------------------------------------------------------------

// "<account> map.png", without the characters file systems refuse in a name.
static std::string picture_filename(const std::string& account_name) {
    static constexpr std::string_view kRefused = "/\\:*?\"<>|";
    std::string name = account_name.empty() ? "Relationship" : account_name;
    for (char& ch : name)
        if (static_cast<unsigned char>(ch) < 32 || kRefused.find(ch) != std::string_view::npos) ch = '_';
    return name + " map.png";
}

// Asks the app to save the canvas's pixels of this frame (the part inside the window).
static void take_picture(AppState& app, const Account& account, Box canvas) {
    const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin(), clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    canvas = {ImMax(canvas.min, clip_min), ImMin(canvas.max, clip_max)};
    const std::string filename = picture_filename(account.name);
    app.screenshot = {canvas.min.x, canvas.min.y, canvas.width(), canvas.height(), filename};
    app.notify("Exported " + filename);
}

//-----------------------------------------------------------------------------
// [SECTION] What is visible, what is under the mouse
//-----------------------------------------------------------------------------

static void find_visible(MapFrame& f, const Box& world) {
    const MapState& m = *f.map;
    const MapScene& s = m.scene;
    for (int i = 0; i < static_cast<int>(s.cards.size()); i++)
        if (s.cards[i].overlaps(world)) f.cards.push_back(i);
    for (int i = 0; i < static_cast<int>(s.team_cards.size()); i++)
        if (s.team_cards[i].overlaps(world)) f.team.push_back(i);
    for (int i = 0; i < static_cast<int>(s.lines.size()); i++) {
        const SceneLine& l = s.lines[i];
        if (!m.shows(l.kind)) continue;
        const ImVec2 a = s.from_box(l).center(), b = s.to_box(l).center();
        if (std::max(a.x, b.x) < world.min.x || std::min(a.x, b.x) > world.max.x || std::max(a.y, b.y) < world.min.y ||
            std::min(a.y, b.y) > world.max.y)
            continue;   // the cheap tests first: most off-screen lines stop here,
        if (world.contains(a) || world.contains(b) || segment_touches_box(a, b, world)) f.lines.push_back(i);   // most on-screen ones here
    }
}

// Far out, tens of thousands of lines blur into one haze that costs more to draw than the
// rest of the map: draw the org chart and the politics first, up to a budget, and say what
// was left out. Returns how many lines were left out.
static size_t thin_far_lines(MapFrame& f) {
    constexpr size_t kFarLineBudget = 12000;
    if (f.detailed || f.lines.size() <= kFarLineBudget) return 0;
    constexpr LineKind kOrder[] = {LineKind::ReportsTo, LineKind::Conflict, LineKind::Coverage, LineKind::Influence};
    std::vector<int> kept;
    kept.reserve(kFarLineBudget);
    for (LineKind kind : kOrder)
        for (int i : f.lines)
            if (kept.size() < kFarLineBudget && f.map->scene.lines[i].kind == kind) kept.push_back(i);
    const size_t left_out = f.lines.size() - kept.size();
    f.lines = std::move(kept);
    return left_out;
}

// Topmost visible card under the world point (cards drawn later are on top), or -1.
static int hit(const std::vector<int>& visible, const std::vector<Box>& boxes, ImVec2 world) {
    for (auto it = visible.rbegin(); it != visible.rend(); ++it)
        if (boxes[*it].contains(world)) return *it;
    return -1;
}

static int hit_line(const MapFrame& f, ImVec2 mouse) {
    const MapState& m = *f.map;
    for (auto it = f.lines.rbegin(); it != f.lines.rend(); ++it) {
        const SceneLine& l = m.scene.lines[*it];
        const std::vector<MapPoint> path = line_path(m.scene, l);
        for (size_t k = 1; k < path.size(); k++)
            if (distance_to_segment(mouse, m.view.to_screen(ImVec2(path[k - 1].x, path[k - 1].y)), m.view.to_screen(ImVec2(path[k].x, path[k].y))) <= kLineHitPixels)
                return *it;
    }
    return -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Mouse
//-----------------------------------------------------------------------------

// Panning and zooming first, before anything is found visible, so a frame of panning
// culls once, for the new view.
static void handle_view_input(MapState& m, bool hovered, bool active, const TouchGesture& touch, const Box& canvas) {
    const ImGuiIO& io = ImGui::GetIO();
    // Two fingers on a touch screen pinch and pan about their centre.
    if (touch.moved && canvas.contains(touch.from)) m.view.pinch(touch.from, touch.to, touch.zoom);
    // Zoom at the cursor. Browsers report a pinch on a touchpad as Ctrl + wheel: the same.
    if (hovered && io.MouseWheel != 0.0f) m.view.zoom_at(io.MousePos, std::pow(1.15f, io.MouseWheel));
    // Middle or right button (touchpads without a middle button), or the left on empty space.
    if (active && (ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f) || ImGui::IsMouseDragging(ImGuiMouseButton_Right)))
        m.view.pan(io.MouseDelta);
    if (m.drag == MapDrag::Pan && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) m.drag_moved = true;
        m.view.pan(io.MouseDelta);
    }
}

// The first finger of a pinch presses the (emulated) left button, which may have started a pan
// or a card drag: the gesture takes over, and whatever moved so far stays one undo step.
static void end_drag_for_gesture(AppState& app) {
    MapState& m = app.map;
    if (m.drag == MapDrag::None) return;
    m.drag = MapDrag::None;
    m.drag_person.clear();
    app.doc.seal();
}

static void handle_mouse(AppState& app, const Account& account, MapFrame& f, bool hovered) {
    MapState& m = app.map;
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 world = m.view.to_world(io.MousePos);
    const int card = hovered ? hit(f.cards, m.scene.cards, world) : -1;
    const int team = hovered && card < 0 ? hit(f.team, m.scene.team_cards, world) : -1;
    f.hovered_card = card;
    f.hovered_team = team;

    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        m.drag_moved = false;
        if (m.linking != LineKind::COUNT) {
            if (card >= 0) finish_line(app, account, m.linking, m.link_from, account.contacts[card].id);
            m.linking = LineKind::COUNT;
        } else if (card >= 0) {
            const Id& id = account.contacts[card].id;
            m.selected_line = {};
            if (io.KeyCtrl) {
                if (!m.selection.erase(id)) m.selection.insert(id);
            } else {
                if (!m.selection.count(id)) m.selection = {id};
                m.drag = MapDrag::MoveCards;
                m.drag_card = id;
            }
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                m.edit_contact = id;
                m.drag = MapDrag::None;
            }
        } else if (team >= 0) {
            // A click highlights the person's coverage; a drag from their card pans.
            m.drag = MapDrag::Pan;
            m.drag_person = m.scene.team[team];
        } else if (io.KeyShift) {
            m.drag = MapDrag::BoxSelect;
            m.drag_start_world = world;
            m.selection_before_box = io.KeyCtrl ? m.selection : std::set<Id>{};
        } else {
            const int line = hit_line(f, io.MousePos);
            m.selected_line = line >= 0 ? line_key(account, m.scene.lines[line]) : LineKey{};
            if (!io.KeyCtrl) m.selection.clear();
            m.drag = MapDrag::Pan;
        }
    }

    if (m.drag != MapDrag::None && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const ImVec2 d = io.MouseDelta;
        if (d.x != 0 || d.y != 0) m.drag_moved = true;
        if (m.drag == MapDrag::MoveCards) move_selection(app, account, ImVec2(d.x / m.view.scale, d.y / m.view.scale), "map/move");
        if (m.drag == MapDrag::BoxSelect) {
            const Box box = Box::spanning(m.drag_start_world, world);
            m.selection = m.selection_before_box;
            for (int i : f.cards)
                if (box.overlaps(m.scene.cards[i])) m.selection.insert(account.contacts[i].id);
        }
    } else if (m.drag != MapDrag::None) {
        // A click on one of several selected cards, without moving, selects just that one.
        if (m.drag == MapDrag::MoveCards && !m.drag_moved) m.selection = {m.drag_card};
        if (!m.drag_person.empty() && !m.drag_moved) toggle_highlight(m, m.drag_person);
        m.drag_person.clear();
        app.doc.seal();   // the drag was one undo step; the next one starts a new step
        m.drag = MapDrag::None;
    }

    if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right) && !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Right)) {
        const int line = card < 0 && team < 0 ? hit_line(f, io.MousePos) : -1;
        open_menu(m, world, card >= 0 ? account.contacts[card].id : Id(), team >= 0 ? m.scene.team[team] : Id(),
                  line >= 0 ? line_key(account, m.scene.lines[line]) : LineKey{});
    }
}

static void line_or_card_tooltip(const AppState& app, const Account& account, const MapFrame& f) {
    const MapState& m = app.map;
    if (f.hovered_card >= 0) return ImGui::SetTooltip("%s", account.contacts[f.hovered_card].name.c_str());
    if (f.hovered_team >= 0) {
        const Id& id = m.scene.team[f.hovered_team];
        const Person* p = app.doc.ws().find_person(id);
        return ImGui::SetTooltip("%s: click to %s coverage", p ? p->name.c_str() : id.c_str(), id == m.highlight ? "stop highlighting their" : "highlight their");
    }
    const int line = hit_line(f, ImGui::GetIO().MousePos);
    if (line < 0) return;
    const SceneLine& l = m.scene.lines[line];
    const Person* person = l.kind == LineKind::Coverage ? app.doc.ws().find_person(m.scene.team[l.from]) : nullptr;
    const std::string& from = person ? person->name : account.contacts[l.from].name;
    const std::string& to = account.contacts[l.to].name;
    if (l.kind != LineKind::Coverage) return ImGui::SetTooltip("%s: %s -> %s (strength %d)", line_kind_label(l.kind), from.c_str(), to.c_str(), l.strength);
    const std::string& last = account.coverage[l.index].last_contact;
    ImGui::SetTooltip("%s covers %s (strength %d), last contact %s", from.c_str(), to.c_str(), l.strength, last.empty() ? "unknown" : last.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

// Tab / Shift+Tab: the next / previous card in reading order, brought into view.
static void step_selection(MapState& m, const Account& account, const Box& canvas, int step) {
    const std::vector<int> order = contacts_in_reading_order(account);
    if (order.empty()) return;
    int at = -1;
    for (int k = 0; k < static_cast<int>(order.size()); k++)
        if (m.selection.count(account.contacts[order[k]].id)) at = k;
    const int n = static_cast<int>(order.size());
    const int next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    const int card = order[next];
    m.selection = {account.contacts[card].id};
    m.selected_line = {};
    if (!canvas.contains(m.view.to_screen(m.scene.cards[card]))) m.view.center_on(m.scene.cards[card].center(), canvas.center());
}

static void handle_keyboard(AppState& app, const Account& account, const Box& canvas, ImGuiID canvas_id, bool focused) {
    MapState& m = app.map;
    if (!focused || ImGui::GetIO().WantTextInput) return;
    // While the map has the focus these keys are the map's, not the focus navigation's.
    for (ImGuiKey key : {ImGuiKey_Tab, ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Escape})
        ImGui::SetKeyOwner(key, canvas_id);
    const bool shift = ImGui::GetIO().KeyShift, ctrl = ImGui::GetIO().KeyCtrl;
    if (ImGui::IsKeyPressed(ImGuiKey_Tab)) step_selection(m, account, canvas, shift ? -1 : 1);
    const float step = shift ? kBigNudge : kNudge;
    ImVec2 nudge(0, 0);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) nudge.x -= step;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) nudge.x += step;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) nudge.y -= step;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) nudge.y += step;
    move_selection(app, account, nudge, "map/nudge");
    if (ctrl) return;   // Ctrl+key belongs to the menus (undo, text size)
    const bool one = m.selection.size() == 1;
    if (m.linking != LineKind::COUNT && m.link_by_keyboard) {
        // Drawing a line by keyboard: Tab chooses the other end, a letter the kind.
        if (ImGui::IsKeyPressed(ImGuiKey_R)) m.linking = LineKind::ReportsTo;
        if (ImGui::IsKeyPressed(ImGuiKey_I)) m.linking = LineKind::Influence;
        if (ImGui::IsKeyPressed(ImGuiKey_C) && !m.customer_safe) m.linking = LineKind::Conflict;
        if (ImGui::IsKeyPressed(ImGuiKey_Enter) && one) {
            finish_line(app, account, m.linking, m.link_from, *m.selection.begin());
            m.linking = LineKind::COUNT;
        }
    } else if (ImGui::IsKeyPressed(ImGuiKey_Enter) && one) {
        m.edit_contact = *m.selection.begin();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_L) && one) {
        start_line(m, LineKind::Influence, *m.selection.begin());
        m.link_by_keyboard = true;
    }
    const int card = one ? m.scene.find_contact(*m.selection.begin()) : -1;
    if (ImGui::IsKeyPressed(ImGuiKey_M) && card >= 0) {   // the card's context menu, then arrows and Enter
        open_menu(m, m.scene.cards[card].center(), account.contacts[card].id, {}, {});
        ImGui::SetNextWindowPos(m.view.to_screen(m.scene.cards[card].center()));
    }
    if (ImGui::IsKeyPressed(ImGuiKey_N)) add_contact_in_middle(app, account, canvas);
    if (ImGui::IsKeyPressed(ImGuiKey_Delete)) delete_selection(app, account);
    if (ImGui::IsKeyPressed(ImGuiKey_F)) m.fit_pending = true;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        if (m.linking != LineKind::COUNT) {
            m.linking = LineKind::COUNT;
        } else {
            m.selection.clear();
            m.selected_line = {};
            m.highlight.clear();
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Context menu
//-----------------------------------------------------------------------------

static void contact_menu(AppState& app, const Account& account) {
    MapState& m = app.map;
    const Workspace& ws = app.doc.ws();
    if (ImGui::MenuItem("Edit...", "Enter")) m.edit_contact = m.menu_contact;
    if (ImGui::BeginMenu("Add a line from here")) {
        if (ImGui::MenuItem("Reports to...")) start_line(m, LineKind::ReportsTo, m.menu_contact);
        expose_item("map/menu/line/reports");
        if (ImGui::MenuItem("Influences...")) start_line(m, LineKind::Influence, m.menu_contact);
        expose_item("map/menu/line/influence");
        if (!m.customer_safe && ImGui::MenuItem("Does not want us to talk to...")) start_line(m, LineKind::Conflict, m.menu_contact);
        expose_item("map/menu/line/conflict");
        ImGui::EndMenu();
    }
    expose_item("map/menu/line");
    if (ImGui::BeginMenu("Covered by", !ws.team.empty())) {
        for (const Person& p : ws.team) {
            if (ImGui::MenuItem(p.name.c_str())) finish_line(app, account, LineKind::Coverage, p.id, m.menu_contact);
            expose_item("map/menu/covered_by/" + p.id);
        }
        ImGui::EndMenu();
    }
    expose_item("map/menu/covered_by");
    ImGui::Separator();
    const size_t n = m.selection.size();
    if (ImGui::MenuItem(n > 1 ? ("Delete " + std::to_string(n) + " contacts").c_str() : "Delete contact", "Delete")) delete_selection(app, account);
    expose_item("map/menu/delete");
}

static void person_menu(AppState& app, const Account& account) {
    MapState& m = app.map;
    if (ImGui::MenuItem("Covers... (click a contact)")) start_line(m, LineKind::Coverage, m.menu_person);
    expose_item("map/menu/covers");
    const bool on_team = std::find(account.team.begin(), account.team.end(), m.menu_person) != account.team.end();
    if (on_team && ImGui::MenuItem("Remove from the account team")) {
        Account a = account;
        std::erase(a.team, m.menu_person);
        app.doc.set_account(std::move(a), "Remove from account team");
    }
}

static void line_menu(AppState& app, const Account& account) {
    MapState& m = app.map;
    const LineKey key = m.menu_line;
    Account a = account;
    const bool coverage = key.kind == LineKind::Coverage;
    int* strength = nullptr;
    std::string* last_contact = nullptr;
    for (Link& l : a.links)
        if (!coverage && l.from == key.from && l.to == key.to && l.kind == static_cast<LinkKind>(key.kind)) strength = &l.strength;
    for (Coverage& c : a.coverage)
        if (coverage && c.person == key.from && c.contact == key.to) strength = &c.strength, last_contact = &c.last_contact;
    if (!strength) return ImGui::CloseCurrentPopup();
    ImGui::TextDisabled("%s", line_kind_label(key.kind));
    const int lo = coverage ? kCoverageMin : kLinkStrengthMin, hi = coverage ? kCoverageMax : kLinkStrengthMax;
    bool changed = false;
    for (int s = lo; s <= hi; s++) {
        char label[32];
        std::snprintf(label, sizeof label, "Strength %d", s);
        if (ImGui::MenuItem(label, nullptr, *strength == s) && *strength != s) *strength = s, changed = true;
        expose_item("map/menu/strength/" + std::to_string(s));
    }
    if (last_contact) {
        ImGui::SetNextItemWidth(em(8));
        std::string date = *last_contact;
        if (ImGui::InputTextWithHint("Last contact", "YYYY-MM-DD", &date, ImGuiInputTextFlags_EnterReturnsTrue)) {
            if (date.empty() || is_valid_date(date)) *last_contact = date, changed = true;
            else app.notify("Last contact must be a date YYYY-MM-DD.", true);
        }
        if (app.host.today && ImGui::MenuItem("Contacted today")) *last_contact = app.host.today(), changed = true;
    }
    if (changed) app.doc.set_account(std::move(a), "Edit " + line_label(key.kind));
    ImGui::Separator();
    if (ImGui::MenuItem("Delete line", "Delete")) {
        Account b = account;
        if (erase_line(b, key)) app.doc.set_account(std::move(b), "Delete " + line_label(key.kind));
        m.selected_line = {};
    }
    expose_item("map/menu/delete_line");
}

static void canvas_menu(AppState& app, const Account& account) {
    MapState& m = app.map;
    if (ImGui::MenuItem("Add contact here", "N")) add_contact_at(app, account, m.menu_world);
    expose_item("map/menu/add_contact");
    const Workspace& ws = app.doc.ws();
    if (ImGui::BeginMenu("Add to our account team", ws.team.size() > account.team.size())) {
        for (const Person& p : ws.team) {
            if (std::find(account.team.begin(), account.team.end(), p.id) != account.team.end()) continue;
            if (ImGui::MenuItem(p.name.c_str())) {
                Account a = account;
                a.team.push_back(p.id);
                app.doc.set_account(std::move(a), "Add to account team");
            }
            expose_item("map/menu/add_team/" + p.id);
        }
        ImGui::EndMenu();
    }
    expose_item("map/menu/add_team");
    if (ImGui::MenuItem("Fit map to window", "F")) m.fit_pending = true;
}

static void draw_context_menu(AppState& app, const Account& account) {
    MapState& m = app.map;
    if (!ImGui::BeginPopup("map/menu")) return;
    if (!m.menu_contact.empty()) contact_menu(app, account);
    else if (!m.menu_person.empty()) person_menu(app, account);
    else if (!m.menu_line.empty()) line_menu(app, account);
    else canvas_menu(app, account);
    ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] The canvas
//-----------------------------------------------------------------------------

static void expose_visible(const MapFrame& f) {
    if (!item_exposure_enabled()) return;
    const MapState& m = *f.map;
    // Tests click a few cards; publishing thousands each frame would cost more than the map
    // itself and distort the benchmarks, which run with the hook on.
    constexpr size_t kMaxExposedCards = 1000;
    if (f.cards.size() <= kMaxExposedCards)
        for (int i : f.cards) {
            const Box b = m.view.to_screen(m.scene.cards[i]);
            const Contact& c = f.account->contacts[i];
            expose_rect("map/card/" + c.id, b.min.x, b.min.y, b.width(), b.height());
            if (f.card == CardDetail::Full && !m.customer_safe && c.development.has_target())
                expose_text("map/card/" + c.id + "/development", development_badge(c));
        }
    for (int i : f.team) {
        const Box b = m.view.to_screen(m.scene.team_cards[i]);
        expose_rect("map/team/" + m.scene.team[i], b.min.x, b.min.y, b.width(), b.height());
    }
    std::string selection;
    for (const Id& id : m.selection) selection += (selection.empty() ? "" : ",") + id;
    expose_text("map/selection", selection);
    expose_text("map/account", f.account->name);
    expose_text("map/zoom", std::to_string(m.view.scale));
    expose_text("map/visible", std::to_string(f.cards.size()) + " cards, " + std::to_string(f.lines.size()) + " lines");
    expose_text("map/customer_safe", m.customer_safe ? "on" : "off");
}

// Another account on the map: its own view and selection, and its own filter and highlight
// as the user left them (none the first time).
static void switch_account(MapState& m, const Id& account) {
    if (!m.account.empty()) m.focus_by_account[m.account] = {std::move(m.filter), std::move(m.highlight)};
    MapState::Focus& focus = m.focus_by_account[account];
    m.filter = std::move(focus.filter);
    m.highlight = std::move(focus.highlight);
    m.focus_by_account.erase(account);
    m.account = account;
    m.selection.clear();
    m.selected_line = {};
    m.linking = LineKind::COUNT;
    m.edit_contact.clear();
    m.fit_pending = true;
}

void draw_map_canvas(AppState& app) {
    const Account* found = app.doc.ws().find_account(app.selected_account);
    if (!found) {
        note("Select an account on the left to see its relationship map.");
        return;
    }
    const Account& account = *found;
    MapState& m = app.map;
    if (m.account != account.id) switch_account(m, account.id);
    if (!m.scene.is_current(account, app.doc.revision())) {
        build_scene(m.scene, account, app.doc.revision());
        std::erase_if(m.selection, [&](const Id& id) { return m.scene.find_contact(id) < 0; });
    }

    // A picture asked for in an earlier frame is drawn in this one: its menu is closed by now.
    // It shows no hover, selection, gesture in progress or contact editor; a fitted one shows
    // the whole map and the view returns afterwards.
    const MapPicture picture = std::exchange(m.picture, MapPicture::None);
    const bool add_contact_requested = draw_toolbar(app, account);
    if (!m.scene.is_current(account, app.doc.revision())) build_scene(m.scene, account, app.doc.revision());   // arranged
    draw_filter_row(app, account);

    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, em(10)), std::max(ImGui::GetContentRegionAvail().y, em(10)));
    const Box canvas{p0, ImVec2(p0.x + size.x, p0.y + size.y)};
    ImGui::InvisibleButton("map/canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight | ImGuiButtonFlags_MouseButtonMiddle);
    const ImGuiID canvas_id = ImGui::GetItemID();
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);   // the wheel zooms the map, not the window
    const bool hovered = ImGui::IsItemHovered() && picture == MapPicture::None, active = ImGui::IsItemActive(), focused = ImGui::IsItemFocused();
    expose_item("map/canvas");

    if (add_contact_requested) {
        add_contact_in_middle(app, account, canvas);
        build_scene(m.scene, account, app.doc.revision());
    }
    if (m.fit_pending) {
        fit_map(m, canvas);
        m.fit_pending = false;
    }
    if (!app.map_fly_to.empty()) {
        const int card = m.scene.find_contact(app.map_fly_to);
        if (card >= 0) fly_to(m, card, canvas, app.map_fly_to);
        app.map_fly_to.clear();
    }

    const TouchGesture touch = std::exchange(app.touch, {});
    if (touch.active) end_drag_for_gesture(app);
    handle_view_input(m, hovered, active, touch, canvas);
    MapFrame f;
    f.today = app.host.today ? app.host.today() : "";
    f.ws = &app.doc.ws();
    f.account = &account;
    f.map = &m;
    find_visible(f, m.view.to_world(canvas));
    const uint64_t revision = app.doc.revision();
    const MapView view = m.view;
    if (!touch.active) handle_mouse(app, account, f, hovered);
    handle_keyboard(app, account, canvas, canvas_id, focused);
    if (hovered && m.drag == MapDrag::None) line_or_card_tooltip(app, account, f);
    const MapView view_before_picture = m.view;
    if (picture == MapPicture::Fitted) fit_map(m, canvas);

    // Edits above may have changed the account or the view: then find what to draw again.
    const Account& now = *app.doc.ws().find_account(account.id);
    f.account = &now;
    if (app.doc.revision() != revision || m.view.origin.x != view.origin.x || m.view.origin.y != view.origin.y || m.view.scale != view.scale) {
        if (!m.scene.is_current(now, app.doc.revision())) build_scene(m.scene, now, app.doc.revision());
        f.cards.clear();
        f.team.clear();
        f.lines.clear();
        find_visible(f, m.view.to_world(canvas));
    }
    update_map_focus(m.focus, m.scene, now, m.filter, m.highlight);
    f.dl = ImGui::GetWindowDrawList();
    f.detailed = m.view.scale >= kDetailScale;
    f.readable_px = readable_px(ImGui::GetFontSize());
    f.card = card_detail(m.view.scale, f.readable_px);
    if (f.card != CardDetail::Full && f.cards.size() + f.team.size() > kMaxNamedCards) f.card = CardDetail::Colour;
    f.marks = picture == MapPicture::None;
    f.line_scale = ImGui::GetFontSize() / kBaseFontSize;
    const Palette& pal = palette();
    const size_t lines_left_out = thin_far_lines(f);

    f.dl->PushClipRect(canvas.min, canvas.max, true);
    f.dl->AddRectFilled(canvas.min, canvas.max, u32(pal.canvas));
    if (f.marks) draw_map_ghosts(f, canvas);
    draw_map_lines(f);
    const float team_name_px = draw_map_team(f);
    const float card_name_px = draw_map_cards(f);
    if (m.drag == MapDrag::BoxSelect && f.marks) {
        const Box box = m.view.to_screen(Box::spanning(m.drag_start_world, m.view.to_world(ImGui::GetIO().MousePos)));
        f.dl->AddRectFilled(box.min, box.max, IM_COL32(0, 114, 178, 40));
        f.dl->AddRect(box.min, box.max, IM_COL32(0, 114, 178, 200));
    }
    if (m.linking != LineKind::COUNT && f.marks) {
        const int from_card = m.linking == LineKind::Coverage ? -1 : m.scene.find_contact(m.link_from);
        const auto team_at = std::find(m.scene.team.begin(), m.scene.team.end(), m.link_from);
        const Box* from = from_card >= 0 ? &m.scene.cards[from_card]
                          : team_at != m.scene.team.end() ? &m.scene.team_cards[team_at - m.scene.team.begin()] : nullptr;
        const int target = m.link_by_keyboard && m.selection.size() == 1 ? m.scene.find_contact(*m.selection.begin()) : -1;
        const ImVec2 to = target >= 0 ? m.view.to_screen(m.scene.cards[target].center()) : ImGui::GetIO().MousePos;
        if (from && target != from_card) draw_link_preview(f.dl, m.view.to_screen(from->center()), to, m.linking);
        const char* hint = m.link_by_keyboard
                               ? "New line: Tab chooses the other contact; R reports to, I influences, C conflict; Enter adds; Esc cancels."
                               : "Click the other contact of the new line. Esc or a click on empty space cancels.";
        f.dl->AddText(ImVec2(canvas.min.x + em(0.5f), canvas.max.y - em(1.6f)), u32(pal.canvas_text), hint);
        expose_text("map/hint", hint);
    }
    const std::string thinned = lines_left_out == 0 ? std::string()
                                : "Zoomed out: " + std::to_string(f.lines.size()) + " of " + std::to_string(f.lines.size() + lines_left_out) +
                                      " lines drawn (reporting, conflict and coverage first). Zoom in to see every line.";
    if (!thinned.empty() && m.linking == LineKind::COUNT)
        f.dl->AddText(ImVec2(canvas.min.x + em(0.5f), canvas.max.y - em(1.6f)), u32(pal.canvas_text), thinned.c_str());
    expose_text("map/lines_left_out", std::to_string(lines_left_out));
    expose_text("map/name_px", std::to_string(smaller_name_px(card_name_px, team_name_px)));
    expose_text("map/card_detail", kCardDetailNames[(size_t)f.card]);
    if (f.marks && !m.changes.since.empty()) {   // what the marks mean
        const std::string text = "Since \"" + m.changes.since + "\": " + std::to_string(m.changes.changed.size()) + " changed (dot), " +
                                 std::to_string(m.changes.gone.size()) + " gone (dashed)";
        const ImVec2 p(canvas.min.x + em(1.2f), canvas.max.y - em(2.9f));
        f.dl->AddCircleFilled(ImVec2(p.x - em(0.6f), p.y + em(0.5f)), em(0.3f), IM_COL32(240, 228, 66, 255));
        f.dl->AddCircle(ImVec2(p.x - em(0.6f), p.y + em(0.5f)), em(0.3f), u32(pal.canvas_text), 0, 1.5f);
        f.dl->AddText(p, u32(pal.canvas_text), text.c_str());
    }
    if (item_exposure_enabled() && !m.changes.since.empty()) {   // what the marks say, for tests
        std::string changed;
        for (const Id& id : m.changes.changed) changed += (changed.empty() ? "" : ",") + id;
        expose_text("map/changed", changed);
        expose_text("map/changes_since", m.changes.since);
    }
    if (m.customer_safe) draw_customer_safe_banner(f.dl, canvas);
    if (m.scene.cards.empty())
        f.dl->AddText(ImVec2(canvas.min.x + em(1), canvas.min.y + em(2.5f)), u32(pal.canvas_text_muted),
                      "No contacts yet: right-click the map or press + Contact to add the first one.");
    // Contacts imported without positions all sit at one spot: say so, and what fixes it.
    const std::string stacked = m.scene.stacked == 0 ? std::string()
                                : std::to_string(m.scene.stacked) + (m.scene.stacked == 1 ? " card lies" : " cards lie") +
                                      " exactly on top of another (added without a position?): Arrange lays them out.";
    if (!stacked.empty()) f.dl->AddText(ImVec2(canvas.min.x + em(1), canvas.min.y + em(m.customer_safe ? 2.5f : 0.5f)), u32(pal.canvas_text), stacked.c_str());
    expose_text("map/stacked", stacked);
    f.dl->PopClipRect();
    expose_visible(f);

    draw_context_menu(app, now);
    if (m.show_legend) {
        // As wide as its text at this font size (a fixed width in em overflowed on HiDPI screens).
        const float legend_width = map_legend_width(m.customer_safe, canvas.width());
        const float top = canvas.min.y + em(m.customer_safe ? 2.5f : 0.5f);
        ImGui::SetCursorScreenPos(ImVec2(canvas.max.x - legend_width - em(0.5f), top));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(pal.canvas, 0.92f));
        // No taller than the map (a large UI scale on a short screen): then it scrolls.
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(em(4), canvas.max.y - top - em(0.5f))));
        if (ImGui::BeginChild("legend", ImVec2(legend_width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY)) draw_map_legend(m.customer_safe);
        ImGui::EndChild();
        expose_item("map/legend");
        ImGui::PopStyleColor();
    } else if (picture == MapPicture::None) {
        // Collapsed to one line in the corner, where the box opens again.
        const char* label = "Legend";
        ImGui::SetCursorScreenPos(ImVec2(canvas.max.x - ImGui::CalcTextSize(label).x - 2 * ImGui::GetStyle().FramePadding.x - em(0.5f),
                                         canvas.min.y + em(m.customer_safe ? 2.5f : 0.5f)));
        if (ImGui::SmallButton(label)) m.show_legend = true;
        ImGui::SetItemTooltip("Show the legend: what the colours, shapes and lines mean");
        expose_item("map/legend/open");
    }
    if (picture == MapPicture::None) draw_contact_editor(app, canvas);   // a window of its own over the map, below the toolbar
    if (picture != MapPicture::None) {
        take_picture(app, now, canvas);
        m.view = view_before_picture;
    }
}

}  // namespace kam::ui

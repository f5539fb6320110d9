// The relationship map driven with simulated mouse and keyboard input: pan, zoom at the
// cursor, drag cards, box-select, edit, add contacts and lines, delete, undo, the
// customer-safe view and keyboard-only editing.
#include "ui_harness.h"

#include "core/generate_workspace.h"
#include "ui/relationships/map_draw.h"
#include "ui/relationships/map_view.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <utility>

using kam::test::contact_at;
using kam::test::near;
using kam::test::UiHarness;
using namespace kam;

namespace {

// One account: Åsa at the top, Bo and Cecilia reporting to her, Cecilia blocking Bo;
// our Anna covers Åsa. Karl is on our team but not on this account's team.
Workspace map_workspace() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Anna Berg", "Account manager", ""}, {"p2", "Karl Ek", "Solution architect", ""}};
    Account a;
    a.id = "a1";
    a.name = "Nordic Test AB";
    a.team = {"p1"};
    a.contacts = {contact_at("c1", "Åsa Öberg", "", 0, 0), contact_at("c2", "Bo Lind", "", 220, 140),
                  contact_at("c3", "Cecilia Holm", "", 440, 140)};
    a.contacts[0].notes = "Prefers mornings";
    a.contacts[0].attitude = 2;
    a.contacts[0].piece = ChessPiece::King;
    a.links = {{"c2", "c1", LinkKind::ReportsTo, 1}, {"c3", "c1", LinkKind::ReportsTo, 1}, {"c3", "c2", LinkKind::Conflict, 2}};
    a.coverage = {{"p1", "c1", 3, "2026-10-01"}};
    ws.accounts = {a};
    ws.next_id = 100;
    return ws;
}

struct MapUi : UiHarness {
    MapUi() : UiHarness(map_workspace()) {
        app.selected_account = "a1";
        click("tab/map");
    }
    const Account& account() const { return app.doc.ws().accounts[0]; }
    const Contact& contact(const std::string& id) const {
        if (const Contact* c = account().find_contact(id)) return *c;
        throw std::runtime_error("no contact " + id);
    }
    bool has_contact(const std::string& id) const { return account().find_contact(id) != nullptr; }
    ImVec2 card(const std::string& id) const { return center("map/card/" + id); }
    ImVec2 screen_of(ImVec2 world) const { return app.map.view.to_screen(world); }
    // A point on the canvas away from every card and line.
    ImVec2 empty_spot() const {   // whole pixels, as ImGui rounds the mouse position
        const ImVec2 p = screen_of(ImVec2(500, -150));
        return ImVec2(std::floor(p.x), std::floor(p.y));
    }
    std::set<Id> selection() const { return app.map.selection; }
};

}  // namespace

TEST_CASE("map view: world and screen convert both ways, zoom keeps the point under the cursor") {
    ui::MapView v;
    v.origin = ImVec2(100, 50);
    v.scale = 0.5f;
    REQUIRE(near(v.to_screen(ImVec2(200, 100)), ImVec2(200, 100)));
    REQUIRE(near(v.to_world(v.to_screen(ImVec2(-37, 12))), ImVec2(-37, 12), 1e-3f));
    const ImVec2 cursor(321, 123), before = v.to_world(cursor);
    v.zoom_at(cursor, 1.7f);
    REQUIRE(v.scale == Approx(0.85f));
    REQUIRE(near(v.to_world(cursor), before, 1e-3f));
    v.zoom_at(cursor, 1e6f);   // limits hold
    REQUIRE(v.scale == ui::MapView::kMaxScale);
    v.fit({ImVec2(0, 0), ImVec2(1000, 500)}, {ImVec2(0, 0), ImVec2(520, 520)}, 10.0f);
    REQUIRE(v.scale == Approx(0.5f));
    REQUIRE(near(v.to_screen(ImVec2(500, 250)), ImVec2(260, 260)));
}

TEST_CASE("the map shows every contact, our team and the lines") {
    MapUi ui;
    for (const char* id : {"c1", "c2", "c3"}) REQUIRE(ui.has_item(std::string("map/card/") + id));
    REQUIRE(ui.has_item("map/team/p1"));
    REQUIRE_FALSE(ui.has_item("map/team/p2"));   // not on this account's team
    REQUIRE(ui.text("map/visible") == "3 cards, 4 lines");
}

TEST_CASE("dragging a card moves the contact, one undo puts it back") {
    MapUi ui;
    const float scale = ui.app.map.view.scale;
    const ImVec2 from = ui.card("c2");
    ui.drag(from, ImVec2(from.x + 100, from.y + 40));
    REQUIRE(ui.contact("c2").x == Approx(220 + 100 / scale).margin(0.5));
    REQUIRE(ui.contact("c2").y == Approx(140 + 40 / scale).margin(0.5));
    REQUIRE(ui.contact("c3").x == 440);   // only the dragged card moved
    REQUIRE(near(ui.card("c2"), ImVec2(from.x + 100, from.y + 40), 1.0f));

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // every frame of the drag was one step
    REQUIRE(ui.contact("c2").x == 220);
    REQUIRE(ui.contact("c2").y == 140);
    REQUIRE_FALSE(ui.app.doc.can_undo());
}

TEST_CASE("dragging empty space pans the view and changes nothing in the document") {
    MapUi ui;
    const ImVec2 before = ui.card("c1");
    const uint64_t revision = ui.app.doc.revision();
    ui.drag(ui.empty_spot(), ImVec2(ui.empty_spot().x - 60, ui.empty_spot().y + 30));
    REQUIRE(near(ui.card("c1"), ImVec2(before.x - 60, before.y + 30), 1.0f));
    REQUIRE(ui.app.doc.revision() == revision);
    // The middle button pans too, even over a card.
    ui.drag(ui.card("c2"), ImVec2(ui.card("c2").x + 25, ui.card("c2").y), 2);
    REQUIRE(near(ui.card("c1"), ImVec2(before.x - 35, before.y + 30), 1.0f));
    REQUIRE(ui.app.doc.revision() == revision);
}

TEST_CASE("the wheel zooms at the cursor: the point under it stays put") {
    MapUi ui;
    const ImVec2 p(std::floor(ui.card("c3").x), std::floor(ui.card("c3").y));   // ImGui rounds the mouse position
    const ImVec2 world = ui.app.map.view.to_world(p);
    const float scale = ui.app.map.view.scale;
    ui.wheel_at(p, 2);
    REQUIRE(ui.app.map.view.scale == Approx(scale * 1.15f * 1.15f));
    REQUIRE(near(ui.app.map.view.to_world(p), world, 0.01f));
    REQUIRE(near(ui.card("c3"), p, 2.0f));
    ui.wheel_at(p, -3);
    REQUIRE(ui.app.map.view.scale < scale);
    REQUIRE(near(ui.app.map.view.to_world(p), world, 0.01f));
}

TEST_CASE("Shift+drag selects the cards in the box, Delete removes them and their lines, undo restores") {
    MapUi ui;
    ui.drag(ui.screen_of(ImVec2(200, 120)), ui.screen_of(ImVec2(660, 270)), 0, ImGuiMod_Shift);
    REQUIRE(ui.selection() == std::set<Id>{"c2", "c3"});
    REQUIRE(ui.text("map/selection") == "c2,c3");
    ui.press(ImGuiKey_Delete);
    REQUIRE(ui.account().contacts.size() == 1);
    REQUIRE(ui.account().links.empty());         // every link touched c2 or c3
    REQUIRE(ui.account().coverage.size() == 1);  // Anna still covers Åsa
    REQUIRE_FALSE(ui.has_item("map/card/c2"));
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.account().contacts.size() == 3);
    REQUIRE(ui.account().links.size() == 3);
    REQUIRE(ui.has_item("map/card/c2"));
}

TEST_CASE("a click selects one card, Ctrl+click adds to the selection, a click on empty space clears it") {
    MapUi ui;
    ui.click_at(ui.card("c1"));
    REQUIRE(ui.selection() == std::set<Id>{"c1"});
    ui.click_at(ui.card("c3"), 0, ImGuiMod_Ctrl);
    REQUIRE(ui.selection() == std::set<Id>{"c1", "c3"});
    ui.frames(30);   // not a double-click
    // Dragging one of them moves both.
    const ImVec2 from = ui.card("c3");
    ui.drag(from, ImVec2(from.x, from.y + 50));
    const float dy = 50 / ui.app.map.view.scale;
    REQUIRE(ui.contact("c1").y == Approx(dy).margin(0.5));
    REQUIRE(ui.contact("c3").y == Approx(140 + dy).margin(0.5));
    REQUIRE(ui.contact("c2").y == 140);
    ui.click_at(ui.empty_spot());
    REQUIRE(ui.selection().empty());
}

TEST_CASE("double-click opens the editor, a typed name is one undo step") {
    MapUi ui;
    ui.double_click_at(ui.card("c2"));
    REQUIRE(ui.app.map.edit_contact == "c2");
    ui.fill("map/edit/name", "Bo Lindqvist");
    REQUIRE(ui.contact("c2").name == "Bo Lindqvist");
    ui.fill("map/edit/title", "Head of logistics");
    REQUIRE(ui.contact("c2").title == "Head of logistics");
    ui.fill("map/edit/name", "");   // refused: a contact needs a name
    REQUIRE(ui.contact("c2").name == "Bo Lindqvist");
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.contact("c2").title.empty());
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.contact("c2").name == "Bo Lind");
}

TEST_CASE("the customer-safe view hides attitude, notes and conflict lines, and says so") {
    MapUi ui;
    ui.double_click_at(ui.card("c1"));
    ImGui::SetWindowPos("###map_contact_editor", ImVec2(0, 300));   // clear of the toolbar's checkbox
    ui.frames(2);
    REQUIRE(ui.has_item("map/edit/notes"));
    REQUIRE(ui.has_item("map/edit/attitude"));
    ui.click("map/customer_safe");
    REQUIRE(ui.app.map.customer_safe);
    REQUIRE(ui.text("map/customer_safe") == "on");
    REQUIRE(ui.has_item("map/edit/name"));
    REQUIRE_FALSE(ui.has_item("map/edit/notes"));
    REQUIRE_FALSE(ui.has_item("map/edit/attitude"));
    REQUIRE(ui.text("map/visible") == "3 cards, 3 lines");   // the conflict line is gone
    ui.click("map/customer_safe");
    REQUIRE(ui.text("map/visible") == "3 cards, 4 lines");
}

TEST_CASE("line kinds are toggled on and off") {
    MapUi ui;
    ui.click("map/show/Reports");
    REQUIRE(ui.text("map/visible") == "3 cards, 2 lines");
    ui.click("map/show/Coverage");
    REQUIRE(ui.text("map/visible") == "3 cards, 1 lines");
}

TEST_CASE("right-click menus add a contact, a line and coverage") {
    MapUi ui;
    const ImVec2 spot = ui.empty_spot();
    const ImVec2 world = ui.app.map.view.to_world(spot);
    ui.right_click_at(spot);
    ui.click("map/menu/add_contact");
    REQUIRE(ui.account().contacts.size() == 4);
    const Contact added = ui.account().contacts.back();
    REQUIRE(added.x == Approx(world.x).margin(1));
    REQUIRE(added.y == Approx(world.y).margin(1));
    REQUIRE(ui.selection() == std::set<Id>{added.id});

    // Bo influences Cecilia: from Bo's menu, then a click on Cecilia.
    ui.right_click_at(ui.card("c2"));
    ui.click("map/menu/line");
    ui.click("map/menu/line/influence");
    REQUIRE(ui.text("map/hint").find("Click the other contact") == 0);
    ui.click_at(ui.card("c3"));
    const Link influence{"c2", "c3", LinkKind::Influence, 2};
    REQUIRE(std::find(ui.account().links.begin(), ui.account().links.end(), influence) != ui.account().links.end());

    // Karl covers Cecilia: he joins the team column.
    ui.right_click_at(ui.card("c3"));
    ui.click("map/menu/covered_by");
    ui.click("map/menu/covered_by/p2");
    REQUIRE(ui.account().coverage.size() == 2);
    REQUIRE(ui.account().coverage.back().person == "p2");
    REQUIRE(ui.has_item("map/team/p2"));

    // A refused line changes nothing and says why.
    ui.right_click_at(ui.card("c2"));
    ui.click("map/menu/line");
    ui.click("map/menu/line/influence");
    ui.click_at(ui.card("c3"));
    REQUIRE(ui.account().links.size() == 4);
    REQUIRE(ui.app.notice.text == "That link exists already.");
}

TEST_CASE("a line is selected with a click and removed with Delete") {
    MapUi ui;
    // The middle of Cecilia's conflict line to Bo (their cards are side by side).
    const ImVec2 mid = ui.screen_of(ImVec2(220 + 190 + 15, 140 + 52));
    ui.click_at(mid);
    REQUIRE(ui.app.map.selected_line.kind == ui::LineKind::Conflict);
    ui.press(ImGuiKey_Delete);
    REQUIRE(ui.account().links.size() == 2);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.account().links.size() == 3);
}

TEST_CASE("keyboard only: Tab steps through cards, arrows move them, L adds a line") {
    MapUi ui;
    ui.click_at(ui.empty_spot());   // the map takes the keyboard focus
    ui.press(ImGuiKey_Tab);
    REQUIRE(ui.selection() == std::set<Id>{"c1"});
    ui.press(ImGuiKey_Tab);
    REQUIRE(ui.selection() == std::set<Id>{"c2"});
    ui.press(ImGuiKey_Tab);
    REQUIRE(ui.selection() == std::set<Id>{"c3"});
    ui.press(ImGuiKey_Tab, ImGuiMod_Shift);
    REQUIRE(ui.selection() == std::set<Id>{"c2"});
    ui.press(ImGuiKey_RightArrow);
    ui.press(ImGuiKey_DownArrow, ImGuiMod_Shift);
    REQUIRE(ui.contact("c2").x == 230);
    REQUIRE(ui.contact("c2").y == 190);

    // A line by keyboard: L from Bo, Shift+Tab to Cecilia (Bo now comes after her in
    // reading order), C for conflict, Enter.
    ui.press(ImGuiKey_L);
    ui.press(ImGuiKey_Tab, ImGuiMod_Shift);
    REQUIRE(ui.selection() == std::set<Id>{"c3"});
    ui.press(ImGuiKey_C);
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.account().links.size() == 4);
    const Link conflict{"c2", "c3", LinkKind::Conflict, 2};
    REQUIRE(ui.account().links.back() == conflict);

    // M opens Cecilia's menu on "Edit...": down twice to "Covered by", right into it, Enter on Anna.
    ui.press(ImGuiKey_M);
    REQUIRE(ui.has_item("map/menu/covered_by"));
    ui.press(ImGuiKey_DownArrow);
    ui.press(ImGuiKey_DownArrow);
    ui.press(ImGuiKey_RightArrow);
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.account().coverage.size() == 2);
    REQUIRE(ui.account().coverage.back().contact == "c3");
}

TEST_CASE("a request to fly to a contact selects it and centres it, the search box does the same") {
    MapUi ui;
    ui.click("tab/team");   // the request brings the map to the front
    REQUIRE_FALSE(ui.has_item("map/canvas"));
    ui.app.map_fly_to = "c3";
    ui.frames(2);
    REQUIRE(ui.app.map_fly_to.empty());
    REQUIRE(ui.selection() == std::set<Id>{"c3"});
    REQUIRE(near(ui.card("c3"), ui.center("map/canvas"), 1.0f));

    ui.fill("map/filter/search", "åsa");   // not the same case: ASCII folding only, so type it as stored
    REQUIRE(ui.app.notice.text == "No contact in Nordic Test AB matches the filter.");
    ui.fill("map/filter/search", "Åsa");
    REQUIRE(ui.selection() == std::set<Id>{"c1"});
    REQUIRE(near(ui.card("c1"), ui.center("map/canvas"), 1.0f));
    ui.fill("map/filter/search", "lind");
    REQUIRE(ui.selection() == std::set<Id>{"c2"});
}

TEST_CASE("a line's menu changes its strength, our person's menu draws coverage") {
    MapUi ui;
    ui.right_click_at(ui.screen_of(ImVec2(220 + 190 + 15, 140 + 52)));   // Cecilia's conflict line to Bo
    ui.click("map/menu/strength/3");
    REQUIRE(ui.account().links[2].strength == 3);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.account().links[2].strength == 2);

    ui.right_click_at(ui.center("map/team/p1"));
    ui.click("map/menu/covers");
    ui.click_at(ui.card("c2"));
    REQUIRE(ui.account().coverage.size() == 2);
    REQUIRE(ui.account().coverage.back().person == "p1");
    REQUIRE(ui.account().coverage.back().contact == "c2");
}

TEST_CASE("+ Contact and N add a contact in the middle of the map, never on another card, and Escape cancels a line") {
    MapUi ui;
    ui.app.map.view.center_on(ImVec2(1500 + ui::kCardWidth / 2, 1500 + ui::kCardHeight / 2), ui.center("map/canvas"));
    ui.click("map/add_contact");   // in the middle of the map: empty there
    REQUIRE(ui.account().contacts.size() == 4);
    const Id added = ui.account().contacts.back().id;
    REQUIRE(near(ui.card(added), ui.center("map/canvas"), 1.0f));
    REQUIRE(ui.contact(added).x == 1500);

    // Again and again: each new card goes beside the others, not on them.
    ui.click("map/add_contact");
    ui.click_at(ui.screen_of(ImVec2(1500 - 200, 1500 + 10)));   // empty: the map takes the keyboard
    ui.press(ImGuiKey_N);
    REQUIRE(ui.account().contacts.size() == 6);
    REQUIRE(ui.selection() == std::set<Id>{ui.account().contacts.back().id});
    for (size_t i = 0; i < 6; i++)
        for (size_t j = i + 1; j < 6; j++) {
            const Contact &a = ui.account().contacts[i], &b = ui.account().contacts[j];
            REQUIRE((std::fabs(a.x - b.x) >= ui::kCardWidth || std::fabs(a.y - b.y) >= ui::kCardHeight));
        }
    REQUIRE(ui.text("map/stacked").empty());

    ui.press(ImGuiKey_L);
    REQUIRE(ui.app.map.linking == ui::LineKind::Influence);
    ui.press(ImGuiKey_Escape);
    REQUIRE(ui.app.map.linking == ui::LineKind::COUNT);
    REQUIRE(ui.account().links.size() == 3);
}

TEST_CASE("Export PNG asks once for the map's rectangle, named after the account, the view stays as it was") {
    MapUi ui;
    Account renamed = ui.account();
    renamed.name = "Nordic/Test: AB";   // characters a file name cannot hold become _
    ui.app.doc.set_account(std::move(renamed), "Rename");
    ui.wheel_at(ui.card("c1"), 3.0f);
    const ui::MapView before = ui.app.map.view;
    const auto canvas = ui.rect("map/canvas");
    ui.click("map/export_png");
    REQUIRE(ui.app.screenshot.filename.empty());   // the menu is open: no picture yet
    ui.click("map/export_png/view");
    const ScreenshotRequest shot = std::exchange(ui.app.screenshot, {});   // as the app takes it
    REQUIRE(shot.filename == "Nordic_Test_ AB map.png");
    REQUIRE(shot.x == canvas[0]);
    REQUIRE(shot.y == canvas[1]);
    REQUIRE(shot.width == canvas[2]);
    REQUIRE(shot.height == canvas[3]);
    REQUIRE(ui.app.notice.text == "Exported Nordic_Test_ AB map.png");
    ui.frames(3);
    REQUIRE(ui.app.screenshot.filename.empty());
    REQUIRE(near(ui.app.map.view.origin, before.origin, 1e-3f));
    REQUIRE(ui.app.map.view.scale == before.scale);
}

TEST_CASE("Export PNG of the whole map draws one frame fitted, without the editor, then returns to the view") {
    MapUi ui;
    ui.wheel_at(ui.card("c1"), 12.0f);   // zoomed in on Åsa: Cecilia is off screen
    ui.double_click_at(ui.card("c1"));
    REQUIRE(ui.has_item("map/edit/name"));
    REQUIRE(ui.text("map/visible") != "3 cards, 4 lines");
    const std::string visible_before = ui.text("map/visible");
    const ui::MapView before = ui.app.map.view;
    ui.click("map/export_png");
    // The click on the menu item by hand, to look at the frame after it: the picture.
    ui.move_to(ui.center("map/export_png/fitted"));
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    ui.frame();
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    ui.frame();
    REQUIRE(ui.app.map.picture == ui::MapPicture::Fitted);
    ui.frame();
    REQUIRE(ui.app.screenshot.filename == "Nordic Test AB map.png");
    REQUIRE(ui.text("map/visible") == "3 cards, 4 lines");
    REQUIRE_FALSE(ui.has_item("map/edit/name"));
    const auto canvas = ui.rect("map/canvas");
    for (const char* id : {"c1", "c2", "c3"}) {
        const auto card = ui.rect(std::string("map/card/") + id);
        REQUIRE(card[0] >= canvas[0]);
        REQUIRE(card[1] >= canvas[1]);
        REQUIRE(card[0] + card[2] <= canvas[0] + canvas[2]);
        REQUIRE(card[1] + card[3] <= canvas[1] + canvas[3]);
    }
    ui.app.screenshot = {};
    ui.frame();
    REQUIRE(ui.text("map/visible") == visible_before);
    REQUIRE(ui.has_item("map/edit/name"));
    REQUIRE(near(ui.app.map.view.origin, before.origin, 1e-3f));
    REQUIRE(ui.app.map.view.scale == before.scale);
}

TEST_CASE("far out, a huge map draws a budget of lines and says how many it left out, zoomed in it draws all") {
    Workspace ws = generate_relationship_map(3000, 20000, 5, 11);
    const size_t all_lines = ws.accounts[0].links.size() + ws.accounts[0].coverage.size();
    UiHarness ui(ws);
    ui.app.selected_account = ws.accounts[0].id;
    ui.click("tab/map");
    ui.click("map/fit");
    ui.frames(2);
    const size_t left_out = std::stoul(ui.text("map/lines_left_out"));
    CHECK(left_out > 0);
    CHECK(ui.text("map/visible") == "3000 cards, " + std::to_string(all_lines - left_out) + " lines");

    // Close enough for details, every line in view is drawn again.
    ui.app.map.view.scale = kam::ui::kDetailScale * 1.5f;
    ui.frames(2);
    CHECK(ui.text("map/lines_left_out") == "0");
}

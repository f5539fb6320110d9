// The contact editor opens beside the double-clicked card but never over the map's toolbar or
// filter row, and always inside the window (1280 x 800, where it used to cover the toolbar).
#include "small_map.h"

#include <catch2/catch.hpp>

using kam::test::SmallMapUi;
using namespace kam;

static bool inside(const ui::Box& outer, const ui::Box& inner) {
    return inner.min.x >= outer.min.x - 0.5f && inner.min.y >= outer.min.y - 0.5f && inner.max.x <= outer.max.x + 0.5f &&
           inner.max.y <= outer.max.y + 0.5f;
}

TEST_CASE("contact editor: wherever the card is, the editor stays below the toolbar and inside the window") {
    SmallMapUi ui;
    ui.app.map.show_legend = false;   // a card in the top-right corner would be under it
    ui.frames(2);
    const ui::Box canvas = ui.box("map/canvas");
    const ui::Box screen{ImVec2(0, 0), ImGui::GetIO().DisplaySize};
    const float toolbar_bottom = std::max({ui.box("map/add_contact").max.y, ui.box("map/filter/search").max.y, ui.box("map/highlight").max.y});
    REQUIRE(canvas.min.y >= toolbar_bottom);
    // The card just below the filter row, in the middle (where the editor went up over the
    // toolbar), low down and at the right edge.
    const ImVec2 spots[] = {ImVec2(canvas.center().x, canvas.min.y + 20), ImVec2(canvas.min.x + 60, canvas.center().y + 15),
                            ImVec2(canvas.center().x, canvas.max.y - 20), ImVec2(canvas.max.x - 20, canvas.max.y - 20),
                            ImVec2(canvas.max.x - 20, canvas.min.y + 20)};
    for (const ImVec2& spot : spots) {
        CAPTURE(spot.x, spot.y);
        ui.app.map.edit_contact.clear();
        ui.frames(2);
        // Put Bo's card under 'spot' and double-click it.
        const ui::Box card = ui.app.map.scene.cards[1];
        ui.app.map.view.center_on(card.center(), spot);
        ui.frame();
        ui.double_click_at(ImVec2(std::floor(spot.x), std::floor(spot.y)));
        ui.frames(3);   // the editor sizes itself to its content in its first frames
        REQUIRE(ui.app.map.edit_contact == "c2");
        const ui::Box editor = ui.box("map/edit/window");
        CHECK(editor.min.y >= toolbar_bottom);
        CHECK(inside(canvas, editor));
        CHECK(inside(screen, editor));
        CHECK(ui.has_item("map/edit/close"));   // all of it reachable
    }
}

TEST_CASE("contact editor: in a window too low for it, it fits and scrolls") {
    SmallMapUi ui;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 560);
    ui.frames(3);
    const ui::Box canvas = ui.box("map/canvas");
    ui.double_click_at(ImVec2(std::floor(ui.card("c2").x), std::floor(ui.card("c2").y)));
    ui.frames(3);
    REQUIRE(ui.app.map.edit_contact == "c2");
    const ui::Box editor = ui.box("map/edit/window");
    CHECK(editor.min.y >= canvas.min.y - 0.5f);
    CHECK(editor.max.y <= canvas.max.y + 0.5f);
    CHECK(editor.max.y <= 560);
}

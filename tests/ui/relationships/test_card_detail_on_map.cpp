// The map's cards at every zoom: zooming out they drop their details, then show their names larger,
// then initials, then only their colours, and no name is ever drawn under the readable size (at the
// UI's usual scale and at 200%, where the readable size is larger too).
#include "ui_harness.h"

#include "core/card_look.h"
#include "core/relationships/card_detail.h"
#include "core/sample_workspace.h"
#include "ui/style.h"

#include <catch2/catch.hpp>

#include <string>

using kam::test::UiHarness;

static UiHarness sample_map() {
    UiHarness ui(kam::make_sample_workspace());
    ui.app.scale_hint_answered = true;
    ui.app.selected_account = ui.app.doc.ws().accounts.front().id;
    ui.app.request_tab = "Map";
    ui.frames(4);
    return ui;
}

// The map at 'zoom', its first contact in the middle of the canvas (so there are cards in view).
static std::string detail_at(UiHarness& ui, float zoom) {
    const auto canvas = ui.rect("map/canvas");
    const kam::Contact& c = ui.app.doc.ws().accounts.front().contacts.front();
    ui.app.map.view.scale = zoom;
    ui.app.map.view.origin = ImVec2(canvas[0] + canvas[2] / 2 - (c.x + kam::kCardWidth / 2) * zoom, canvas[1] + canvas[3] / 2 - (c.y + kam::kCardHeight / 2) * zoom);
    ui.frames(2);
    return ui.text("map/card_detail");
}

TEST_CASE("zooming out, cards drop details, then show names, then initials, then colour", "[detail][map]") {
    UiHarness ui = sample_map();
    REQUIRE(ui.has_item("map/canvas"));
    CHECK(detail_at(ui, 1.0f) == "full");
    CHECK(detail_at(ui, 0.5f) == "name");
    CHECK(detail_at(ui, 0.22f) == "initials");
    CHECK(detail_at(ui, 0.1f) == "colour");
    CHECK(ui.text("map/name_px") == std::to_string(0.0f));   // colour only: no text at all
}

TEST_CASE("no name on the map is drawn under the readable size, at any zoom, at 100% and 200%", "[detail][map]") {
    UiHarness ui = sample_map();
    for (float scale : {1.0f, 2.0f}) {
        kam::ui::apply_style(scale, KAM_FONT_PATH);
        ui.frames(3);
        const float readable = kam::readable_px(ImGui::GetFontSize());
        INFO("scale " << scale << ", readable " << readable << " px");
        int named = 0;
        for (float zoom = 0.12f; zoom < 2.5f; zoom *= 1.15f) {
            INFO("zoom " << zoom << ": " << detail_at(ui, zoom));
            const float px = std::stof(ui.text("map/name_px"));
            CHECK((px == 0.0f || px >= readable - 0.01f));
            named += px > 0;
        }
        CHECK(named > 10);
    }
}

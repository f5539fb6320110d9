// The map's legend box holds all of its text at every font scale, including 2x (HiDPI), with
// and without the customer-safe view, and the map fits beside it.
#include "small_map.h"

#include <catch2/catch.hpp>

#include <string>

using kam::test::SmallMapUi;
using namespace kam;

// Every row of the legend lies inside the legend's box, within its padding.
static void check_legend_holds_its_text(const SmallMapUi& ui) {
    const ui::Box legend = ui.box("map/legend");
    const float padding = ImGui::GetStyle().WindowPadding.x;
    int rows = 0;
    for (int i = 0; ui.has_item("map/legend/row/" + std::to_string(i)); i++, rows++) {
        const ui::Box row = ui.box("map/legend/row/" + std::to_string(i));
        CAPTURE(i, row.max.x, legend.max.x, padding);
        CHECK(row.min.x >= legend.min.x);
        CHECK(row.max.x <= legend.max.x - padding + 0.5f);
        CHECK(row.max.y <= legend.max.y);
    }
    CHECK(rows >= (ui.app.map.customer_safe ? 5 : 19));   // nothing left out either
}

TEST_CASE("map legend: the box holds its text at 1x and at 2x (HiDPI)") {
    SmallMapUi ui;
    for (bool safe : {false, true}) {
        ui.app.map.customer_safe = safe;
        ui.frames(2);
        check_legend_holds_its_text(ui);
    }
    // As the web build does on a 2x screen: a canvas of twice the pixels, fonts and sizes at 2x.
    ImGui::GetIO().DisplaySize = ImVec2(2560, 1600);
    ui::apply_style(2.0f, KAM_FONT_PATH);
    for (bool safe : {false, true}) {
        ui.app.map.customer_safe = safe;
        ui.frames(3);
        check_legend_holds_its_text(ui);
    }
    // The fitted map stays clear of the legend.
    ui.app.map.customer_safe = false;
    ui.click("map/fit");
    const ui::Box legend = ui.box("map/legend");
    for (const char* id : {"c1", "c2", "c3"}) CHECK(ui.box(std::string("map/card/") + id).max.x < legend.min.x);
}

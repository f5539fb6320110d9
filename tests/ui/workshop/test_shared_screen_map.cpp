// The sample account's map on a shared screen: presented on a 1920 x 1080 projector and fitted, as
// it opens and after Arrange, every contact's name is drawn at 12 px or more (the compact org
// chart stacks leaves in columns instead of one wide row).
#include "ui_harness.h"

#include "core/sample_workspace.h"
#include "ui/workshop/presenter.h"

#include <catch2/catch.hpp>

#include <string>

using kam::test::UiHarness;

static float fitted_name_px(UiHarness& ui) {
    ui.app.map.fit_pending = true;
    ui.frames(3);
    return std::stof(ui.text("map/name_px"));
}

TEST_CASE("the sample's map, presented and fitted on 1920 x 1080, shows every name at 12 px or more", "[workshop][map]") {
    UiHarness ui(kam::make_sample_workspace());
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ui.app.scale_hint_answered = true;
    ui.app.selected_account = ui.app.doc.ws().accounts.front().id;   // Nordhavn Logistics: 44 contacts
    ui.app.request_tab = "Map";
    ui.frames(4);
    REQUIRE(ui.has_item("map/canvas"));
    CHECK(ui.app.doc.ws().accounts.front().contacts.size() == 44);
    kam::ui::start_presenting(ui.app);   // the map alone, at the presenter's scale
    kam::ui::apply_style(kam::ui::kPresenterScale, KAM_FONT_PATH);
    ui.frames(3);
    CHECK(fitted_name_px(ui) >= 12.0f);

    ui.click("map/arrange");   // laid out again: the sample is stored as Arrange lays it out
    ui.click("map/arrange/all");
    CHECK(ui.app.doc.undo_label() != "Arrange as org chart");
    CHECK(fitted_name_px(ui) >= 12.0f);
}

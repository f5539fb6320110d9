// Two-finger touch gestures on the map (the web platform reports them; here they are fed in
// as it would): a pinch zooms about the fingers' centre keeping what is under them in place,
// moving both fingers pans, and a gesture ends a drag the first finger started.
#include "small_map.h"

#include <catch2/catch.hpp>

#include <cmath>

using kam::test::near;
using kam::test::SmallMapUi;
using namespace kam;


TEST_CASE("touch gesture: moves between two frames add up to one") {
    ui::TouchGesture g;
    g.add(ImVec2(100, 100), ImVec2(110, 100), 1.5f);
    g.add(ImVec2(110, 100), ImVec2(130, 90), 2.0f);
    CHECK(g.moved);
    CHECK(near(g.from, ImVec2(100, 100), 0));
    CHECK(near(g.to, ImVec2(130, 90), 0));
    CHECK(g.zoom == Approx(3.0f));
    // Applied at once or step by step, the view ends up the same.
    ui::MapView once, steps;
    once.pinch(g.from, g.to, g.zoom);
    steps.pinch(ImVec2(100, 100), ImVec2(110, 100), 1.5f);
    steps.pinch(ImVec2(110, 100), ImVec2(130, 90), 2.0f);
    CHECK(once.scale == Approx(steps.scale));
    CHECK(near(once.origin, steps.origin, 1e-3f));
}

TEST_CASE("touch gesture: a pinch on the map zooms about the fingers' centre, which stays fixed") {
    SmallMapUi ui;
    const ImVec2 centre = ui.card("c2");
    const ImVec2 world = ui.app.map.view.to_world(centre);
    const float scale = ui.app.map.view.scale;
    ui.app.touch.active = true;
    ui.app.touch.add(centre, centre, 1.6f);
    ui.frame();
    CHECK(ui.app.map.view.scale == Approx(scale * 1.6f));
    CHECK(near(ui.app.map.view.to_world(centre), world, 0.01f));
    CHECK(near(ui.card("c2"), centre, 0.5f));
    CHECK(std::stof(ui.text("map/zoom")) == Approx(scale * 1.6f).epsilon(1e-4));
    // Pinching in again zooms out about the same point.
    ui.app.touch.active = true;
    ui.app.touch.add(centre, centre, 0.5f);
    ui.frame();
    CHECK(ui.app.map.view.scale == Approx(scale * 0.8f));
    CHECK(near(ui.app.map.view.to_world(centre), world, 0.01f));
}

TEST_CASE("touch gesture: moving two fingers pans, and the point under them follows") {
    SmallMapUi ui;
    const ImVec2 from = ui.card("c1"), to(from.x + 80, from.y + 35);
    const ImVec2 world = ui.app.map.view.to_world(from);
    const float scale = ui.app.map.view.scale;
    ui.app.touch.active = true;
    ui.app.touch.add(from, to, 1.25f);
    ui.frame();
    CHECK(ui.app.map.view.scale == Approx(scale * 1.25f));
    CHECK(near(ui.app.map.view.to_world(to), world, 0.01f));
    CHECK(near(ui.card("c1"), to, 0.5f));
    CHECK_FALSE(ui.app.touch.moved);   // taken by the map: the next frame does not apply it again
}

TEST_CASE("touch gesture: fingers outside the map leave it alone") {
    SmallMapUi ui;
    const ui::MapView before = ui.app.map.view;
    const ImVec2 toolbar = ui.center("map/add_contact");
    ui.app.touch.active = true;
    ui.app.touch.add(toolbar, ImVec2(toolbar.x + 50, toolbar.y + 200), 2.0f);
    ui.frame();
    CHECK(ui.app.map.view.scale == before.scale);
    CHECK(near(ui.app.map.view.origin, before.origin, 0));
}

TEST_CASE("touch gesture: a second finger ends the card drag the first one started, as one undo step") {
    SmallMapUi ui;
    const ImVec2 start = ui.card("c2");
    const float x_before = ui.app.doc.ws().accounts[0].contacts[1].x;
    ImGuiIO& io = ImGui::GetIO();
    ui.move_to(start);
    io.AddMouseButtonEvent(0, true);
    ui.frame();
    ui.move_to(ImVec2(start.x + 30, start.y));   // the first finger drags the card a little
    const float dragged = ui.app.doc.ws().accounts[0].contacts[1].x;
    REQUIRE(dragged > x_before);
    // The second finger lands: the pinch takes over, the card stays where it is.
    ui.app.touch.active = true;
    ui.app.touch.add(ImVec2(start.x + 30, start.y), ImVec2(start.x + 90, start.y), 1.0f);
    ui.frame();
    ui.app.touch.active = true;
    ui.move_to(ImVec2(start.x + 90, start.y));
    CHECK(ui.app.doc.ws().accounts[0].contacts[1].x == dragged);
    CHECK(ui.app.map.drag == ui::MapDrag::None);
    io.AddMouseButtonEvent(0, false);
    ui.frames(3);
    CHECK(ui.app.doc.ws().accounts[0].contacts[1].x == dragged);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.app.doc.ws().accounts[0].contacts[1].x == x_before);
}

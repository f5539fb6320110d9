// Which frames ImGui needs (platform/web/frame_pacing.h): a pan step or a plain mouse move costs
// one frame; a click that opens a popup gets the frames it needs to show it, and then none.
#include "platform/web/frame_pacing.h"

#include <catch2/catch.hpp>

#include "imgui_internal.h"

using kam::platform::FramePacer;

namespace {

ImVec2 last_item_centre() {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
}

// A window with a button that opens a popup, and a canvas (an invisible button) to drag on.
struct PacedApp {
    ImGuiContext* context = ImGui::CreateContext();
    FramePacer pacer;
    bool popup_requested = false, tab_requested = false, tab_two_shown = false;
    ImVec2 button_centre, canvas_centre;

    PacedApp() {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(640, 480);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        settle();
    }
    ~PacedApp() { ImGui::DestroyContext(context); }

    FramePacer::Next frame() {
        pacer.before_frame(*ImGui::GetCurrentContext());
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        tab_two_shown = false;
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(640, 480));
        ImGui::Begin("Main", nullptr, ImGuiWindowFlags_NoDecoration);
        // The request is made after the button is drawn, as a menu item sets app state.
        if (popup_requested) {
            ImGui::OpenPopup("Details");
            popup_requested = false;
        }
        if (ImGui::Button("Details")) popup_requested = true;
        button_centre = last_item_centre();
        if (ImGui::BeginPopup("Details")) {
            ImGui::TextUnformatted("About this account");
            ImGui::EndPopup();
        }
        if (ImGui::BeginTabBar("tabs")) {
            // A request made from app state, as a link in one view opens another's tab.
            if (ImGui::BeginTabItem("One")) ImGui::EndTabItem();
            const bool requested = tab_requested;
            if (ImGui::BeginTabItem("Two", nullptr, requested ? ImGuiTabItemFlags_SetSelected : 0)) {
                tab_two_shown = true;
                tab_requested = false;
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ImGui::InvisibleButton("canvas", ImVec2(400, 300), ImGuiButtonFlags_MouseButtonMiddle);
        canvas_centre = last_item_centre();
        ImGui::End();
        ImGui::Render();
        return pacer.after_frame(*ImGui::GetCurrentContext());
    }
    // Draws until ImGui needs no more frames; returns how many it took.
    int settle() {
        for (int n = 1; n <= 20; n++)
            if (!frame().draw_again) return n;
        return 99;
    }
};

}  // namespace

TEST_CASE("A drag step on a canvas costs one frame", "[frame_pacing]") {
    PacedApp app;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(app.canvas_centre.x, app.canvas_centre.y);
    app.settle();
    io.AddMouseButtonEvent(ImGuiMouseButton_Middle, true);
    app.settle();   // the press: the canvas becomes active
    REQUIRE(ImGui::GetCurrentContext()->ActiveId != 0);
    for (int step = 0; step < 10; step++) {
        io.AddMousePosEvent(app.canvas_centre.x + static_cast<float>(step) * 5, app.canvas_centre.y);
        const FramePacer::Next next = app.frame();
        CHECK_FALSE(next.draw_again);
        CHECK(next.wake_in_seconds < 0);   // no tooltip is waited for while dragging
    }
}

TEST_CASE("A mouse move over empty space costs one frame", "[frame_pacing]") {
    PacedApp app;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(600, 460);   // below the canvas: nothing there
    app.settle();
    io.AddMousePosEvent(610, 465);
    CHECK_FALSE(app.frame().draw_again);
}

TEST_CASE("A click that opens a popup gets the frames that show it, then none", "[frame_pacing]") {
    PacedApp app;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(app.button_centre.x, app.button_centre.y);
    app.settle();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    const int frames = app.settle();
    CHECK(frames >= 3);    // the press, the release (the click), the popup opening and measuring itself
    CHECK(frames <= 6);
    CHECK(ImGui::GetCurrentContext()->OpenPopupStack.Size == 1);   // open, and shown: settle() stopped
    io.AddMousePosEvent(app.button_centre.x + 1, app.button_centre.y);   // over the popup or the button: nothing new
    CHECK(app.settle() <= 2);
}

TEST_CASE("Resting on a button asks for a wake-up for its tooltip, not for frames", "[frame_pacing]") {
    PacedApp app;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(600, 460);
    app.settle();
    io.AddMousePosEvent(app.button_centre.x, app.button_centre.y);
    app.frame();   // hover moves to the button: one more frame
    io.AddMousePosEvent(app.button_centre.x + 1, app.button_centre.y);
    const FramePacer::Next next = app.frame();
    CHECK_FALSE(next.draw_again);
    CHECK(next.wake_in_seconds > 0.1);
    CHECK(next.wake_in_seconds < 1.0);
}

TEST_CASE("A tab asked for from app state gets the frames until it shows", "[frame_pacing]") {
    PacedApp app;
    app.tab_requested = true;   // e.g. set by a click in the frame before
    app.settle();
    CHECK(app.tab_two_shown);
    CHECK_FALSE(app.tab_requested);
}

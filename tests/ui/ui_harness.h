// Headless Dear ImGui frames for UI tests: no window, no GPU. Drives the real views with
// simulated mouse and keyboard input, finding widgets by the names they expose.
#pragma once

#include "ui/app_state.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/views.h"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace kam::test {

class UiHarness {
public:
    AppState app;

    explicit UiHarness(Workspace ws = make_empty_workspace()) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        ui::apply_style(1.0f, KAM_FONT_PATH);
        ui::set_item_exposure(true);
        app.doc = Document(std::move(ws));
        app.host.now_seconds = [this] { return time_; };
        frame();
        frame();
    }
    ~UiHarness() { ImGui::DestroyContext(); }

    void frame() {
        time_ += 1.0 / 60.0;
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::draw_app(app, "test");
        ImGui::Render();
        state_ = nlohmann::json::parse(ui::exposed_items_json());
    }
    void frames(int n) {
        for (int i = 0; i < n; i++) frame();
    }

    bool has_item(const std::string& name) const { return state_["items"].contains(name); }
    std::string text(const std::string& name) const {
        return state_["texts"].contains(name) ? state_["texts"][name].get<std::string>() : std::string();
    }
    // The item's rectangle as {x, y, w, h}.
    std::array<float, 4> rect(const std::string& name) const {
        if (!has_item(name)) throw std::runtime_error("no item named " + name);
        const auto& r = state_["items"][name];
        return {r[0].get<float>(), r[1].get<float>(), r[2].get<float>(), r[3].get<float>()};
    }
    ImVec2 center(const std::string& name) const {
        if (!has_item(name)) throw std::runtime_error("no item named " + name);
        const auto& r = state_["items"][name];
        return ImVec2(r[0].get<float>() + r[2].get<float>() / 2, r[1].get<float>() + r[3].get<float>() / 2);
    }

    void click(const std::string& name) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(center(name).x, center(name).y);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(2);
    }
    // Mouse input at screen positions, as a user gives it: moves, presses and releases in
    // separate frames so ImGui sees clicks, double-clicks and drags.
    void move_to(ImVec2 p) {
        ImGui::GetIO().AddMousePosEvent(p.x, p.y);
        frame();
    }
    void click_at(ImVec2 p, int button = 0, ImGuiKeyChord mods = 0) {
        hold(mods, true);
        move_to(p);
        ImGui::GetIO().AddMouseButtonEvent(button, true);
        frame();
        ImGui::GetIO().AddMouseButtonEvent(button, false);
        frame();
        hold(mods, false);
        frames(2);
    }
    void double_click_at(ImVec2 p) {
        move_to(p);
        for (int i = 0; i < 2; i++) {
            ImGui::GetIO().AddMouseButtonEvent(0, true);
            frame();
            ImGui::GetIO().AddMouseButtonEvent(0, false);
            frame();
        }
        frames(2);
    }
    void right_click_at(ImVec2 p) { click_at(p, 1); }
    // Presses at 'from', moves to 'to' in 'steps' frames and releases, holding 'mods'.
    void drag(ImVec2 from, ImVec2 to, int button = 0, ImGuiKeyChord mods = 0, int steps = 5) {
        ImGuiIO& io = ImGui::GetIO();
        hold(mods, true);
        move_to(from);
        io.AddMouseButtonEvent(button, true);
        frame();
        for (int i = 1; i <= steps; i++) {
            const float t = static_cast<float>(i) / static_cast<float>(steps);
            move_to(ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
        }
        io.AddMouseButtonEvent(button, false);
        frame();
        hold(mods, false);
        frames(2);
    }
    void wheel_at(ImVec2 p, float amount) {
        move_to(p);
        ImGui::GetIO().AddMouseWheelEvent(0, amount);
        frames(2);
    }

    void type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        frames(2);
    }
    void press(ImGuiKey key, ImGuiKeyChord mods = 0) {
        ImGuiIO& io = ImGui::GetIO();
        hold(mods, true);
        io.AddKeyEvent(key, true);
        frame();
        io.AddKeyEvent(key, false);
        hold(mods, false);
        frames(2);
    }
    // Clicks a text field, selects everything in it and types over it.
    void fill(const std::string& name, const char* utf8) {
        click(name);
        press(ImGuiKey_A, ImGuiMod_Ctrl);
        type(utf8);
        press(ImGuiKey_Enter);
    }

private:
    static void hold(ImGuiKeyChord mods, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, down);
        if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, down);
    }
    double time_ = 0.0;
    nlohmann::json state_;
};

// A contact for a map test: placed at (x, y), everything else left empty.
inline Contact contact_at(Id id, std::string name, std::string department, float x = 0, float y = 0) {
    Contact c;
    c.id = std::move(id);
    c.name = std::move(name);
    c.department = std::move(department);
    c.x = x;
    c.y = y;
    return c;
}

// Two points at most 'tolerance' apart in x and in y.
inline bool near(ImVec2 a, ImVec2 b, float tolerance = 0.5f) {
    return std::fabs(a.x - b.x) <= tolerance && std::fabs(a.y - b.y) <= tolerance;
}

}  // namespace kam::test

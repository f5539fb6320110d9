// Headless Dear ImGui frames for UI tests: no window, no GPU. Drives the real views with
// simulated mouse and keyboard input, finding widgets by the names they expose.
#pragma once

#include "ui/app_state.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/views.h"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

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
    void type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        frames(2);
    }
    void press(ImGuiKey key, ImGuiKeyChord mods = 0) {
        ImGuiIO& io = ImGui::GetIO();
        if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
        if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(key, true);
        frame();
        io.AddKeyEvent(key, false);
        if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
        if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
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
    double time_ = 0.0;
    nlohmann::json state_;
};

}  // namespace kam::test

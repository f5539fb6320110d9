// The whole app's UI in headless Dear ImGui frames for the benchmarks (no window, no GPU): a
// workspace, an account and a tab open, each frame built and rendered into draw lists.
#pragma once

#include "ui/style.h"
#include "ui/views.h"

#include "imgui.h"

#include <string>
#include <utility>

struct HeadlessApp {
    kam::AppState app;

    HeadlessApp(kam::Workspace ws, float height, std::string tab, std::string today) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, height);
        kam::ui::apply_style(1.0f, KAM_FONT_PATH);
        app.doc = kam::Document(std::move(ws));
        app.selected_account = app.doc.ws().accounts[0].id;
        app.host.today = [today] { return today; };
        app.request_tab = std::move(tab);
        for (int i = 0; i < 5; i++) frame();   // the tab shows, fonts and tables settle
    }
    ~HeadlessApp() { ImGui::DestroyContext(); }
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;

    void frame() {
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        kam::ui::draw_app(app, "bench");
        ImGui::Render();
    }
};

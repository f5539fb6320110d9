// Prints how long a frame of the relationship map takes while panning, natively and
// headless (UI build + draw list, no GPU): NewFrame, the whole app window, Render.
//   bench_map_canvas [frames]
// Maps come from generate_relationship_map(): 200 contacts / 1,000 links and
// 10,000 / 50,000, each fitted to the window (as opened) and at life size (scale 1); then the
// 200-contact map presented at a UI scale of 200%, and what a new UI scale or theme costs.
#include "core/generate_workspace.h"
#include "ui/app_state.h"
#include "ui/style.h"
#include "ui/views.h"
#include "ui/workshop/presenter.h"

#include "imgui.h"

#include "bench_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace kam;

namespace {

struct Figures {
    double median, p95;
    int vertices;
};

double frame_ms(AppState& app) {
    const auto start = std::chrono::steady_clock::now();
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw_app(app, "bench");
    ImGui::Render();
    return ms_since(start);
}

// Pans with the middle button held, a few pixels a frame, back and forth.
Figures pan(AppState& app, int frames) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 at(800, 450);
    io.AddMousePosEvent(at.x, at.y);
    frame_ms(app);
    io.AddMouseButtonEvent(2, true);
    frame_ms(app);
    std::vector<double> times;
    int vertices = 0;
    for (int i = 0; i < frames; i++) {
        const float x = at.x + static_cast<float>((i / 50) % 2 == 0 ? i % 50 : 50 - i % 50) * 6.0f;
        io.AddMousePosEvent(x, at.y + static_cast<float>(i % 7));
        times.push_back(frame_ms(app));
        vertices = std::max(vertices, ImGui::GetDrawData()->TotalVtxCount);
    }
    io.AddMouseButtonEvent(2, false);
    frame_ms(app);
    return {median(times), percentile(times, 95), vertices};
}

// A generated map of one account, on the Map tab: a request to fly to a contact opens it.
void open_map(AppState& app, int contacts, int links) {
    app.doc = Document(generate_relationship_map(contacts, links, 10, 7));
    app.selected_account = app.doc.ws().accounts.front().id;
    app.host.now_seconds = [] { return 0.0; };
    app.map_fly_to = app.doc.ws().accounts.front().contacts.front().id;
    for (int i = 0; i < 3; i++) frame_ms(app);
    if (app.map.account.empty()) {
        std::printf("the Map tab did not open\n");
        std::exit(1);
    }
}

void run(int contacts, int links, int frames) {
    AppState app;
    open_map(app, contacts, links);   // then fit the whole map, as on opening
    app.map.fit_pending = true;
    const Figures fitted = pan(app, frames);
    std::printf("%6d contacts %6d links, fitted (scale %.3f): median %.3f ms, p95 %.3f ms, %d vertices\n", contacts, links,
                app.map.view.scale, fitted.median, fitted.p95, fitted.vertices);
    app.map.view.zoom_at(ImVec2(800, 450), 1.0f / app.map.view.scale);
    const Figures life = pan(app, frames);
    std::printf("%6d contacts %6d links, scale 1:          median %.3f ms, p95 %.3f ms, %d vertices\n", contacts, links, life.median,
                life.p95, life.vertices);
    // Fitted again, with a filter and one person's coverage highlighted: what is faint is
    // worked out once, so panning costs only the veils over faint cards.
    app.map.filter.search = "an";
    if (!app.map.scene.team.empty()) app.map.highlight = app.map.scene.team.front();
    app.map.fit_pending = true;
    const auto start = std::chrono::steady_clock::now();
    ui::update_map_focus(app.map.focus, app.map.scene, app.doc.ws().accounts.front(), app.map.filter, app.map.highlight);
    const double focus_ms = ms_since(start);
    const Figures focused = pan(app, frames);
    std::printf("%6d contacts %6d links, filtered:         median %.3f ms, p95 %.3f ms, %d vertices (%d stand out; %.3f ms to find them, once)\n",
                contacts, links, focused.median, focused.p95, focused.vertices, app.map.focus.matching, focus_ms);
}

// Presenter mode with the UI scale at 200%: the map alone at 1.5 x 200%, lines and text scaled.
void run_presenting(int contacts, int links, int frames) {
    AppState app;
    open_map(app, contacts, links);
    app.ui_scale_percent = 200;
    ui::start_presenting(app);
    ui::apply_style(2.0f * ui::kPresenterScale, KAM_FONT_PATH);
    app.map.fit_pending = true;
    const Figures fitted = pan(app, frames);
    std::printf("%6d contacts %6d links, presenting at 200%% (scale %.3f): median %.3f ms, p95 %.3f ms, %d vertices\n", contacts, links,
                app.map.view.scale, fitted.median, fitted.p95, fitted.vertices);
    ui::stop_presenting(app);
    ui::apply_style(1.0f, KAM_FONT_PATH);
}

// A new UI scale or theme shows in the next frame: the font and style rebuilt, then that frame.
// (The browser also uploads the new font texture.)
void style_change(int frames) {
    AppState app;
    open_map(app, 200, 1000);
    struct Change {
        const char* what;
        float scale;
        ui::Theme theme;
    };
    for (const Change& c : {Change{"scale 100% -> 200%", 2.0f, ui::Theme::Light}, Change{"scale 200% -> 300%", 3.0f, ui::Theme::Light},
                            Change{"theme light -> dark at 100%", 1.0f, ui::Theme::Dark},
                            Change{"theme dark -> high contrast", 1.0f, ui::Theme::HighContrast}}) {
        std::vector<double> style, next;
        for (int i = 0; i < frames; i++) {
            ui::apply_style(1.0f, KAM_FONT_PATH, ui::Theme::Light);
            frame_ms(app);
            const auto start = std::chrono::steady_clock::now();
            ui::apply_style(c.scale, KAM_FONT_PATH, c.theme);
            style.push_back(ms_since(start));
            next.push_back(frame_ms(app));
        }
        std::printf("%-30s font + style %.2f ms, then the frame %.2f ms (medians of %d)\n", c.what, median(style), median(next), frames);
    }
    ui::apply_style(1.0f, KAM_FONT_PATH, ui::Theme::Light);
}

}  // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1600, 900);
    ui::apply_style(1.0f, KAM_FONT_PATH);
    run(200, 1000, frames);
    run(10000, 50000, frames);
    run_presenting(200, 1000, frames);
    style_change(std::max(5, frames / 30));
    ImGui::DestroyContext();
    return 0;
}

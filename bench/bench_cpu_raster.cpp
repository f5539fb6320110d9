// Prints how long the CPU renderer takes to rasterise a frame of the app, natively: the map of
// 200 contacts / 1,000 links fitted, and of 10,000 / 50,000 fitted and zoomed to 1.2 (full
// detail), panned, at 1280 x 720, the size the browser benchmarks use; and the mouse moved over
// each without a button, where only the bands that changed are drawn again. The UI build is not
// counted (bench_map_canvas prints that); only the raster into an RGBA buffer, clear included.
//   bench_cpu_raster [frames]
#include "core/generate_workspace.h"
#include "core/parallel.h"
#include "platform/web/cpu_raster.h"
#include "ui/app_state.h"
#include "ui/style.h"
#include "ui/views.h"

#include "imgui.h"

#include "bench_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace kam;

namespace {

constexpr int kWidth = 1280, kHeight = 720;

// The frame's bands that changed, taken by this thread and the helper as each is free
// (parallel_for), as the browser's CPU renderer draws a frame. Returns how many were drawn.
size_t render_in_bands(const platform::CpuRaster& raster, const ImDrawData& data, const platform::RgbaTarget& target) {
    raster.begin_frame(data, target, IM_COL32(247, 247, 245, 255));
    const std::vector<int>& changed = raster.changed_bands();
    parallel_for(changed.size(), [&](size_t i, int) { raster.draw_band(changed[i]); });
    return changed.size();
}

void build_frame(AppState& app) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw_app(app, "bench");
    ImGui::Render();
}

// Panned with the middle button (every band changes), or the mouse moved over it without one.
enum class Motion { Pan, Hover };

void run(const platform::CpuRaster& raster, int contacts, int links, int frames, bool fitted, Motion motion) {
    AppState app;
    app.doc = Document(generate_relationship_map(contacts, links, 10, 7));
    app.selected_account = app.doc.ws().accounts.front().id;
    app.host.now_seconds = [] { return 0.0; };
    app.map_fly_to = app.doc.ws().accounts.front().contacts.front().id;
    for (int i = 0; i < 3; i++) build_frame(app);
    if (app.map.account.empty()) {
        std::printf("the Map tab did not open\n");
        std::exit(1);
    }
    app.map.fit_pending = true;
    for (int i = 0; i < 3; i++) build_frame(app);
    if (!fitted) {   // zoomed in to 1.2 about the middle of the window, as map_bench.mjs does with the wheel: full detail
        ui::MapView& v = app.map.view;
        const ImVec2 middle(kWidth * 0.5f, kHeight * 0.5f);
        v.origin = ImVec2(middle.x - (middle.x - v.origin.x) * (1.2f / v.scale), middle.y - (middle.y - v.origin.y) * (1.2f / v.scale));
        v.scale = 1.2f;
        for (int i = 0; i < 3; i++) build_frame(app);
    }
    const char* view = fitted ? "fitted" : "zoomed to 1.2";

    std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4);
    const platform::RgbaTarget target{pixels.data(), kWidth, kHeight};
    ImGuiIO& io = ImGui::GetIO();
    if (motion == Motion::Hover) {
        // The mouse moved over the map without a button: a card lights up under it, or nothing
        // changes, and only the bands that changed are drawn.
        std::vector<double> hover_times;
        size_t hover_bands = 0;
        render_in_bands(raster, *ImGui::GetDrawData(), target);
        for (int i = 0; i < frames; i++) {
            io.AddMousePosEvent(100.0f + static_cast<float>(i * 37 % (kWidth - 200)), 150.0f + static_cast<float>(i * 53 % (kHeight - 250)));
            build_frame(app);
            const auto start = std::chrono::steady_clock::now();
            hover_bands += render_in_bands(raster, *ImGui::GetDrawData(), target);
            hover_times.push_back(ms_since(start));
        }
        std::printf("%6d contacts %6d links, %s, the mouse moved over it, changed bands only: raster median %.3f ms, p95 %.3f ms, "
                    "%.1f of %d bands drawn a frame\n", contacts, links, view, median(hover_times), percentile(hover_times, 95),
                    static_cast<double>(hover_bands) / static_cast<double>(frames), (kHeight + platform::CpuRaster::kBandRows - 1) / platform::CpuRaster::kBandRows);
        return;
    }
    const ImVec2 at(800, 450);
    io.AddMousePosEvent(at.x, at.y);
    build_frame(app);
    io.AddMouseButtonEvent(2, true);   // pan with the middle button, as the browser bench does
    std::vector<double> times, banded_times;
    platform::CpuRaster::Counts counts;
    int vertices = 0;
    for (int i = 0; i < frames; i++) {
        io.AddMousePosEvent(at.x + static_cast<float>((i / 50) % 2 == 0 ? i % 50 : 50 - i % 50) * 6.0f, at.y + static_cast<float>(i % 7));
        build_frame(app);
        const auto start = std::chrono::steady_clock::now();
        raster.render(*ImGui::GetDrawData(), target, IM_COL32(247, 247, 245, 255));
        times.push_back(ms_since(start));
        counts = raster.last_counts();
        vertices = ImGui::GetDrawData()->TotalVtxCount;
        const auto banded_start = std::chrono::steady_clock::now();
        render_in_bands(raster, *ImGui::GetDrawData(), target);
        banded_times.push_back(ms_since(banded_start));
    }
    io.AddMouseButtonEvent(2, false);
    build_frame(app);

    // A checksum of the last frame's pixels: a change made for speed must leave it alone.
    uint64_t checksum = 14695981039346656037ull;   // FNV-1a
    for (const uint8_t byte : pixels) checksum = (checksum ^ byte) * 1099511628211ull;
    std::printf("%6d contacts %6d links, %s: last frame's pixels checksum %016llx\n", contacts, links, view,
                static_cast<unsigned long long>(checksum));

    std::printf("%6d contacts %6d links, %s, panning: raster median %.3f ms, p95 %.3f ms per %dx%d frame "
                "(%d vertices: %d solid rects, %d textured rects, %d triangles)\n",
                contacts, links, view, median(times), percentile(times, 95), kWidth, kHeight,
                vertices, counts.solid_rects, counts.textured_rects, counts.triangles);
    std::printf("%6d contacts %6d links, %s, in bands of %d rows on 2 threads: raster median %.3f ms, p95 %.3f ms\n", contacts, links, view,
                platform::CpuRaster::kBandRows, median(banded_times), percentile(banded_times, 95));
}

// The clear alone: the floor under every frame.
void clear_only(const platform::CpuRaster& raster) {
    std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4);
    ImDrawData empty;
    std::vector<double> times;
    for (int i = 0; i < 200; i++) {
        const auto start = std::chrono::steady_clock::now();
        raster.render(empty, platform::RgbaTarget{pixels.data(), kWidth, kHeight}, IM_COL32(247, 247, 245, 255));
        times.push_back(ms_since(start));
    }
    std::printf("clear only:                                 median %.3f ms per %dx%d frame\n", median(times), kWidth, kHeight);
}

}  // namespace

int main(int argc, char** argv) {
    start_helper();
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    ui::apply_style(1.0f, KAM_FONT_PATH);
    // The atlas as the browser's CPU renderer takes it: one byte of coverage per texel.
    unsigned char* atlas = nullptr;
    int atlas_w = 0, atlas_h = 0;
    io.Fonts->GetTexDataAsAlpha8(&atlas, &atlas_w, &atlas_h);
    static int font_name = 0;
    io.Fonts->SetTexID(&font_name);
    platform::CpuRaster raster;
    raster.set_texture(&font_name, platform::CpuTexture{atlas, atlas_w, atlas_h, platform::CpuTextureFormat::Alpha8});
    clear_only(raster);
    // The pans first: hovering leaves ImGui's state (the mouse, its hover timers) otherwise, and
    // the pans' checksums are compared between builds.
    for (const Motion motion : {Motion::Pan, Motion::Hover}) {
        run(raster, 200, 1000, frames, true, motion);
        run(raster, 10000, 50000, frames / 4, true, motion);
        run(raster, 10000, 50000, frames / 4, false, motion);
    }
    ImGui::DestroyContext();
    return 0;
}

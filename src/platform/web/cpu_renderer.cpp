// KAM Canvas: the CPU renderer's browser side (see cpu_renderer.h): the rasteriser's buffer put on
// the canvas's 2D context.
#include "platform/web/cpu_renderer.h"

#include "platform/web/cpu_raster.h"

#include "core/parallel.h"

#include "imgui.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kam::platform {

// The app's memory is shared between its threads (a SharedArrayBuffer), and ImageData refuses a
// view of shared memory: each frame is copied into one ImageData, kept while the size stays.
// (A view of the heap would also go stale when memory grows; the copy is made from a fresh one.)
// The ImageData always holds the whole last frame: only the rows that changed are copied into it
// and put on the canvas, and a canvas whose context the browser restored (after a GPU reset, or
// a tab it discarded) gets the whole frame back at once, even while the app draws nothing.
EM_JS(bool, js_cpu_canvas_init, (), {
    const context = Module.canvas.getContext("2d", { alpha: false });
    if (!context) return false;
    const s = Module.kamCpuCanvas = { context, image: null, pixels: 0 };
    s.frame = () => HEAPU8.subarray(s.pixels, s.pixels + s.image.width * s.image.height * 4);   // the last frame drawn, for tests
    Module.canvas.addEventListener("contextrestored", () => { if (s.image) context.putImageData(s.image, 0, 0); });
    return true;
});
// Rows [row0, row1) of the frame changed. Each frame's parts in milliseconds (raster, copy into
// the ImageData, putImageData) and the rows put, the last 1,000, for benchmarks and tests: where
// the CPU renderer's frame goes in the browser.
EM_JS(void, js_cpu_canvas_put, (const uint8_t* pixels, int width, int height, int row0, int row1, double raster_ms), {
    const s = Module.kamCpuCanvas;
    if (!s.image || s.image.width !== width || s.image.height !== height) {
        s.image = new ImageData(width, height);
        row0 = 0, row1 = height;
    }
    s.pixels = pixels;
    const t0 = performance.now();
    if (row0 < row1) s.image.data.set(HEAPU8.subarray(pixels + row0 * width * 4, pixels + row1 * width * 4), row0 * width * 4);
    const t1 = performance.now();
    if (row0 < row1) s.context.putImageData(s.image, 0, 0, 0, row0, width, row1 - row0);
    const times = Module.kamCpuPhaseMs || (Module.kamCpuPhaseMs = []);
    if (times.length >= 1000) times.shift();
    times.push([raster_ms, t1 - t0, performance.now() - t1, row1 - row0]);
});

static CpuRaster g_raster;
static std::vector<uint8_t> g_font_atlas, g_frame;
static int g_font_width = 0, g_font_height = 0;
static int g_font_name = 0;   // its address is the atlas's texture id

bool cpu_renderer_init() {
    if (!js_cpu_canvas_init()) return false;
    ImGui::GetIO().BackendRendererName = "kam_cpu";
    return true;
}

void cpu_renderer_create_font_texture() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &g_font_width, &g_font_height);   // one byte a texel: a quarter of RGBA's
    g_font_atlas.assign(pixels, pixels + static_cast<size_t>(g_font_width) * g_font_height);
    io.Fonts->SetTexID(static_cast<ImTextureID>(&g_font_name));
    io.Fonts->ClearTexData();   // the copy above is what the renderer reads
    g_raster.set_texture(&g_font_name, CpuTexture{g_font_atlas.data(), g_font_width, g_font_height, CpuTextureFormat::Alpha8});
}

void cpu_renderer_render(const ImDrawData* data, int width, int height) {
    if (width <= 0 || height <= 0) return;
    g_frame.resize(static_cast<size_t>(width) * height * 4);
    const RgbaTarget target{g_frame.data(), width, height};
    static const ImDrawData empty;
    const double start = emscripten_get_now();
    // Bands of rows on this thread and the helper, each taking the next band when free: a frame's
    // shapes are sorted into bands once, so neither thread walks the other's. One build against
    // the same build drawing on this thread only, panned in turns in one run (headless Chromium,
    // 2 cores, moves as fast as taken): the 10,000-contact map's raster 35.6-36.6 ms a frame on
    // one thread, 22.2-23.0 on two (24 view updates a second to 35-37); the 200-contact map's
    // 9.7-9.8 ms to 5.7-5.8, though the compositor and the GPU process share the two cores.
    // Only the bands that changed since the last frame are drawn (g_frame keeps the others).
    g_raster.begin_frame(data ? *data : empty, target, IM_COL32(247, 247, 245, 255));   // the WebGL renderer's clear colour
    const std::vector<int>& changed = g_raster.changed_bands();
    parallel_for(changed.size(), [&changed](size_t i, int) { g_raster.draw_band(changed[i]); });
    const int row0 = changed.empty() ? 0 : changed.front() * CpuRaster::kBandRows;
    const int row1 = changed.empty() ? 0 : std::min(height, (changed.back() + 1) * CpuRaster::kBandRows);
    js_cpu_canvas_put(g_frame.data(), width, height, row0, row1, emscripten_get_now() - start);
}

}  // namespace kam::platform

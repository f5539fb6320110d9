// KAM Canvas: the CPU renderer's browser side (see cpu_renderer.h): the rasteriser's buffer put on
// the canvas's 2D context.
#include "platform/web/cpu_renderer.h"

#include "platform/web/cpu_raster.h"

#include "core/parallel.h"

#include "imgui.h"

#include <emscripten.h>

#include <cstdint>
#include <vector>

namespace kam::platform {

// The app's memory is shared between its threads (a SharedArrayBuffer), and ImageData refuses a
// view of shared memory: each frame is copied into one ImageData, kept while the size stays.
// (A view of the heap would also go stale when memory grows; the copy is made from a fresh one.)
EM_JS(bool, js_cpu_canvas_init, (), {
    const context = Module.canvas.getContext("2d", { alpha: false });
    if (!context) return false;
    Module.kamCpuCanvas = { context, image: null };
    return true;
});
// Each frame's parts in milliseconds (raster, copy into the ImageData, putImageData), the last
// 1,000, for benchmarks: where the CPU renderer's frame goes in the browser.
EM_JS(void, js_cpu_canvas_put, (const uint8_t* pixels, int width, int height, double raster_ms), {
    const s = Module.kamCpuCanvas;
    if (!s.image || s.image.width !== width || s.image.height !== height) s.image = new ImageData(width, height);
    const t0 = performance.now();
    s.image.data.set(HEAPU8.subarray(pixels, pixels + width * height * 4));
    const t1 = performance.now();
    s.context.putImageData(s.image, 0, 0);
    const times = Module.kamCpuPhaseMs || (Module.kamCpuPhaseMs = []);
    if (times.length >= 1000) times.shift();
    times.push([raster_ms, t1 - t0, performance.now() - t1]);
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
    // shapes are sorted into bands once, so neither thread walks the other's. In the same run of
    // the 10,000-contact map panned (headless Chromium, 2 cores): 38 ms of raster per frame on one
    // thread, 27-31 ms on two, the helper drawing 10-12 of the 23 bands while the compositor and
    // the GPU process share the cores.
    const int bands = g_raster.begin_frame(data ? *data : empty, target, IM_COL32(247, 247, 245, 255));   // the WebGL renderer's clear colour
    parallel_for(static_cast<size_t>(bands), [](size_t band, int) { g_raster.draw_band(static_cast<int>(band)); });
    js_cpu_canvas_put(g_frame.data(), width, height, emscripten_get_now() - start);
}

}  // namespace kam::platform

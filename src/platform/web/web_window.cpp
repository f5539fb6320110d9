// KAM Canvas: the browser window: the page's canvas at device-pixel resolution, drawn with WebGL 2
// or the CPU renderer (web/boot.js chooses before the canvas has a context), and a main loop that
// draws the frames ImGui needs after each input (frame_pacing.h) and pauses while nothing happens.
#include "platform/window.h"
#include "platform/web/cpu_renderer.h"
#include "platform/web/downloads.h"
#include "platform/web/frame_pacing.h"
#include "platform/web/web_clipboard.h"
#include "platform/web/web_touch.h"

#include "imgui.h"
#include "imgui_internal.h"   // the input event queue: draw until it is empty
#include "imgui_impl_glfw.h"
#include "platform/web/webgl_renderer.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace kam::platform {

static GLFWwindow* g_window = nullptr;
static std::function<bool()> g_frame;
static std::function<void()> g_on_leave;
static int g_frames_left = 1;        // frames still to draw before pausing
static bool g_paused = false;
static bool g_cpu = false;           // the CPU renderer draws (else WebGL 2)
static FramePacer g_pacer;
static double g_tooltip_wake_at = 0; // a wake-up for a tooltip is due then (0: none pending)

// Any input resumes the loop. Listeners are on the window in the capture phase, so they
// run before GLFW's own and never miss an event.
EM_JS(void, js_install_wake_listeners, (), {
    const wake = () => Module._kam_wake();
    for (const type of ["mousedown", "mouseup", "mousemove", "wheel", "keydown", "keyup", "keypress",
                        "touchstart", "touchmove", "touchend", "resize", "focus", "blur"])
        window.addEventListener(type, wake, { capture: true, passive: true });
    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") Module._kam_leave(); else wake();
    });
    window.addEventListener("pagehide", () => Module._kam_leave());
});

EM_JS(void, js_wake_after, (double ms), { setTimeout(() => Module._kam_wake(), ms); });
EM_JS(void, js_tooltip_wake_after, (double ms), { setTimeout(() => Module._kam_tooltip_wake(), ms); });

// What web/boot.js chose before the app started (it probed WebGL 2 on a canvas of its own), and
// the choice on this device (localStorage: it must be known before the app's code loads).
EM_JS(bool, js_renderer_is_cpu, (), { return !!(Module.kamRenderer && Module.kamRenderer.kind === "cpu"); });
EM_JS(int, js_renderer_reason, (char* out, int size), {
    return stringToUTF8(Module.kamRenderer ? Module.kamRenderer.reason : "", out, size);
});
EM_JS(int, js_renderer_choice_at_start, (), {
    return ["auto", "gpu", "cpu"].indexOf(Module.kamRenderer ? Module.kamRenderer.preference : "auto");
});
EM_JS(int, js_renderer_choice, (), {
    let stored = null;
    try { stored = localStorage.getItem("kam-renderer"); } catch (e) {}
    const i = ["auto", "gpu", "cpu"].indexOf(stored);
    return i < 0 ? 0 : i;
});
EM_JS(void, js_choose_renderer, (int choice), {
    try { localStorage.setItem("kam-renderer", ["auto", "gpu", "cpu"][choice]); } catch (e) {}
});

// The canvas fills the page; its pixel size follows the CSS size times devicePixelRatio.
EM_JS(float, js_fit_canvas, (), {
    const canvas = Module.canvas;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const h = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    return ratio;
});
EM_JS(int, js_canvas_width, (), { return Module.canvas.width; });
EM_JS(int, js_canvas_height, (), { return Module.canvas.height; });
EM_JS(void, js_first_frame_drawn, (), { if (Module.onFirstFrame) Module.onFirstFrame(); });
// The main thread's busy time of each recent frame (UI, drawing and WebGL submission), the last
// 1,000, and how many frames were drawn in all, for benchmarks: the same measure for every
// figure, whatever the display's refresh rate.
EM_JS(void, js_record_frame_ms, (double ms), {
    Module.kamFramesDrawn = (Module.kamFramesDrawn || 0) + 1;
    const times = Module.kamFrameMs || (Module.kamFrameMs = []);
    if (times.length >= 1000) times.shift();
    times.push(ms);
});

extern "C" EMSCRIPTEN_KEEPALIVE void kam_wake() {
    g_frames_left = std::max(g_frames_left, 1);
    if (g_paused) {
        g_paused = false;
        emscripten_resume_main_loop();
    }
}

// One frame once the mouse has rested long enough for a tooltip; while it kept moving, later.
extern "C" EMSCRIPTEN_KEEPALIVE void kam_tooltip_wake() {
    const double now = emscripten_get_now();
    if (g_tooltip_wake_at == 0) return;
    if (now + 1 < g_tooltip_wake_at) {
        js_tooltip_wake_after(g_tooltip_wake_at - now);
        return;
    }
    g_tooltip_wake_at = 0;
    kam_wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void kam_leave() {
    if (g_on_leave) g_on_leave();
}

bool window_open(const char* title) {
    if (!glfwInit()) return false;
    g_cpu = js_renderer_is_cpu();
    // The CPU renderer takes the canvas's 2D context: GLFW must not take a WebGL one first.
    glfwWindowHint(GLFW_CLIENT_API, g_cpu ? GLFW_NO_API : GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws flat, back to front, on an opaque background: no depth or stencil buffer and
    // no alpha channel (an opaque canvas is cheaper for the page to composite).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    g_window = glfwCreateWindow(1280, 720, title, nullptr, nullptr);
    if (!g_window) return false;
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;   // layout is code; nothing to persist between visits
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (g_cpu)
        ImGui_ImplGlfw_InitForOther(g_window, true);
    else
        ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    install_clipboard();   // after the GLFW backend, whose clipboard is empty in the browser
    if (!(g_cpu ? cpu_renderer_init() : webgl_renderer_init())) return false;
    js_install_wake_listeners();
    install_touch_input();
    return true;
}

float window_pixel_ratio() { return js_fit_canvas(); }

static void main_loop_step() {
    if (g_frames_left <= 0) {
        g_paused = true;
        emscripten_pause_main_loop();
        return;
    }
    g_frames_left--;
    const double start = emscripten_get_now();
    g_pacer.before_frame(*ImGui::GetCurrentContext());
    bool again = g_frame();
    js_record_frame_ms(emscripten_get_now() - start);
    // Only the frames ImGui needs: its queue emptied, what a click started shown, windows settled.
    const FramePacer::Next next = g_pacer.after_frame(*ImGui::GetCurrentContext());
    again = again || next.draw_again;
    if (again) g_frames_left = std::max(g_frames_left, 1);
    if (!again && next.wake_in_seconds >= 0) {
        const bool pending = g_tooltip_wake_at != 0;
        g_tooltip_wake_at = emscripten_get_now() + next.wake_in_seconds * 1000.0;
        if (!pending) js_tooltip_wake_after(next.wake_in_seconds * 1000.0);
    }
}

void window_run(std::function<bool()> frame) {
    g_frame = std::move(frame);
    main_loop_step();   // the first frame now, not at the next animation frame
    emscripten_set_main_loop(main_loop_step, 0, false);
}

void window_wake_after(double seconds) { js_wake_after(seconds * 1000.0); }

void window_on_leave(std::function<void()> callback) { g_on_leave = std::move(callback); }

void window_new_frame() {
    ImGui_ImplGlfw_NewFrame();
    // GLFW's idea of the window size is the size it was created with; the real drawing
    // surface is the canvas, sized in device pixels by js_fit_canvas().
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2((float)js_canvas_width(), (float)js_canvas_height());
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
}

void window_render() {
    static bool first = true;
    ImGui::Render();
    if (g_cpu)
        cpu_renderer_render(ImGui::GetDrawData(), js_canvas_width(), js_canvas_height());
    else
        webgl_renderer_render(ImGui::GetDrawData(), js_canvas_width(), js_canvas_height());
    if (std::exchange(first, false)) js_first_frame_drawn();
}

void window_download_png(float x, float y, float width, float height, const std::string& filename) {
    // ImGui's display pixels are the canvas's pixels here (see window_new_frame()).
    const int x0 = std::max(0, (int)std::lround(x)), y0 = std::max(0, (int)std::lround(y));
    const int x1 = std::min(js_canvas_width(), (int)std::lround(x + width)), y1 = std::min(js_canvas_height(), (int)std::lround(y + height));
    if (x1 > x0 && y1 > y0) kam_download_canvas_png(x0, y0, x1 - x0, y1 - y0, filename.c_str());
}

void window_fonts_changed() {
    if (g_cpu)
        cpu_renderer_create_font_texture();
    else
        webgl_renderer_create_font_texture();
}

RendererStatus window_renderer() {
    RendererStatus status;
    status.cpu = g_cpu;
    char reason[256] = "";
    js_renderer_reason(reason, sizeof(reason));
    status.reason = reason;
    status.chosen = static_cast<RendererChoice>(js_renderer_choice());
    status.choosable = true;
    status.reload_needed = status.chosen != static_cast<RendererChoice>(std::max(0, js_renderer_choice_at_start()));
    return status;
}

void window_choose_renderer(RendererChoice choice) { js_choose_renderer(static_cast<int>(choice)); }

}  // namespace kam::platform

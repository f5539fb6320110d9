// KAM Canvas: a desktop GLFW window with OpenGL 3, for development and screenshots.
#include "platform/window.h"

#include "platform/native/png_encode.h"
#include "platform/platform.h"

#include "imgui.h"
#include "imgui_internal.h"   // the input event queue: draw until it is empty
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <vector>
#include <utility>

namespace kam::platform {

static GLFWwindow* g_window = nullptr;
static std::function<void()> g_on_leave;
static double g_wake_at = 0;

bool window_open(const char* title) {
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(1280, 800, title, nullptr, nullptr);
    if (!g_window) return false;
    glfwMakeContextCurrent(g_window);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    return true;
}

// Sleeps in glfwWaitEvents while idle, as the browser build pauses its loop.
void window_run(std::function<bool()> frame) {
    int frames_left = 3;
    while (!glfwWindowShouldClose(g_window)) {
        if (frames_left <= 0) {
            double wait = g_wake_at - glfwGetTime();
            if (g_wake_at > 0 && wait > 0) glfwWaitEventsTimeout(wait);
            else if (g_wake_at > 0) g_wake_at = 0;
            else glfwWaitEvents();
            frames_left = 3;
        } else {
            glfwPollEvents();
        }
        frames_left--;
        if (frame()) frames_left = std::max(frames_left, 1);
        // ImGui takes one button change per frame from its queue: keep drawing until it is empty.
        if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) frames_left = std::max(frames_left, 3);
    }
    if (g_on_leave) g_on_leave();
}

void window_wake_after(double seconds) { g_wake_at = glfwGetTime() + seconds; }
void window_on_leave(std::function<void()> callback) { g_on_leave = std::move(callback); }

float window_pixel_ratio() {
    float x = 1, y = 1;
    glfwGetWindowContentScale(g_window, &x, &y);
    return x;
}

void window_new_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

// Draws the last rendered frame's draw data into the back buffer.
static void draw_frame() {
    int w, h;
    glfwGetFramebufferSize(g_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void window_render() {
    ImGui::Render();
    draw_frame();
    glfwSwapBuffers(g_window);
}

// The frame was swapped to the screen already (whose front buffer may not be readable):
// draw it again into the back buffer, read the rectangle there, and "download" the PNG as
// download_text() does any file: next to the workspace.
void window_download_png(float x, float y, float width, float height, const std::string& filename) {
    draw_frame();
    int fb_w, fb_h;
    glfwGetFramebufferSize(g_window, &fb_w, &fb_h);
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;   // display -> framebuffer pixels
    const int x0 = std::max(0, (int)std::lround(x * scale.x)), y0 = std::max(0, (int)std::lround(y * scale.y));
    const int x1 = std::min(fb_w, (int)std::lround((x + width) * scale.x)), y1 = std::min(fb_h, (int)std::lround((y + height) * scale.y));
    if (x1 <= x0 || y1 <= y0) return;
    const int w = x1 - x0, h = y1 - y0;
    std::vector<uint8_t> pixels(static_cast<size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(x0, fb_h - y1, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());   // OpenGL counts rows from the bottom
    std::vector<uint8_t> top_down(pixels.size());
    const size_t row = static_cast<size_t>(w) * 4;
    for (int r = 0; r < h; r++) std::copy_n(pixels.begin() + row * (h - 1 - r), row, top_down.begin() + row * r);
    download_text(filename, encode_png(top_down.data(), w, h));
}

void window_fonts_changed() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// GLFW on the desktop reports no touch points: a touch screen there acts as a mouse.
ui::TouchGesture window_take_touch_gesture() { return {}; }

// The desktop build always draws with OpenGL 3 on whatever GPU the machine has: nothing to choose.
RendererStatus window_renderer() { return {false, "GPU: OpenGL 3 (the desktop build)", RendererChoice::Automatic, false, false}; }
void window_choose_renderer(RendererChoice) {}
// The desktop build is for development and tests: it presents in its window as it is.
void window_set_fullscreen(bool) {}
bool window_is_fullscreen() { return false; }

}  // namespace kam::platform

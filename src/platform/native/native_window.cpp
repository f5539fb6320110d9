// KAM Canvas: a desktop GLFW window with OpenGL 3, for development and screenshots.
#include "platform/window.h"

#include "imgui.h"
#include "imgui_internal.h"   // the input event queue: draw until it is empty
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <GLFW/glfw3.h>

#include <algorithm>
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

void window_render() {
    ImGui::Render();
    int w, h;
    glfwGetFramebufferSize(g_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(g_window);
}

void window_fonts_changed() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace kam::platform

// KAM Canvas: the window the UI draws in (web: the page's canvas; native: a GLFW window),
// with Dear ImGui's platform and renderer backends, and a main loop that sleeps when idle.
#pragma once

#include "ui/renderer_choice.h"
#include "ui/touch_gesture.h"

#include <functional>
#include <string>

namespace kam::platform {

bool window_open(const char* title);

// Calls 'frame' when there is something to draw: after input, a wake-up, or while the
// previous frame asked for more (returned true). Otherwise the loop sleeps: an idle app
// draws nothing and costs no CPU.
void window_run(std::function<bool()> frame);

// Draw again after 'seconds' even without input (e.g. to hide a message, to autosave).
void window_wake_after(double seconds);

// Called when the page is hidden or closed (web) or the window closes (native): the last
// chance to save.
void window_on_leave(std::function<void()> callback);

// Screen pixels per CSS pixel (HiDPI); the UI scales fonts and sizes by it.
float window_pixel_ratio();

// Presenter mode's full screen (web: the browser's, where it grants it; native: the window as it is).
void window_set_fullscreen(bool on);
bool window_is_fullscreen();

void window_new_frame();      // backends + ImGui::NewFrame()
void window_render();         // ImGui::Render() + draw + present
void window_fonts_changed();  // the font atlas was rebuilt: upload it again

// Which renderer draws and why (chosen once, before the window opens), and the choice on this
// device. A new choice is remembered here and takes effect at the next start (web: a reload).
RendererStatus window_renderer();
void window_choose_renderer(RendererChoice choice);

// The two-finger touch gesture since the last call (pinch, two-finger pan); call once a frame.
// One finger is the mouse. Web: web_touch.cpp; the desktop has no touch input: nothing.
ui::TouchGesture window_take_touch_gesture();

// Saves the pixels of the frame just rendered inside the rectangle (ImGui display
// coordinates; the part outside the screen is left out) as a PNG file named 'filename':
// a download on the web, a file in the storage folder natively. Call right after
// window_render(), while the frame is still in the drawing buffer.
void window_download_png(float x, float y, float width, float height, const std::string& filename);

}  // namespace kam::platform

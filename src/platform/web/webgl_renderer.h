// KAM Canvas: draws ImGui's draw data with WebGL2, for the browser build.
//
// Why not ImGui's own imgui_impl_opengl3: it saves and restores the GL state around every frame
// with about twenty glGet calls, for apps that share the context with other drawing. In Chromium
// each glGet is a synchronous round trip to the GPU process, and they took most of a panned map
// frame (about 2 ms of 2.5). Here nothing else draws, so the state is set once and never queried.
#pragma once

struct ImDrawData;

namespace kam::platform {

bool webgl_renderer_init();                    // compiles the shaders, makes the buffers
void webgl_renderer_create_font_texture();     // from ImGui's font atlas (again after a change)
// Clears the canvas of 'width' x 'height' pixels and draws the frame.
void webgl_renderer_render(const ImDrawData* data, int width, int height);

}  // namespace kam::platform

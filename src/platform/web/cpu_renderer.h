// KAM Canvas: the CPU renderer in the browser: ImGui's draw data rasterised into a buffer in wasm
// memory (cpu_raster.h) and shown on the page's canvas through its 2D context (putImageData).
// Used where WebGL 2 is missing or runs in software (see web/boot.js, which chooses): there the
// GPU process would draw with the CPU anyway, and the page waits for every frame to be read back.
#pragma once

struct ImDrawData;

namespace kam::platform {

bool cpu_renderer_init();                 // takes the canvas's 2D context
void cpu_renderer_create_font_texture();  // keeps a copy of ImGui's font atlas (again after a change)
// Clears 'width' x 'height' pixels, draws the frame and puts it on the canvas.
void cpu_renderer_render(const ImDrawData* data, int width, int height);

}  // namespace kam::platform

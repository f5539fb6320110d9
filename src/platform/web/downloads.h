// KAM Canvas: saving a file from the page; the JavaScript is in downloads.js.
#pragma once

#include <cstddef>

extern "C" {
// Saves 'length' bytes at 'text' as a JSON file named 'filename'.
void kam_download_text(const char* filename, const char* text, size_t length);
// Saves a rectangle of the canvas (canvas pixels) as a PNG file named 'filename'.
void kam_download_canvas_png(int x, int y, int width, int height, const char* filename);
}

// KAM Canvas: a minimal PNG encoder for the desktop build's Export PNG (the browser encodes
// with its canvas). 8-bit RGBA, zlib "stored" blocks: no compression and no third-party
// code; a map picture of a few megabytes is fine for a development build.
#pragma once

#include <cstdint>
#include <string>

namespace kam::platform {

// 'rgba' holds width * height pixels, 4 bytes each, row by row from the top.
std::string encode_png(const uint8_t* rgba, int width, int height);

}  // namespace kam::platform

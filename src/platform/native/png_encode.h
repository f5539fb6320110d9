// KAM Canvas: a minimal PNG encoder for the desktop build's Export PNG (the browser encodes
// with its canvas). 8-bit RGBA, zlib "stored" blocks: no compression and no third-party
// code; a map picture of a few megabytes is fine for a development build.
#pragma once

#include <cstdint>
#include <string>

namespace kam::platform {

// 'rgba' holds width * height pixels, 4 bytes each, row by row from the top.
std::string encode_png(const uint8_t* rgba, int width, int height);

// The PNG file of an 8-bit RGBA image whose rows, each after its filter type byte, 'zlib_stream'
// holds: signature, IHDR, IDAT and IEND, each chunk with its CRC. For an encoder that compresses.
std::string png_around_zlib_stream(int width, int height, const std::string& zlib_stream);

}  // namespace kam::platform

// PNG files for the golden frames: written compressed (zlib) so a frame of the sample map costs
// the repository tens of kilobytes, not the four megabytes of the desktop build's stored-block
// encoder, and read back whichever way a tool saved them (every filter type; RGB or RGBA).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kam::test {

struct RgbaImage {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;   // width * height * 4, row by row from the top
};

std::string encode_png_compressed(const RgbaImage& image);

// The image in 'png', or an empty image with 'error' saying what is wrong with the file.
RgbaImage decode_png(const std::string& png, std::string& error);

}  // namespace kam::test

// PNG = signature + IHDR + IDAT (a zlib stream of rows, each after its filter type) + IEND, each
// chunk closed by a CRC-32 (PNG specification, ISO/IEC 15948). zlib deflates the rows and checks
// the CRCs; the desktop build's encoder (platform/native/png_encode.h) writes the chunks.
#include "golden_png.h"

#include "platform/native/png_encode.h"

#include <zlib.h>

#include <cstdlib>
#include <string_view>

namespace kam::test {

namespace {

constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);

uint32_t get32(const std::string& s, size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; i++) v = (v << 8) | static_cast<uint8_t>(s[at + i]);
    return v;
}

// The Paeth predictor of the specification: whichever of left, above and upper left is nearest
// to left + above - upper left.
int paeth(int a, int b, int c) {
    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// What filter 'type' predicts for byte i of a row, from the bytes already known: those to its
// left in 'row' and those of the row above, 'up' (zeros above the first row).
int predict(int type, const uint8_t* row, const uint8_t* up, size_t i, size_t bpp) {
    const int a = i >= bpp ? row[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
    switch (type) {
        case 1: return a;
        case 2: return b;
        case 3: return (a + b) / 2;
        case 4: return paeth(a, b, c);
        default: return 0;
    }
}

}  // namespace

std::string encode_png_compressed(const RgbaImage& image) {
    const size_t stride = static_cast<size_t>(image.width) * 4;
    const std::vector<uint8_t> zeros(stride, 0);
    std::string raw;
    raw.reserve((stride + 1) * image.height);
    std::string best, trial;
    for (int y = 0; y < image.height; y++) {
        const uint8_t* row = image.pixels.data() + stride * y;
        const uint8_t* up = y > 0 ? row - stride : zeros.data();
        // Each row takes the filter whose output sums smallest as signed bytes, the
        // specification's suggested heuristic: small residues deflate best.
        long best_sum = -1;
        for (int type = 0; type <= 4; type++) {
            trial.assign(1, static_cast<char>(type));
            long sum = 0;
            for (size_t i = 0; i < stride; i++) {
                const auto residue = static_cast<uint8_t>(row[i] - predict(type, row, up, i, 4));
                trial += static_cast<char>(residue);
                sum += residue < 128 ? residue : 256 - residue;
            }
            if (best_sum < 0 || sum < best_sum) best_sum = sum, best.swap(trial);
        }
        raw += best;
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string z(size, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()), 9);
    z.resize(size);

    return kam::platform::png_around_zlib_stream(image.width, image.height, z);
}

RgbaImage decode_png(const std::string& png, std::string& error) {
    const auto fail = [&error](std::string why) {
        error = std::move(why);
        return RgbaImage{};
    };
    if (png.compare(0, kSignature.size(), kSignature) != 0) return fail("not a PNG file (no PNG signature)");
    RgbaImage image;
    int channels = 0;
    std::string z;
    for (size_t at = kSignature.size();;) {
        if (at + 12 > png.size()) return fail("the file ends inside a chunk at byte " + std::to_string(at));
        const uint32_t n = get32(png, at);
        const std::string type = png.substr(at + 4, 4);
        if (n > png.size() - at - 12) return fail("chunk " + type + " at byte " + std::to_string(at) + " runs past the end");
        const std::string data = png.substr(at + 8, n);
        const uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(png.data() + at + 4), n + 4));
        if (crc != get32(png, at + 8 + n)) return fail("chunk " + type + " at byte " + std::to_string(at) + " fails its CRC: the file is damaged");
        at += 12 + n;
        if (type == "IHDR") {
            if (n != 13) return fail("IHDR is " + std::to_string(n) + " bytes, not 13");
            image.width = static_cast<int>(get32(data, 0)), image.height = static_cast<int>(get32(data, 4));
            const int depth = static_cast<uint8_t>(data[8]), colour = static_cast<uint8_t>(data[9]), interlace = static_cast<uint8_t>(data[12]);
            channels = colour == 6 ? 4 : colour == 2 ? 3 : 0;
            if (depth != 8 || channels == 0 || interlace != 0)
                return fail("only 8-bit RGB or RGBA without interlacing is read (bit depth " + std::to_string(depth) + ", colour type " +
                               std::to_string(colour) + ", interlace " + std::to_string(interlace) + ")");
            if (image.width <= 0 || image.height <= 0 || image.width > 16384 || image.height > 16384)
                return fail("a size of " + std::to_string(image.width) + " x " + std::to_string(image.height) + " is not read");
        } else if (type == "IDAT") {
            z += data;
        } else if (type == "IEND") {
            break;
        }
    }
    if (channels == 0) return fail("no IHDR chunk");

    const size_t stride = static_cast<size_t>(image.width) * channels;
    std::string raw((stride + 1) * image.height, '\0');
    uLongf size = static_cast<uLongf>(raw.size());
    if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &size, reinterpret_cast<const Bytef*>(z.data()), static_cast<uLong>(z.size())) != Z_OK ||
        size != raw.size())
        return fail("the image data does not inflate to " + std::to_string(raw.size()) + " bytes");

    std::vector<uint8_t> rows(stride * image.height);
    const std::vector<uint8_t> zeros(stride, 0);
    for (int y = 0; y < image.height; y++) {
        const int type = static_cast<uint8_t>(raw[(stride + 1) * y]);
        if (type > 4) return fail("row " + std::to_string(y) + " has filter type " + std::to_string(type));
        const auto* in = reinterpret_cast<const uint8_t*>(raw.data() + (stride + 1) * y + 1);
        uint8_t* row = rows.data() + stride * y;
        const uint8_t* up = y > 0 ? row - stride : zeros.data();
        for (size_t i = 0; i < stride; i++) row[i] = static_cast<uint8_t>(in[i] + predict(type, row, up, i, channels));
    }
    image.pixels.resize(static_cast<size_t>(image.width) * image.height * 4);
    for (size_t p = 0; p < static_cast<size_t>(image.width) * image.height; p++)
        for (int k = 0; k < 4; k++) image.pixels[p * 4 + k] = k < channels ? rows[p * channels + k] : 255;
    return image;
}

}  // namespace kam::test

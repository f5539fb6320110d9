// KAM Canvas: PNG = signature + IHDR + IDAT (zlib stream of filtered rows) + IEND; each
// chunk ends with a CRC-32, the zlib stream with an Adler-32 of the uncompressed bytes.
#include "platform/native/png_encode.h"

#include <algorithm>
#include <array>

namespace kam::platform {

static uint32_t crc32(const std::string& bytes, size_t from) {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t n = 0; n < 256; n++) {
            uint32_t c = n;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = from; i < bytes.size(); i++) c = table[(c ^ static_cast<uint8_t>(bytes[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static void put32(std::string& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

static void chunk(std::string& png, const char* type, const std::string& data) {
    put32(png, static_cast<uint32_t>(data.size()));
    const size_t start = png.size();   // the CRC covers the type and the data
    png += type;
    png += data;
    put32(png, crc32(png, start));
}

std::string encode_png(const uint8_t* rgba, int width, int height) {
    // Each row starts with its filter type (0: none).
    std::string raw;
    const size_t row = static_cast<size_t>(width) * 4;
    raw.reserve((row + 1) * height);
    for (int y = 0; y < height; y++) {
        raw += '\0';
        raw.append(reinterpret_cast<const char*>(rgba + row * y), row);
    }
    // zlib: header, stored deflate blocks of at most 65535 bytes, Adler-32.
    std::string z = "\x78\x01";
    uint32_t a = 1, b = 0;
    for (unsigned char ch : raw) a = (a + ch) % 65521, b = (b + a) % 65521;
    size_t at = 0;
    do {
        const size_t n = std::min<size_t>(65535, raw.size() - at);
        z += static_cast<char>(at + n == raw.size() ? 1 : 0);   // the last block says so
        z += static_cast<char>(n & 0xFF), z += static_cast<char>(n >> 8);
        z += static_cast<char>(~n & 0xFF), z += static_cast<char>((~n >> 8) & 0xFF);
        z.append(raw, at, n);
        at += n;
    } while (at < raw.size());
    put32(z, (b << 16) | a);

    return png_around_zlib_stream(width, height, z);
}

std::string png_around_zlib_stream(int width, int height, const std::string& zlib_stream) {
    std::string header;
    put32(header, static_cast<uint32_t>(width));
    put32(header, static_cast<uint32_t>(height));
    header += std::string("\x08\x06\x00\x00\x00", 5);   // 8 bits, RGBA, deflate, adaptive filters, no interlace
    std::string png = "\x89PNG\r\n\x1a\n";
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", zlib_stream);
    chunk(png, "IEND", "");
    return png;
}

}  // namespace kam::platform

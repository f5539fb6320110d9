// The desktop build's PNG encoder: the structure every PNG reader checks (signature, chunk
// lengths and CRCs, the zlib stream's blocks and Adler-32), and pixels that come back out.
#include "platform/native/png_encode.h"

#include <catch2/catch.hpp>

#include <vector>

using kam::platform::encode_png;

namespace {

uint32_t be32(const std::string& s, size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; i++) v = (v << 8) | static_cast<uint8_t>(s[at + i]);
    return v;
}

struct Chunk {
    std::string type, data;
    uint32_t crc;
};

std::vector<Chunk> chunks(const std::string& png) {
    std::vector<Chunk> out;
    for (size_t at = 8; at + 12 <= png.size();) {
        const uint32_t n = be32(png, at);
        out.push_back({png.substr(at + 4, 4), png.substr(at + 8, n), be32(png, at + 8 + n)});
        at += 12 + n;
    }
    return out;
}

// The bytes of a zlib stream made of stored blocks; fails the test on anything else.
std::string inflate_stored(const std::string& z) {
    REQUIRE(static_cast<uint8_t>(z[0]) == 0x78);
    REQUIRE((static_cast<uint8_t>(z[0]) * 256 + static_cast<uint8_t>(z[1])) % 31 == 0);   // zlib's header check
    std::string out;
    size_t at = 2;
    for (bool last = false; !last;) {
        last = z[at] & 1;
        REQUIRE((z[at] & 6) == 0);   // block type 0: stored
        const size_t n = static_cast<uint8_t>(z[at + 1]) | static_cast<uint8_t>(z[at + 2]) << 8;
        const size_t complement = static_cast<uint8_t>(z[at + 3]) | static_cast<uint8_t>(z[at + 4]) << 8;
        REQUIRE(n == (~complement & 0xFFFF));
        out.append(z, at + 5, n);
        at += 5 + n;
    }
    REQUIRE(at + 4 == z.size());   // then the Adler-32, and nothing after it
    return out;
}

}  // namespace

TEST_CASE("a PNG holds the signature, IHDR, IDAT and IEND with the CRCs and Adler-32 zlib computes") {
    const uint8_t pixels[] = {255, 0, 0, 255, 0, 128, 255, 10};   // 2 x 1: red, translucent blue
    const std::string png = encode_png(pixels, 2, 1);
    REQUIRE(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n"));
    const std::vector<Chunk> c = chunks(png);
    REQUIRE(c.size() == 3);
    REQUIRE(c[0].type == "IHDR");
    REQUIRE(c[0].data == std::string("\0\0\0\x02\0\0\0\x01\x08\x06\0\0\0", 13));
    REQUIRE(c[0].crc == 0xF4227F8Au);   // zlib.crc32(b"IHDR" + data) in Python
    REQUIRE(c[1].type == "IDAT");
    REQUIRE(inflate_stored(c[1].data) == std::string("\0\xFF\0\0\xFF\0\x80\xFF\x0A", 9));
    REQUIRE(be32(c[1].data, c[1].data.size() - 4) == 0x10840388u);   // zlib.adler32 of the rows
    REQUIRE(c[2].type == "IEND");
    REQUIRE(c[2].data.empty());
    REQUIRE(c[2].crc == 0xAE426082u);
    REQUIRE(png.size() == 8 + (12 + 13) + (12 + c[1].data.size()) + 12);
}

TEST_CASE("a large picture spans several stored blocks and every row comes back, each after its filter byte") {
    const int w = 300, h = 70;   // 70 rows of 1,201 bytes: more than one 65,535-byte block
    std::vector<uint8_t> pixels(static_cast<size_t>(w) * h * 4);
    for (size_t i = 0; i < pixels.size(); i++) pixels[i] = static_cast<uint8_t>(i * 7 + i / 1201);
    const std::vector<Chunk> c = chunks(encode_png(pixels.data(), w, h));
    REQUIRE(c.size() == 3);
    const std::string raw = inflate_stored(c[1].data);
    REQUIRE(raw.size() == static_cast<size_t>(h) * (1 + w * 4));
    for (int y = 0; y < h; y++) {
        const size_t row = static_cast<size_t>(y) * (1 + w * 4);
        REQUIRE(raw[row] == '\0');
        REQUIRE(raw.compare(row + 1, w * 4, std::string(pixels.begin() + y * w * 4, pixels.begin() + (y + 1) * w * 4)) == 0);
    }
}

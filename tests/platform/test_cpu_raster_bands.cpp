// The CPU renderer in bands of rows (CpuRaster::begin_frame and draw_band), as the browser draws a
// frame on two threads: the bands together must give the same bytes as one band of every row, for
// any band size, in any order, whichever thread draws which band (a shape sorted into too few
// bands would leave pixels out). The scene is made to be hard for that: triangles of every
// slope and size crossing the boundaries, half-pixel edges, interpolated colours, an alpha-8
// texture sampled bilinearly, glyph-shaped and solid rectangles, translucent blending and clip
// rectangles that start and end inside bands. Then frame after frame into one buffer, drawing
// only the bands that changed (changed_bands()), as the browser does.
#include "platform/web/cpu_raster.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <thread>
#include <vector>

using kam::platform::CpuRaster;
using kam::platform::CpuTexture;
using kam::platform::CpuTextureFormat;
using kam::platform::RgbaTarget;

namespace {

constexpr int kWidth = 197, kHeight = 151;   // not multiples of any band size below
constexpr ImU32 kClear = IM_COL32(247, 247, 245, 255);

struct Scene {
    ImDrawList list{nullptr};
    ImDrawData data;
    std::vector<uint8_t> texels;
    int texture_name = 0;
    CpuRaster raster;

    explicit Scene(unsigned seed) {
        std::mt19937 random(seed);
        const auto uniform = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(random); };
        const auto colour = [&] { return static_cast<ImU32>(random()) | (random() % 3 == 0 ? 0xFF000000u : 0u); };
        texels.resize(32 * 32);
        for (uint8_t& t : texels) t = static_cast<uint8_t>(random());
        raster.set_texture(&texture_name, CpuTexture{texels.data(), 32, 32, CpuTextureFormat::Alpha8});

        for (int command = 0; command < 6; command++) {
            ImDrawCmd cmd;
            cmd.ClipRect = command == 0 ? ImVec4(0, 0, kWidth, kHeight)
                                        : ImVec4(uniform(-10, 90), uniform(-10, 70), uniform(100, 210), uniform(80, 160));
            cmd.TextureId = command % 2 == 0 ? &texture_name : nullptr;
            cmd.IdxOffset = static_cast<unsigned>(list.IdxBuffer.Size);
            const auto vertex = [&](float x, float y, ImU32 col, ImVec2 uv) {
                ImDrawVert v;
                v.pos = ImVec2(x, y), v.uv = uv, v.col = col;
                list.VtxBuffer.push_back(v);
                return static_cast<ImDrawIdx>(list.VtxBuffer.Size - 1);
            };
            const auto triangle = [&](ImDrawIdx a, ImDrawIdx b, ImDrawIdx c) {
                list.IdxBuffer.push_back(a), list.IdxBuffer.push_back(b), list.IdxBuffer.push_back(c);
                cmd.ElemCount += 3;
            };
            for (int shape = 0; shape < 40; shape++) {
                if (shape % 3 == 0) {   // an axis-aligned rectangle: the solid or glyph fast path
                    const float x0 = uniform(-20, 200), y0 = std::round(uniform(-20, 160)) + (shape % 2 ? 0.5f : 0.0f);
                    const float x1 = x0 + uniform(1, 60), y1 = y0 + uniform(0.5f, 50);
                    const ImU32 col = colour();
                    const ImVec2 uv0 = shape % 2 ? ImVec2(0.1f, 0.2f) : ImVec2(0.5f, 0.5f), uv1 = shape % 2 ? ImVec2(0.6f, 0.9f) : uv0;
                    const ImDrawIdx a = vertex(x0, y0, col, uv0), b = vertex(x1, y0, col, ImVec2(uv1.x, uv0.y));
                    const ImDrawIdx c = vertex(x1, y1, col, uv1), d = vertex(x0, y1, col, ImVec2(uv0.x, uv1.y));
                    triangle(a, b, c);
                    triangle(a, c, d);
                } else {                // a triangle of any shape, thin ones included
                    const float x = uniform(-20, 210), y = uniform(-20, 170);
                    triangle(vertex(x, y, colour(), ImVec2(uniform(0, 1), uniform(0, 1))),
                             vertex(x + uniform(-120, 120), y + uniform(-120, 120), colour(), ImVec2(uniform(0, 1), uniform(0, 1))),
                             vertex(x + uniform(-4, 4), y + uniform(-150, 150), colour(), ImVec2(uniform(0, 1), uniform(0, 1))));
                }
            }
            list.CmdBuffer.push_back(cmd);
        }
        data.Valid = true;
        data.DisplayPos = ImVec2(0, 0);
        data.DisplaySize = ImVec2(kWidth, kHeight);
        data.FramebufferScale = ImVec2(1, 1);
        data.CmdLists.push_back(&list);
        data.CmdListsCount = 1;
        data.TotalVtxCount = list.VtxBuffer.Size;
        data.TotalIdxCount = list.IdxBuffer.Size;
    }

    // On a copy of the raster, which leaves alone what the raster knows of the bands it drew.
    std::vector<uint8_t> whole() const {
        std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4, 0);
        CpuRaster apart = raster;
        apart.render(data, RgbaTarget{pixels.data(), kWidth, kHeight}, kClear);
        return pixels;
    }
    // Bands of 'rows' rows, drawn last to first into a buffer of another colour (so a row that no
    // band drew would show).
    std::vector<uint8_t> in_bands(int rows) const {
        std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4, 0x5A);
        for (int band = raster.begin_frame(data, RgbaTarget{pixels.data(), kWidth, kHeight}, kClear, rows) - 1; band >= 0; band--)
            raster.draw_band(band);
        return pixels;
    }
};

size_t differing_bytes(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
    size_t n = 0;
    for (size_t i = 0; i < a.size(); i++) n += a[i] != b[i];
    return n;
}

}  // namespace

TEST_CASE("Bands of rows drawn apart give the same pixels as one render", "[cpu_raster]") {
    for (unsigned seed = 1; seed <= 5; seed++) {
        const Scene scene(seed);
        const std::vector<uint8_t> whole = scene.whole();
        for (int rows : {1, 2, 7, 19, 64, 150, 151, 400}) {
            INFO("seed " << seed << ", bands of " << rows << " rows");
            CHECK(differing_bytes(scene.in_bands(rows), whole) == 0);
        }
    }
}

TEST_CASE("Two threads drawing alternate bands at once give the same pixels as one render", "[cpu_raster]") {
    const Scene scene(42);
    const std::vector<uint8_t> whole = scene.whole();
    std::vector<uint8_t> pixels(whole.size(), 0x5A);
    const RgbaTarget target{pixels.data(), kWidth, kHeight};
    const int bands = scene.raster.begin_frame(scene.data, target, kClear, 10);
    CHECK(bands == 16);
    const auto draw_every_other = [&](int parity) {
        for (int band = parity; band < bands; band += 2) scene.raster.draw_band(band);
    };
    std::thread helper(draw_every_other, 1);
    draw_every_other(0);
    helper.join();
    CHECK(differing_bytes(pixels, whole) == 0);
}

TEST_CASE("A band that is not the frame's draws nothing, and one band draws only its rows", "[cpu_raster]") {
    const Scene scene(7);
    std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4, 0x5A);
    const RgbaTarget target{pixels.data(), kWidth, kHeight};
    const int bands = scene.raster.begin_frame(scene.data, target, kClear, 64);
    REQUIRE(bands == 3);
    scene.raster.draw_band(-1);
    scene.raster.draw_band(bands);
    CHECK(differing_bytes(pixels, std::vector<uint8_t>(pixels.size(), 0x5A)) == 0);
    scene.raster.draw_band(1);   // rows 64 to 127
    const std::vector<uint8_t> whole = scene.whole();
    const size_t row = static_cast<size_t>(kWidth) * 4;
    CHECK(std::equal(pixels.begin() + 64 * row, pixels.begin() + 128 * row, whole.begin() + 64 * row));
    CHECK(std::all_of(pixels.begin(), pixels.begin() + 64 * row, [](uint8_t b) { return b == 0x5A; }));
    CHECK(std::all_of(pixels.begin() + 128 * row, pixels.end(), [](uint8_t b) { return b == 0x5A; }));
}

// Frame after frame into one buffer, as the browser draws: only changed_bands() are drawn, and
// the buffer must hold what a whole render of each frame gives.
TEST_CASE("Drawing only the changed bands keeps the buffer equal to a whole render of each frame", "[cpu_raster]") {
    Scene scene(11);
    std::mt19937 random(5);
    std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4, 0x5A);
    const RgbaTarget target{pixels.data(), kWidth, kHeight};
    constexpr int kRows = 16;
    const auto draw_changed = [&] {
        const int bands = scene.raster.begin_frame(scene.data, target, kClear, kRows);
        const std::vector<int> changed = scene.raster.changed_bands();
        for (const int band : changed) scene.raster.draw_band(band);
        INFO(changed.size() << " of " << bands << " bands drawn");
        CHECK(differing_bytes(pixels, scene.whole()) == 0);
        return changed.size();
    };
    const size_t bands = (kHeight + kRows - 1) / kRows;
    CHECK(draw_changed() == bands);   // nothing drawn into this buffer yet
    CHECK(draw_changed() == 0);       // the same frame again

    ImVector<ImDrawVert>& vertices = scene.list.VtxBuffer;
    size_t partial = 0;
    for (int step = 0; step < 60; step++) {
        ImDrawVert& v = vertices[static_cast<int>(random() % static_cast<unsigned>(vertices.Size))];
        switch (step % 4) {   // a vertex moves a little, changes colour or texture coordinate, or a clip rectangle moves
            case 0: v.pos.x += 0.25f, v.pos.y -= 3.0f; break;
            case 1: v.col ^= 0x00000040u; break;
            case 2: v.uv.x = 1.0f - v.uv.x; break;
            default: scene.list.CmdBuffer[static_cast<int>(random() % 6)].ClipRect.y += 5.0f; break;
        }
        const size_t drawn = draw_changed();
        partial += drawn > 0 && drawn < bands;
    }
    CHECK(partial > 30);   // most changes touch a few bands only, or there would be nothing to save

    // The last command loses its last shape; then one is added back.
    ImDrawCmd& last = scene.list.CmdBuffer.back();
    last.ElemCount -= 3;
    draw_changed();
    last.ElemCount += 3;
    draw_changed();
}

TEST_CASE("Every band is drawn again for another buffer, band size or clear colour, a texture set again, or when told", "[cpu_raster]") {
    Scene scene(3);
    std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4, 0x5A), other(pixels.size(), 0x5A);
    const RgbaTarget target{pixels.data(), kWidth, kHeight};
    const auto changed = [&](RgbaTarget t, ImU32 clear, int rows) {
        const int bands = scene.raster.begin_frame(scene.data, t, clear, rows);
        for (const int band : scene.raster.changed_bands()) scene.raster.draw_band(band);
        return std::make_pair(scene.raster.changed_bands().size(), static_cast<size_t>(bands));
    };
    const auto all = [](std::pair<size_t, size_t> drawn) { return drawn.first == drawn.second && drawn.first > 0; };
    CHECK(all(changed(target, kClear, 32)));
    CHECK(changed(target, kClear, 32).first == 0);
    CHECK(all(changed(RgbaTarget{other.data(), kWidth, kHeight}, kClear, 32)));
    CHECK(all(changed(target, kClear, 32)));
    CHECK(all(changed(target, kClear, 20)));
    CHECK(all(changed(target, IM_COL32(0, 0, 0, 255), 20)));
    CHECK(all(changed(RgbaTarget{pixels.data(), kWidth, kHeight - 40}, IM_COL32(0, 0, 0, 255), 20)));
    CHECK(changed(RgbaTarget{pixels.data(), kWidth, kHeight - 40}, IM_COL32(0, 0, 0, 255), 20).first == 0);
    scene.raster.set_texture(&scene.texture_name, CpuTexture{scene.texels.data(), 32, 32, CpuTextureFormat::Alpha8});
    CHECK(all(changed(target, kClear, 20)));
    scene.raster.forget_drawn_bands();
    CHECK(all(changed(target, kClear, 20)));
    CHECK(changed(target, kClear, 20).first == 0);
}

// The CPU renderer's rasteriser, pixel by pixel: rectangles, the top-left fill rule, clipping,
// tinted glyphs, blending, interpolated colours, vertex and index offsets, HiDPI scale, and an
// RGBA texture. (A whole ImGui frame is in test_cpu_raster_frame.cpp.)
#include "platform/web/cpu_raster.h"

#include <catch2/catch.hpp>

#include <array>
#include <vector>

using kam::platform::CpuRaster;
using kam::platform::CpuTexture;
using kam::platform::CpuTextureFormat;
using kam::platform::RgbaTarget;

namespace {

using Pixel = std::array<int, 4>;

constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255), kBlack = IM_COL32(0, 0, 0, 255);

// One draw list built by hand: vertices, triangles and commands exactly as given.
struct Frame {
    ImDrawList list{nullptr};
    ImDrawData data;
    std::vector<uint8_t> pixels;
    int width, height;

    Frame(int w, int h) : width(w), height(h) {
        data.Valid = true;
        data.DisplayPos = ImVec2(0, 0);
        data.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
        data.FramebufferScale = ImVec2(1, 1);
        command(ImVec4(0, 0, static_cast<float>(w), static_cast<float>(h)));
    }
    // Starts a command from here on (the list's next vertex and index).
    void command(ImVec4 clip, ImTextureID texture = nullptr, unsigned vtx_offset = 0) {
        ImDrawCmd cmd;
        cmd.ClipRect = clip;
        cmd.TextureId = texture;
        cmd.VtxOffset = vtx_offset;
        cmd.IdxOffset = static_cast<unsigned>(list.IdxBuffer.Size);
        list.CmdBuffer.push_back(cmd);
    }
    unsigned vertex(float x, float y, ImU32 col, ImVec2 uv = ImVec2(0, 0)) {
        ImDrawVert v;
        v.pos = ImVec2(x, y);
        v.uv = uv;
        v.col = col;
        list.VtxBuffer.push_back(v);
        return static_cast<unsigned>(list.VtxBuffer.Size - 1);
    }
    void triangle(unsigned a, unsigned b, unsigned c) {
        list.IdxBuffer.push_back(a);
        list.IdxBuffer.push_back(b);
        list.IdxBuffer.push_back(c);
        list.CmdBuffer.back().ElemCount += 3;
    }
    // ImGui's PrimRect: (tl, tr, br) and (tl, br, bl), the shape of the fast path.
    void rect(float x0, float y0, float x1, float y1, ImU32 col, ImVec2 uv0 = ImVec2(0, 0), ImVec2 uv1 = ImVec2(0, 0)) {
        const unsigned a = vertex(x0, y0, col, uv0), b = vertex(x1, y0, col, ImVec2(uv1.x, uv0.y));
        const unsigned c = vertex(x1, y1, col, uv1), d = vertex(x0, y1, col, ImVec2(uv0.x, uv1.y));
        triangle(a, b, c);
        triangle(a, c, d);
    }
    CpuRaster::Counts render(const CpuRaster& raster = CpuRaster(), ImU32 clear = kWhite) {
        data.CmdLists.clear();
        data.CmdLists.push_back(&list);
        data.CmdListsCount = 1;
        data.TotalVtxCount = list.VtxBuffer.Size;
        data.TotalIdxCount = list.IdxBuffer.Size;
        const int target_w = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
        const int target_h = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
        width = target_w, height = target_h;
        pixels.assign(static_cast<size_t>(target_w) * target_h * 4, 0);
        raster.render(data, RgbaTarget{pixels.data(), target_w, target_h}, clear);
        return raster.last_counts();
    }
    Pixel at(int x, int y) const {
        const uint8_t* p = &pixels[(static_cast<size_t>(y) * width + x) * 4];
        return {p[0], p[1], p[2], p[3]};
    }
    int count(const Pixel& p) const {
        int n = 0;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) n += at(x, y) == p;
        return n;
    }
};

const Pixel kWhitePixel{255, 255, 255, 255}, kBlackPixel{0, 0, 0, 255}, kRed{255, 0, 0, 255};

}  // namespace

TEST_CASE("A solid rectangle covers exactly the pixels whose centres it holds", "[cpu_raster]") {
    Frame f(8, 6);
    f.rect(2, 1, 6, 4, IM_COL32(255, 0, 0, 255));
    const auto counts = f.render();
    CHECK(counts.solid_rects == 1);
    CHECK(counts.triangles == 0);
    for (int y = 0; y < 6; y++)
        for (int x = 0; x < 8; x++) {
            const bool inside = x >= 2 && x < 6 && y >= 1 && y < 4;
            INFO("pixel " << x << ", " << y);
            CHECK(f.at(x, y) == (inside ? kRed : kWhitePixel));
        }
}

TEST_CASE("A rectangle on half pixels takes a centre on its top and left edges, not its right and bottom", "[cpu_raster]") {
    Frame f(6, 6);
    f.rect(1.5f, 1.5f, 3.5f, 3.5f, IM_COL32(255, 0, 0, 255));   // centres 1.5 and 2.5 inside, 3.5 on the far edge
    f.render();
    CHECK(f.count(kRed) == 4);
    CHECK(f.at(1, 1) == kRed);
    CHECK(f.at(2, 2) == kRed);
    CHECK(f.at(3, 2) == kWhitePixel);
    CHECK(f.at(2, 3) == kWhitePixel);
}

TEST_CASE("Two triangles sharing an edge cover each pixel once, even centres on the diagonal", "[cpu_raster]") {
    // A square split along the diagonal (0,0)-(8,8), as two triangles that are not ImGui's quad
    // (so the triangle path draws them): the centres (i + 0.5, i + 0.5) lie exactly on the shared
    // edge. Half-transparent white over black: once is 128, twice would be 192, never 0 inside.
    Frame f(10, 10);
    const ImU32 half = IM_COL32(255, 255, 255, 128);
    const unsigned a = f.vertex(0, 0, half), b = f.vertex(8, 0, half), c = f.vertex(8, 8, half), d = f.vertex(0, 8, half);
    f.triangle(a, b, c);
    f.triangle(c, d, a);
    const auto counts = f.render(CpuRaster(), kBlack);
    CHECK(counts.triangles == 2);
    const Pixel once{128, 128, 128, 255};
    for (int y = 0; y < 10; y++)
        for (int x = 0; x < 10; x++) {
            INFO("pixel " << x << ", " << y);
            CHECK(f.at(x, y) == (x < 8 && y < 8 ? once : kBlackPixel));
        }
}

TEST_CASE("A fan of triangles around a point covers every pixel of the polygon once", "[cpu_raster]") {
    // A diamond made of four triangles meeting at an off-grid centre, in both windings.
    Frame f(20, 20);
    const ImU32 half = IM_COL32(255, 255, 255, 128);
    const unsigned centre = f.vertex(10.3f, 9.7f, half);
    const unsigned n = f.vertex(10, 1, half), e = f.vertex(19, 10, half), s = f.vertex(10, 19, half), w = f.vertex(1, 10, half);
    f.triangle(centre, n, e);
    f.triangle(centre, s, e);   // the other winding
    f.triangle(centre, s, w);
    f.triangle(centre, n, w);
    f.render(CpuRaster(), kBlack);
    const Pixel once{128, 128, 128, 255};
    int covered = 0;
    for (int y = 0; y < 20; y++)
        for (int x = 0; x < 20; x++) {
            const Pixel p = f.at(x, y);
            INFO("pixel " << x << ", " << y);
            CHECK((p == once || p == kBlackPixel));
            covered += p == once;
        }
    CHECK(covered == Approx(162).margin(4));   // the diamond's area: 18 * 18 / 2
}

TEST_CASE("A command draws only inside its clip rectangle", "[cpu_raster]") {
    Frame f(10, 10);
    f.list.CmdBuffer.back().ClipRect = ImVec4(2, 3, 5, 7);
    f.rect(0, 0, 10, 10, IM_COL32(255, 0, 0, 255));
    const unsigned a = f.vertex(0, 0, IM_COL32(255, 0, 0, 255)), b = f.vertex(10, 0, IM_COL32(255, 0, 0, 255)),
                   c = f.vertex(0, 10, IM_COL32(255, 0, 0, 255));
    f.triangle(a, b, c);   // the triangle path clips too
    f.render();
    CHECK(f.count(kRed) == 3 * 4);
    for (int y = 3; y < 7; y++)
        for (int x = 2; x < 5; x++) CHECK(f.at(x, y) == kRed);
    CHECK(f.at(1, 3) == kWhitePixel);
    CHECK(f.at(5, 3) == kWhitePixel);
    CHECK(f.at(2, 7) == kWhitePixel);
}

TEST_CASE("A clip rectangle outside the target draws nothing", "[cpu_raster]") {
    Frame f(10, 10);
    f.list.CmdBuffer.back().ClipRect = ImVec4(20, 20, 30, 30);
    f.rect(0, 0, 10, 10, IM_COL32(255, 0, 0, 255));
    f.render();
    CHECK(f.count(kWhitePixel) == 100);
}

TEST_CASE("A glyph is copied from an alpha-8 atlas and tinted by its vertex colour", "[cpu_raster]") {
    // A 4 x 4 atlas mapped one texel to one pixel at (3, 2): each pixel centre samples a texel centre.
    const uint8_t atlas[16] = {0, 255, 255, 0, 255, 128, 128, 255, 255, 0, 0, 255, 0, 255, 255, 0};
    CpuRaster raster;
    int texture_name = 0;
    ImTextureID font = &texture_name;
    raster.set_texture(font, CpuTexture{atlas, 4, 4, CpuTextureFormat::Alpha8});
    Frame f(10, 8);
    f.list.CmdBuffer.back().TextureId = font;
    f.rect(3, 2, 7, 6, IM_COL32(0, 0, 255, 255), ImVec2(0, 0), ImVec2(1, 1));
    const auto counts = f.render(raster);
    CHECK(counts.textured_rects == 1);
    const Pixel blue{0, 0, 255, 255}, half_blue{127, 127, 255, 255};   // 255 * 127 / 255 of white stays
    for (int ty = 0; ty < 4; ty++)
        for (int tx = 0; tx < 4; tx++) {
            const uint8_t a = atlas[ty * 4 + tx];
            INFO("texel " << tx << ", " << ty);
            CHECK(f.at(3 + tx, 2 + ty) == (a == 255 ? blue : a == 0 ? kWhitePixel : half_blue));
        }
    CHECK(f.at(2, 2) == kWhitePixel);
    CHECK(f.at(7, 5) == kWhitePixel);
}

TEST_CASE("A texture the renderer does not know draws as white", "[cpu_raster]") {
    Frame f(4, 4);
    int unknown = 0;
    f.list.CmdBuffer.back().TextureId = &unknown;
    f.rect(0, 0, 4, 4, IM_COL32(255, 0, 0, 255), ImVec2(0, 0), ImVec2(1, 1));
    f.render();
    CHECK(f.count(kRed) == 16);
}

TEST_CASE("An RGBA texture is multiplied by the vertex colour", "[cpu_raster]") {
    const uint8_t image[2 * 1 * 4] = {255, 0, 0, 255, 0, 255, 0, 128};
    CpuRaster raster;
    int name = 0;
    raster.set_texture(&name, CpuTexture{image, 2, 1, CpuTextureFormat::Rgba32});
    Frame f(2, 1);
    f.list.CmdBuffer.back().TextureId = &name;
    f.rect(0, 0, 2, 1, IM_COL32(255, 255, 255, 255), ImVec2(0, 0), ImVec2(1, 1));
    f.render(raster, kBlack);
    CHECK(f.at(0, 0) == kRed);
    CHECK(f.at(1, 0) == Pixel{0, 128, 0, 255});
}

TEST_CASE("Blending is source alpha over one minus source alpha", "[cpu_raster]") {
    Frame f(4, 4);
    f.rect(0, 0, 4, 4, IM_COL32(0, 0, 255, 255));
    f.rect(0, 0, 2, 4, IM_COL32(255, 0, 0, 128));   // half red over blue
    f.rect(2, 0, 4, 4, IM_COL32(255, 0, 0, 0));     // fully transparent: nothing
    f.render();
    // red 255 * 128/255 = 128; blue 255 * 127/255 = 127; alpha stays opaque
    CHECK(f.at(0, 0) == Pixel{128, 0, 127, 255});
    CHECK(f.at(1, 3) == Pixel{128, 0, 127, 255});
    CHECK(f.at(2, 0) == Pixel{0, 0, 255, 255});
}

TEST_CASE("A triangle interpolates its vertex colours", "[cpu_raster]") {
    Frame f(64, 64);
    const unsigned r = f.vertex(0, 0, IM_COL32(255, 0, 0, 255)), g = f.vertex(64, 0, IM_COL32(0, 255, 0, 255)),
                   b = f.vertex(0, 64, IM_COL32(0, 0, 255, 255));
    f.triangle(r, g, b);
    f.render(CpuRaster(), kBlack);
    const Pixel near_red = f.at(0, 0), near_green = f.at(62, 0), near_blue = f.at(0, 62);
    CHECK(near_red[0] > 245);
    CHECK(near_green[1] > 235);
    CHECK(near_blue[2] > 235);
    // At (x, y) the weights are (1 - x/64 - y/64, x/64, y/64): pixel (16, 32) has centre (16.5, 32.5).
    const Pixel mid = f.at(16, 32);
    CHECK(mid[0] == Approx(255 * (1 - 16.5 / 64 - 32.5 / 64)).margin(1));
    CHECK(mid[1] == Approx(255 * 16.5 / 64).margin(1));
    CHECK(mid[2] == Approx(255 * 32.5 / 64).margin(1));
    // Inside, the weights always add up to one.
    for (int y = 0; y < 60; y += 7)
        for (int x = 0; x + y < 60; x += 7) {
            const Pixel p = f.at(x, y);
            CHECK(p[0] + p[1] + p[2] == Approx(255).margin(2));
        }
    CHECK(f.at(40, 40) == kBlackPixel);   // beyond the hypotenuse
}

TEST_CASE("Commands honour their vertex and index offsets", "[cpu_raster]") {
    Frame f(8, 4);
    f.rect(0, 0, 4, 4, IM_COL32(255, 0, 0, 255));   // vertices 0-3, indices 0-5
    // A second command whose indices count from vertex 4: its own 0..3.
    f.command(ImVec4(0, 0, 8, 4), nullptr, 4);
    for (const ImVec2 p : {ImVec2(4, 0), ImVec2(8, 0), ImVec2(8, 4), ImVec2(4, 4)}) f.vertex(p.x, p.y, IM_COL32(0, 255, 0, 255));
    for (unsigned i : {0u, 1u, 2u, 0u, 2u, 3u}) f.list.IdxBuffer.push_back(i);
    f.list.CmdBuffer.back().ElemCount = 6;
    f.render();
    CHECK(f.count(kRed) == 16);
    CHECK(f.count(Pixel{0, 255, 0, 255}) == 16);
    CHECK(f.at(5, 1) == Pixel{0, 255, 0, 255});
}

TEST_CASE("A HiDPI frame scales positions and clip rectangles by the framebuffer scale", "[cpu_raster]") {
    Frame f(4, 4);
    f.data.FramebufferScale = ImVec2(2, 2);
    f.list.CmdBuffer.back().ClipRect = ImVec4(0, 0, 3, 4);
    f.rect(1, 1, 4, 3, IM_COL32(255, 0, 0, 255));
    f.render();   // an 8 x 8 target
    CHECK(f.width == 8);
    CHECK(f.count(kRed) == 4 * 4);   // x 2..5 (clipped at 6), y 2..5
    CHECK(f.at(2, 2) == kRed);
    CHECK(f.at(5, 5) == kRed);
    CHECK(f.at(6, 2) == kWhitePixel);
    CHECK(f.at(1, 2) == kWhitePixel);
}

TEST_CASE("The clear colour fills what nothing draws on", "[cpu_raster]") {
    Frame f(3, 2);
    f.render(CpuRaster(), IM_COL32(247, 247, 245, 255));
    CHECK(f.count(Pixel{247, 247, 245, 255}) == 6);
}

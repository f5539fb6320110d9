// KAM Canvas: draws Dear ImGui's draw data into an RGBA8 buffer on the CPU, for browsers whose
// WebGL is missing or emulated in software (there the GPU process draws with the CPU anyway, and
// reading its frame back costs the page more than drawing it here). Plain C++: no browser code,
// so the native tests check it pixel by pixel (tests/platform/test_cpu_raster.cpp).
//
// What it draws matches our WebGL 2 renderer (webgl_renderer.cpp):
// - pixel centres at (x + 0.5, y + 0.5) and the top-left fill rule, so triangles that share an
//   edge cover each pixel of it exactly once (no seam, no double blending);
// - the vertex colour times the texture (an alpha-8 texture is white with that alpha, as our
//   fragment shader reads it), sampled bilinearly like GL_LINEAR;
// - blending like glBlendFuncSeparate(SRC_ALPHA, ONE_MINUS_SRC_ALPHA, ONE, ONE_MINUS_SRC_ALPHA);
// - each command's clip rectangle, as a scissor, and its VtxOffset/IdxOffset.
// ImGui's output is mostly three shapes, each with its own fast path: solid axis-aligned
// rectangles (filled in spans), glyphs (an axis-aligned rectangle copied from the atlas, tinted),
// and everything else as triangles walked one row span at a time (long thin lines cost their
// pixels, not their bounding box).
#pragma once

#include "imgui.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace kam::platform {

enum class CpuTextureFormat { Alpha8, Rgba32 };

// Pixels the renderer reads (it keeps the pointer: they must outlive their use).
struct CpuTexture {
    const uint8_t* pixels = nullptr;
    int width = 0, height = 0;
    CpuTextureFormat format = CpuTextureFormat::Alpha8;
};

// Where a frame is drawn: width x height pixels of R, G, B, A bytes, row after row.
struct RgbaTarget {
    uint8_t* pixels = nullptr;
    int width = 0, height = 0;
};

class CpuRaster {
public:
    // Shapes drawn, by kind (for the benchmark and the tests).
    struct Counts {
        int solid_rects = 0, textured_rects = 0, triangles = 0;
    };

    // The texture that draw commands name by 'id' (the font atlas, any image). A command whose
    // texture is unknown draws as if untextured (white).
    void set_texture(ImTextureID id, CpuTexture texture);
    void forget_texture(ImTextureID id);

    // Fills the target with 'clear' (R, G, B, A bytes as ImGui packs IM_COL32), then draws the frame.
    void render(const ImDrawData& data, RgbaTarget target, ImU32 clear) const;

    // The same in two steps, so that a frame can be drawn on two threads. begin_frame() places
    // the vertices in target pixels and sorts every shape into the bands of 'band_rows' rows it
    // touches, once; it returns how many bands there are. draw_band(b) then clears band b and
    // draws its shapes in their order: bands hold different rows, so any of them may be drawn at
    // once, on any threads, giving the same pixels whatever the band size. 'data' and the target
    // must outlive the bands. Rows per band by default: few enough that two threads share a frame
    // evenly, enough that a shape lands in few bands.
    static constexpr int kBandRows = 32;
    int begin_frame(const ImDrawData& data, RgbaTarget target, ImU32 clear, int band_rows = kBandRows) const;
    void draw_band(int band) const;

    // The bands of the frame begun that draw_band() would change, in order: those not drawn yet
    // into this target (at this size, band size and clear colour), and those whose shapes differ
    // from what they held when last drawn. A caller whose target keeps its pixels between frames
    // draws only these, and puts only their rows on screen: a frame where one card lights up
    // under the mouse costs its band or two. A texture whose texels change must be set again
    // (set_texture), and after anything else writes into the target, forget_drawn_bands().
    const std::vector<int>& changed_bands() const { return changed_; }
    void forget_drawn_bands() const;

    // What the last frame took, by kind of shape (for the benchmark and the tests).
    Counts last_counts() const { return counts_; }

private:
    // A command as its shapes draw it: its clip rectangle in target pixels, its texture (or none)
    // and where its placed vertices and its indices start.
    struct Command {
        int x0, y0, x1, y1;
        const CpuTexture* texture;
        const ImDrawVert* vtx;
        const ImDrawIdx* idx;
    };
    // A quad (indices first .. first + 5, the fast path) or a triangle (first .. first + 2).
    struct Shape {
        uint32_t command, first;
        bool quad;
    };

    std::unordered_map<ImTextureID, CpuTexture> textures_;
    // The frame begun, kept between frames for their memory: one frame at a time per CpuRaster.
    mutable RgbaTarget target_;
    mutable ImU32 clear_ = 0;
    mutable int band_rows_ = kBandRows;
    mutable std::vector<ImDrawVert> placed_;
    mutable std::vector<Command> commands_;
    mutable std::vector<Shape> shapes_;
    mutable std::vector<std::vector<uint32_t>> bands_;   // per band, its shapes' indexes in shapes_
    // Per band, a hash of what draws it this frame, and of what it held when last drawn.
    struct DrawnBand {
        uint64_t hash = 0;
        bool valid = false;
    };
    mutable std::vector<uint64_t> band_hashes_;
    mutable std::vector<DrawnBand> drawn_;
    mutable uint64_t drawn_frame_key_ = 0;
    mutable std::vector<int> changed_;
    mutable Counts counts_;
};

}  // namespace kam::platform

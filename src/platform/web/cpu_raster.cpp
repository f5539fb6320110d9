// KAM Canvas: ImGui's draw data rasterised on the CPU (see cpu_raster.h for what it matches).
//
// Index of this file:
// [SECTION] Fixed point and pixel coverage
// [SECTION] Colours, textures and blending
// [SECTION] Solid and textured rectangles
// [SECTION] General triangles
// [SECTION] What a band holds
// [SECTION] Draw commands
#include "platform/web/cpu_raster.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kam::platform {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Fixed point and pixel coverage
//-----------------------------------------------------------------------------
// Positions are snapped to 1/256 pixel, as GPUs snap to a sub-pixel grid, so that the edge tests
// are exact integers: two triangles that share an edge agree on every pixel centre on it.
constexpr int64_t kOne = 256, kHalf = 128;
// A vertex this far off the screen is clamped (the products below must fit 64 bits); ImGui's map
// culls what is off screen long before that.
constexpr float kMaxCoordinate = 2097152.0f;   // 2^21 pixels

// Rounded half away from zero, as llround() does, without its library call (wasm has none built
// in, and a frame of a large map converts a million coordinates): in double, v + 0.5 is exact.
int64_t to_fixed(float v) {
    const double x = static_cast<double>(std::clamp(v, -kMaxCoordinate, kMaxCoordinate) * static_cast<float>(kOne));
    return x >= 0 ? static_cast<int64_t>(x + 0.5) : -static_cast<int64_t>(0.5 - x);
}

int64_t floor_div(int64_t n, int64_t d) {   // d > 0
    const int64_t q = n / d;
    return (n % d != 0 && n < 0) ? q - 1 : q;
}
int64_t ceil_div(int64_t n, int64_t d) { return -floor_div(-n, d); }

// The first pixel whose centre (x + 0.5) lies at or after the fixed-point coordinate 'f'.
int64_t first_centre_at_or_after(int64_t f) { return ceil_div(f - kHalf, kOne); }

// The pixels a command may touch: [x0, x1) x [y0, y1), inside the target.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

//-----------------------------------------------------------------------------
// [SECTION] Colours, textures and blending
//-----------------------------------------------------------------------------
// x / 255, rounded ((x + 128 + ((x + 128) >> 8)) >> 8, exact for x in 0..255*255), in both 16-bit
// lanes of a word at once; no lane carries into the other.
inline uint32_t div255_two_lanes(uint32_t x) {
    x += 0x00800080u;
    return ((x + ((x >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
}

// The source over what is there: GL's (SRC_ALPHA, ONE_MINUS_SRC_ALPHA) for colour and
// (ONE, ONE_MINUS_SRC_ALPHA) for alpha. Two channels per multiply (red with blue, green with
// alpha, in the pixel's little-endian word): blending led the profile after the span bounds, and
// this gives exactly the bytes of the channel-by-channel formula.
inline void blend(uint8_t* d, int r, int g, int b, int a) {
    if (a <= 0) return;
    if (a >= 255) {
        const uint32_t packed = static_cast<uint32_t>(r) | (static_cast<uint32_t>(g) << 8) | (static_cast<uint32_t>(b) << 16) | 0xFF000000u;
        std::memcpy(d, &packed, 4);
        return;
    }
    uint32_t under;
    std::memcpy(&under, d, 4);
    const uint32_t alpha = static_cast<uint32_t>(a), keep = 255u - alpha;
    const uint32_t red_blue = (static_cast<uint32_t>(r) | (static_cast<uint32_t>(b) << 16)) * alpha + (under & 0x00FF00FFu) * keep;
    const uint32_t green_alpha = (static_cast<uint32_t>(g) | (255u << 16)) * alpha + ((under >> 8) & 0x00FF00FFu) * keep;
    const uint32_t out = div255_two_lanes(red_blue) | (div255_two_lanes(green_alpha) << 8);
    std::memcpy(d, &out, 4);
}

// Colour channels as floats 0..255 (the vertex colour, or that times a texel).
struct Color {
    float r = 255, g = 255, b = 255, a = 255;
};

Color unpack(ImU32 c) {
    return {static_cast<float>(c & 0xFF), static_cast<float>((c >> 8) & 0xFF), static_cast<float>((c >> 16) & 0xFF),
            static_cast<float>(c >> 24)};
}

inline int to_channel(float v) { return static_cast<int>(std::clamp(v, 0.0f, 255.0f) + 0.5f); }

inline void blend(uint8_t* d, const Color& c) { blend(d, to_channel(c.r), to_channel(c.g), to_channel(c.b), to_channel(c.a)); }

inline Color modulate(const Color& c, const Color& texel) {
    constexpr float k = 1.0f / 255.0f;
    return {c.r * texel.r * k, c.g * texel.g * k, c.b * texel.b * k, c.a * texel.a * k};
}

// Reads a texture like GL_LINEAR with clamped edges; no texture reads as white.
class Sampler {
public:
    explicit Sampler(const CpuTexture* texture) : texture_(texture && texture->pixels ? texture : nullptr) {}
    bool textured() const { return texture_ != nullptr; }

    Color texel(int x, int y) const {
        x = std::clamp(x, 0, texture_->width - 1);
        y = std::clamp(y, 0, texture_->height - 1);
        if (texture_->format == CpuTextureFormat::Alpha8)
            return {255, 255, 255, static_cast<float>(texture_->pixels[y * texture_->width + x])};
        const uint8_t* p = texture_->pixels + (static_cast<size_t>(y) * texture_->width + x) * 4;
        return {static_cast<float>(p[0]), static_cast<float>(p[1]), static_cast<float>(p[2]), static_cast<float>(p[3])};
    }

    Color bilinear(float u, float v) const {
        if (!texture_) return {};
        const float x = u * static_cast<float>(texture_->width) - 0.5f, y = v * static_cast<float>(texture_->height) - 0.5f;
        const float fx0 = std::floor(x), fy0 = std::floor(y);
        const float fx = x - fx0, fy = y - fy0;
        const int x0 = static_cast<int>(fx0), y0 = static_cast<int>(fy0);
        const auto mix = [&](float p, float q, float r, float s) {
            return (p * (1 - fx) + q * fx) * (1 - fy) + (r * (1 - fx) + s * fx) * fy;
        };
        if (texture_->format == CpuTextureFormat::Alpha8) {
            // The font atlas, which every glyph and anti-aliased line reads: white, so only alpha
            // is mixed, and a row of texels not weighed (a glyph row at a texel's centre, as with
            // no vertical oversampling) is not read: the same value, a quarter of the work or less.
            const float p = alpha(x0, y0), q = fx > 0 ? alpha(x0 + 1, y0) : 0.0f;
            const float r = fy > 0 ? alpha(x0, y0 + 1) : 0.0f, t = fx > 0 && fy > 0 ? alpha(x0 + 1, y0 + 1) : 0.0f;
            return {255, 255, 255, mix(p, q, r, t)};
        }
        const Color a = texel(x0, y0), b = texel(x0 + 1, y0), c = texel(x0, y0 + 1), d = texel(x0 + 1, y0 + 1);
        return {mix(a.r, b.r, c.r, d.r), mix(a.g, b.g, c.g, d.g), mix(a.b, b.b, c.b, d.b), mix(a.a, b.a, c.a, d.a)};
    }

private:
    const CpuTexture* texture_;

    float alpha(int x, int y) const {   // of an Alpha8 texture, clamped at its edges
        x = std::clamp(x, 0, texture_->width - 1);
        y = std::clamp(y, 0, texture_->height - 1);
        return static_cast<float>(texture_->pixels[y * texture_->width + x]);
    }
};

uint8_t* pixel_at(const RgbaTarget& target, int x, int y) {
    return target.pixels + (static_cast<size_t>(y) * target.width + x) * 4;
}

//-----------------------------------------------------------------------------
// [SECTION] Solid and textured rectangles
//-----------------------------------------------------------------------------
// An axis-aligned rectangle: the pixels whose centres lie in [x0, x1) x [y0, y1), the same
// pixels its two triangles would cover under the top-left rule.
struct ScreenRect {
    int64_t x0, y0, x1, y1;   // fixed point, x0 < x1, y0 < y1
};

PixelRect covered_pixels(const ScreenRect& r, const PixelRect& clip) {
    return {static_cast<int>(std::max<int64_t>(clip.x0, first_centre_at_or_after(r.x0))),
            static_cast<int>(std::max<int64_t>(clip.y0, first_centre_at_or_after(r.y0))),
            static_cast<int>(std::min<int64_t>(clip.x1, first_centre_at_or_after(r.x1))),
            static_cast<int>(std::min<int64_t>(clip.y1, first_centre_at_or_after(r.y1)))};
}

void fill_solid(const RgbaTarget& target, const PixelRect& px, const Color& c) {
    const int r = to_channel(c.r), g = to_channel(c.g), b = to_channel(c.b), a = to_channel(c.a);
    if (a == 0) return;
    for (int y = px.y0; y < px.y1; y++) {
        uint8_t* d = pixel_at(target, px.x0, y);
        if (a == 255) {
            const uint32_t packed = static_cast<uint32_t>(r) | (static_cast<uint32_t>(g) << 8) | (static_cast<uint32_t>(b) << 16) | 0xFF000000u;
            for (int x = px.x0; x < px.x1; x++, d += 4) std::memcpy(d, &packed, 4);
        } else {
            for (int x = px.x0; x < px.x1; x++, d += 4) blend(d, r, g, b, a);
        }
    }
}

// A rectangle of texture (u0, v0 at x0, y0; u1, v1 at x1, y1) tinted by one colour: a glyph.
void fill_textured(const RgbaTarget& target, const PixelRect& px, const ScreenRect& r, ImVec2 uv0, ImVec2 uv1, const Color& tint,
                   const Sampler& sampler) {
    const float x0 = static_cast<float>(r.x0) / kOne, x1 = static_cast<float>(r.x1) / kOne;
    const float y0 = static_cast<float>(r.y0) / kOne, y1 = static_cast<float>(r.y1) / kOne;
    const float du = (uv1.x - uv0.x) / (x1 - x0), dv = (uv1.y - uv0.y) / (y1 - y0);
    for (int y = px.y0; y < px.y1; y++) {
        const float v = uv0.y + (static_cast<float>(y) + 0.5f - y0) * dv;
        uint8_t* d = pixel_at(target, px.x0, y);
        float u = uv0.x + (static_cast<float>(px.x0) + 0.5f - x0) * du;
        for (int x = px.x0; x < px.x1; x++, d += 4, u += du) {
            const Color c = modulate(tint, sampler.bilinear(u, v));
            if (c.a >= 0.5f) blend(d, c);
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] General triangles
//-----------------------------------------------------------------------------
// One attribute (a colour channel or a texture coordinate) as a plane over the screen.
struct Plane {
    float at_origin = 0, dx = 0, dy = 0;   // value at pixel (0, 0)'s corner, and per pixel
    float at(float x, float y) const { return at_origin + dx * x + dy * y; }
};

Plane plane(const float (&x)[3], const float (&y)[3], float a0, float a1, float a2) {
    const double det = (static_cast<double>(x[1]) - x[0]) * (y[2] - y[0]) - (static_cast<double>(x[2]) - x[0]) * (y[1] - y[0]);
    const double dx = ((a1 - a0) * (static_cast<double>(y[2]) - y[0]) - (a2 - a0) * (static_cast<double>(y[1]) - y[0])) / det;
    const double dy = ((a2 - a0) * (static_cast<double>(x[1]) - x[0]) - (a1 - a0) * (static_cast<double>(x[2]) - x[0])) / det;
    return {static_cast<float>(a0 - dx * x[0] - dy * y[0]), static_cast<float>(dx), static_cast<float>(dy)};
}

// An edge from P to Q as a function of the pixel centre: E = A * px + B(py); inside where
// E >= threshold (0 on a top or left edge, which owns its pixels; 1 on the others). On a row,
// E >= threshold  <=>  d x >= n for the pixel x, with d = 256 A and n linear in the row: n is
// stepped from row to row (one subtraction, not the products of B).
struct Edge {
    int64_t px, py, qx, qy, threshold;
    int64_t d;          // 256 A
    double inverse_d;   // 1 / d, or 0 when d is 0: narrow_span multiplies, not divides
    int64_t a() const { return -(qy - py); }
    int64_t n(int64_t centre_y) const { return threshold - ((qx - px) * (centre_y - py) + (qy - py) * px) - kHalf * a(); }
    int64_t n_per_row() const { return -(qx - px) * kOne; }
};

Edge make_edge(int64_t px, int64_t py, int64_t qx, int64_t qy) {
    const int64_t dx = qx - px, dy = qy - py;
    const bool top_left = dy < 0 || (dy == 0 && dx > 0);   // with y down and this winding
    const int64_t d = -dy * kOne;
    return {px, py, qx, qy, top_left ? 0 : 1, d, d == 0 ? 0.0 : 1.0 / static_cast<double>(d)};
}

// Narrows [first, last] on a row, where the edge holds for d x >= n. The bound is estimated in
// floating point (times the edge's precomputed inverse: a division per edge and row was the
// largest cost of a thin line, perf showed) and then made exact with integer tests at the pixels
// beside it, so the estimate's rounding never changes a pixel.
void narrow_span(const Edge& e, int64_t n, int64_t& first, int64_t& last) {
    if (first > last) return;
    const int64_t d = e.d;
    if (d == 0) {
        if (n > 0) last = first - 1;   // a horizontal edge this row lies outside of
        return;
    }
    const double estimate = static_cast<double>(n) * e.inverse_d;
    // The estimate is truncated, not rounded with ceil/floor (a libm call natively): the integer
    // tests below correct it by a pixel either way.
    if (d > 0) {   // x >= n / d: the first pixel that holds
        if (estimate <= static_cast<double>(first) - 2) return;
        if (estimate >= static_cast<double>(last) + 2) {
            last = first - 1;
            return;
        }
        int64_t x = static_cast<int64_t>(estimate);
        while (d * (x - 1) >= n) x--;
        while (d * x < n) x++;
        first = std::max(first, x);
    } else {       // x <= n / d (d < 0): the last pixel that holds
        if (estimate >= static_cast<double>(last) + 2) return;
        if (estimate <= static_cast<double>(first) - 2) {
            last = first - 1;
            return;
        }
        int64_t x = static_cast<int64_t>(estimate);
        while (d * (x + 1) >= n) x++;
        while (d * x < n) x--;
        last = std::min(last, x);
    }
}

void draw_triangle(const RgbaTarget& target, const PixelRect& clip, const ImDrawVert* v0, const ImDrawVert* v1, const ImDrawVert* v2,
                   const Sampler& sampler) {
    int64_t X[3] = {to_fixed(v0->pos.x), to_fixed(v1->pos.x), to_fixed(v2->pos.x)};
    int64_t Y[3] = {to_fixed(v0->pos.y), to_fixed(v1->pos.y), to_fixed(v2->pos.y)};
    int64_t area = (X[1] - X[0]) * (Y[2] - Y[0]) - (Y[1] - Y[0]) * (X[2] - X[0]);
    if (area == 0) return;
    if (area < 0) {   // both windings draw (GL's culling is off): make it one
        std::swap(v1, v2);
        std::swap(X[1], X[2]);
        std::swap(Y[1], Y[2]);
    }
    const Edge edges[3] = {make_edge(X[0], Y[0], X[1], Y[1]), make_edge(X[1], Y[1], X[2], Y[2]), make_edge(X[2], Y[2], X[0], Y[0])};
    const int64_t top = std::min({Y[0], Y[1], Y[2]}), bottom = std::max({Y[0], Y[1], Y[2]});
    const int row0 = static_cast<int>(std::max<int64_t>(clip.y0, first_centre_at_or_after(top)));
    const int row1 = static_cast<int>(std::min<int64_t>(clip.y1, first_centre_at_or_after(bottom + 1)));
    if (row0 >= row1) return;

    // Most triangles have one colour and one texture coordinate (the white pixel): no planes.
    const bool one_color = v0->col == v1->col && v1->col == v2->col;
    const bool one_uv = v0->uv.x == v1->uv.x && v1->uv.x == v2->uv.x && v0->uv.y == v1->uv.y && v1->uv.y == v2->uv.y;
    const float fx[3] = {static_cast<float>(X[0]) / kOne, static_cast<float>(X[1]) / kOne, static_cast<float>(X[2]) / kOne};
    const float fy[3] = {static_cast<float>(Y[0]) / kOne, static_cast<float>(Y[1]) / kOne, static_cast<float>(Y[2]) / kOne};
    const Color c0 = unpack(v0->col), c1 = unpack(v1->col), c2 = unpack(v2->col);
    const Color texel0 = one_uv ? sampler.bilinear(v0->uv.x, v0->uv.y) : Color{};
    Plane r, g, b, a, u, v;
    if (!one_color) {
        r = plane(fx, fy, c0.r, c1.r, c2.r), g = plane(fx, fy, c0.g, c1.g, c2.g);
        b = plane(fx, fy, c0.b, c1.b, c2.b), a = plane(fx, fy, c0.a, c1.a, c2.a);
    }
    if (!one_uv) u = plane(fx, fy, v0->uv.x, v1->uv.x, v2->uv.x), v = plane(fx, fy, v0->uv.y, v1->uv.y, v2->uv.y);
    const Color flat = modulate(c0, texel0);
    const int fr = to_channel(flat.r), fg = to_channel(flat.g), fb = to_channel(flat.b), fa = to_channel(flat.a);

    int64_t n[3];
    for (int k = 0; k < 3; k++) n[k] = edges[k].n(row0 * kOne + kHalf);
    const int64_t n_per_row[3] = {edges[0].n_per_row(), edges[1].n_per_row(), edges[2].n_per_row()};
    for (int row = row0; row < row1; row++, n[0] += n_per_row[0], n[1] += n_per_row[1], n[2] += n_per_row[2]) {
        int64_t first = clip.x0, last = clip.x1 - 1;
        for (int k = 0; k < 3; k++) narrow_span(edges[k], n[k], first, last);
        if (first > last) continue;
        uint8_t* d = pixel_at(target, static_cast<int>(first), row);
        if (one_color && one_uv) {
            if (fa == 0) continue;
            for (int64_t x = first; x <= last; x++, d += 4) blend(d, fr, fg, fb, fa);
            continue;
        }
        const float cy = static_cast<float>(row) + 0.5f, cx = static_cast<float>(first) + 0.5f;
        Color c = one_color ? c0 : Color{r.at(cx, cy), g.at(cx, cy), b.at(cx, cy), a.at(cx, cy)};
        float tu = one_uv ? 0 : u.at(cx, cy), tv = one_uv ? 0 : v.at(cx, cy);
        for (int64_t x = first; x <= last; x++, d += 4) {
            const Color shaded = modulate(c, one_uv ? texel0 : sampler.bilinear(tu, tv));
            if (shaded.a >= 0.5f) blend(d, shaded);
            if (!one_color) c.r += r.dx, c.g += g.dx, c.b += b.dx, c.a += a.dx;
            if (!one_uv) tu += u.dx, tv += v.dx;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] What a band holds
//-----------------------------------------------------------------------------
// A band's pixels follow from its shapes in order (their vertices, clip rectangles and textures),
// so a hash of those says whether a band would come out as it is. Each step is a bijection of
// the hash for a given word, so one word changed in a band's sequence always changes its hash;
// that is the common frame (one card hovered, one field typed in).
inline uint64_t mix(uint64_t h, uint64_t word) { return (h ^ word) * 0x9E3779B97F4A7C15ull; }

inline uint64_t mix_vertex(uint64_t h, const ImDrawVert& v) {
    uint64_t pos, uv;
    std::memcpy(&pos, &v.pos, 8);
    std::memcpy(&uv, &v.uv, 8);
    return mix(mix(mix(h, pos), uv), v.col);
}

//-----------------------------------------------------------------------------
// [SECTION] Draw commands
//-----------------------------------------------------------------------------
// Two triangles (a, b, c) and (a, c, d) that form an axis-aligned rectangle of one colour, with
// texture coordinates that follow its axes (or one coordinate for all): ImGui's PrimRect and
// PrimRectUV, which draw every frame, button, selection and glyph.
bool is_axis_aligned_quad(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, const ImDrawVert& d) {
    if (a.col != b.col || a.col != c.col || a.col != d.col) return false;
    const bool along_x = a.pos.y == b.pos.y && b.pos.x == c.pos.x && c.pos.y == d.pos.y && d.pos.x == a.pos.x;
    const bool along_y = a.pos.x == b.pos.x && b.pos.y == c.pos.y && c.pos.x == d.pos.x && d.pos.y == a.pos.y;
    if (along_x) return a.uv.y == b.uv.y && b.uv.x == c.uv.x && c.uv.y == d.uv.y && d.uv.x == a.uv.x;
    if (along_y) return a.uv.x == b.uv.x && b.uv.y == c.uv.y && c.uv.x == d.uv.x && d.uv.y == a.uv.y;
    return false;
}

void draw_quad(const RgbaTarget& target, const PixelRect& clip, const ImDrawVert& a, const ImDrawVert& c, const Sampler& sampler) {
    // a and c are opposite corners; order them so that x0 < x1 and y0 < y1 (texture coordinates too).
    const int64_t ax = to_fixed(a.pos.x), ay = to_fixed(a.pos.y), cx = to_fixed(c.pos.x), cy = to_fixed(c.pos.y);
    if (ax == cx || ay == cy) return;
    const ScreenRect rect{std::min(ax, cx), std::min(ay, cy), std::max(ax, cx), std::max(ay, cy)};
    const ImVec2 uv0(ax < cx ? a.uv.x : c.uv.x, ay < cy ? a.uv.y : c.uv.y), uv1(ax < cx ? c.uv.x : a.uv.x, ay < cy ? c.uv.y : a.uv.y);
    const PixelRect px = covered_pixels(rect, clip);
    if (px.empty()) return;
    const Color tint = unpack(a.col);
    if (uv0.x == uv1.x && uv0.y == uv1.y) fill_solid(target, px, modulate(tint, sampler.bilinear(uv0.x, uv0.y)));
    else fill_textured(target, px, rect, uv0, uv1, tint, sampler);
}

// The command's clip rectangle in target pixels, truncated as the WebGL renderer's scissor is.
PixelRect clip_pixels(const ImDrawCmd& cmd, const ImDrawData& data, const RgbaTarget& target) {
    const ImVec2 o = data.DisplayPos, s = data.FramebufferScale;
    const float x0 = (cmd.ClipRect.x - o.x) * s.x, y0 = (cmd.ClipRect.y - o.y) * s.y;
    const float x1 = (cmd.ClipRect.z - o.x) * s.x, y1 = (cmd.ClipRect.w - o.y) * s.y;
    const auto px = [](float v, int limit) { return static_cast<int>(std::clamp(v, 0.0f, static_cast<float>(limit))); };
    return {px(x0, target.width), px(y0, target.height), px(x1, target.width), px(y1, target.height)};
}

// Fills rows [y0, y1) with one colour: the first row pixel by pixel, the others copied from it.
void clear_rows(const RgbaTarget& target, ImU32 clear, int y0, int y1) {
    if (y0 >= y1) return;
    uint8_t* first = pixel_at(target, 0, y0);
    for (int x = 0; x < target.width; x++) std::memcpy(first + x * 4, &clear, 4);   // ImU32 is R, G, B, A in memory
    for (int y = y0 + 1; y < y1; y++) std::memcpy(pixel_at(target, 0, y), first, static_cast<size_t>(target.width) * 4);
}

}  // namespace

void CpuRaster::set_texture(ImTextureID id, CpuTexture texture) {
    textures_[id] = texture;
    forget_drawn_bands();   // texels that bands were drawn with may have changed
}
void CpuRaster::forget_texture(ImTextureID id) {
    textures_.erase(id);
    forget_drawn_bands();
}
void CpuRaster::forget_drawn_bands() const { drawn_.clear(); }

void CpuRaster::render(const ImDrawData& data, RgbaTarget target, ImU32 clear) const {
    const int bands = begin_frame(data, target, clear, target.height);   // one band: nothing to share
    for (int b = 0; b < bands; b++) draw_band(b);
}

int CpuRaster::begin_frame(const ImDrawData& data, RgbaTarget target, ImU32 clear, int band_rows) const {
    counts_ = {};
    target_ = target, clear_ = clear, band_rows_ = std::max(1, band_rows);
    placed_.clear(), commands_.clear(), shapes_.clear();
    if (!target.pixels || target.width <= 0 || target.height <= 0) return 0;
    const int bands = (target.height + band_rows_ - 1) / band_rows_;
    bands_.resize(static_cast<size_t>(bands));
    for (std::vector<uint32_t>& band : bands_) band.clear();
    // What the bands hold is known only for the same target, band size and clear colour.
    const uint64_t frame_key = mix(mix(mix(mix(mix(0, reinterpret_cast<uintptr_t>(target.pixels)), static_cast<uint64_t>(target.width)),
                                               static_cast<uint64_t>(target.height)), static_cast<uint64_t>(band_rows_)), clear);
    if (frame_key != drawn_frame_key_ || drawn_.size() != static_cast<size_t>(bands)) {
        drawn_frame_key_ = frame_key;
        drawn_.assign(static_cast<size_t>(bands), DrawnBand{});
    }
    band_hashes_.assign(static_cast<size_t>(bands), frame_key);

    // Every list's vertices in target pixels, in one buffer (commands point into it). At one pixel
    // per unit from the origin, which is the usual frame, they are used where they are instead.
    const ImVec2 origin = data.DisplayPos, scale = data.FramebufferScale;
    const bool in_place = origin.x == 0 && origin.y == 0 && scale.x == 1 && scale.y == 1;
    int total = 0;
    for (int n = 0; n < data.CmdListsCount; n++) total += data.CmdLists[n]->VtxBuffer.Size;
    placed_.resize(in_place ? 0 : static_cast<size_t>(total));
    size_t base = 0;
    for (int n = 0; n < data.CmdListsCount; n++, base += static_cast<size_t>(data.CmdLists[n - 1]->VtxBuffer.Size)) {
        const ImDrawList* list = data.CmdLists[n];
        if (!in_place) {
            ImDrawVert* out = placed_.data() + base;
            for (const ImDrawVert& v : list->VtxBuffer) {
                *out = v;
                out->pos = ImVec2((v.pos.x - origin.x) * scale.x, (v.pos.y - origin.y) * scale.y);
                out++;
            }
        }
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                // Called here, before any band draws (the app adds none; a band has no order with another).
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const PixelRect clip = clip_pixels(cmd, data, target);
            if (clip.empty()) continue;
            const auto found = textures_.find(cmd.GetTexID());
            const ImDrawVert* vtx = (in_place ? list->VtxBuffer.Data : placed_.data() + base) + cmd.VtxOffset;
            const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
            const uint32_t command = static_cast<uint32_t>(commands_.size());
            const CpuTexture* texture = found == textures_.end() || !found->second.pixels ? nullptr : &found->second;
            commands_.push_back({clip.x0, clip.y0, clip.x1, clip.y1, texture, vtx, idx});
            const uint64_t command_hash = mix(mix(mix(mix(mix(1, reinterpret_cast<uintptr_t>(texture)), static_cast<uint64_t>(clip.x0)),
                                                      static_cast<uint64_t>(clip.y0)), static_cast<uint64_t>(clip.x1)), static_cast<uint64_t>(clip.y1));
            // Each shape goes to the bands of the rows it may touch, and into their hashes; one
            // that touches no pixel is not kept.
            const auto keep = [&](uint32_t first, bool quad, int row0, int row1, uint64_t shape_hash) {
                const uint32_t shape = static_cast<uint32_t>(shapes_.size());
                shapes_.push_back({command, first, quad});
                for (int b = row0 / band_rows_; b <= (row1 - 1) / band_rows_; b++) {
                    bands_[static_cast<size_t>(b)].push_back(shape);
                    band_hashes_[static_cast<size_t>(b)] = mix(band_hashes_[static_cast<size_t>(b)], shape_hash);
                }
            };
            const unsigned count = cmd.ElemCount - cmd.ElemCount % 3;
            for (unsigned i = 0; i < count;) {
                if (i + 6 <= count && idx[i + 3] == idx[i] && idx[i + 4] == idx[i + 2]) {
                    const ImDrawVert &a = vtx[idx[i]], &b = vtx[idx[i + 1]], &c = vtx[idx[i + 2]], &d = vtx[idx[i + 5]];
                    if (is_axis_aligned_quad(a, b, c, d)) {
                        const int64_t ax = to_fixed(a.pos.x), ay = to_fixed(a.pos.y), cx = to_fixed(c.pos.x), cy = to_fixed(c.pos.y);
                        const PixelRect px = covered_pixels({std::min(ax, cx), std::min(ay, cy), std::max(ax, cx), std::max(ay, cy)}, clip);
                        if (ax != cx && ay != cy && !px.empty()) {
                            (a.uv.x == c.uv.x && a.uv.y == c.uv.y ? counts_.solid_rects : counts_.textured_rects)++;
                            keep(i, true, px.y0, px.y1, mix_vertex(mix_vertex(command_hash, a), c));   // a quad draws from a and c
                        }
                        i += 6;
                        continue;
                    }
                }
                const ImDrawVert &a = vtx[idx[i]], &b = vtx[idx[i + 1]], &c = vtx[idx[i + 2]];
                const int64_t area = (to_fixed(b.pos.x) - to_fixed(a.pos.x)) * (to_fixed(c.pos.y) - to_fixed(a.pos.y)) -
                                     (to_fixed(b.pos.y) - to_fixed(a.pos.y)) * (to_fixed(c.pos.x) - to_fixed(a.pos.x));
                // The rows of pixel centres between its top and bottom (draw_triangle's rows).
                const int row0 = std::max(clip.y0, static_cast<int>(first_centre_at_or_after(to_fixed(std::min({a.pos.y, b.pos.y, c.pos.y})))));
                const int row1 = std::min(clip.y1, static_cast<int>(first_centre_at_or_after(to_fixed(std::max({a.pos.y, b.pos.y, c.pos.y})) + 1)));
                const bool left_of_clip = std::max({a.pos.x, b.pos.x, c.pos.x}) < static_cast<float>(clip.x0) - 1;
                const bool right_of_clip = std::min({a.pos.x, b.pos.x, c.pos.x}) > static_cast<float>(clip.x1) + 1;
                if (area != 0 && row0 < row1 && !left_of_clip && !right_of_clip) {
                    counts_.triangles++;
                    keep(i, false, row0, row1, mix_vertex(mix_vertex(mix_vertex(command_hash + 1, a), b), c));
                }
                i += 3;
            }
        }
    }
    changed_.clear();
    for (int b = 0; b < bands; b++)
        if (!drawn_[static_cast<size_t>(b)].valid || drawn_[static_cast<size_t>(b)].hash != band_hashes_[static_cast<size_t>(b)]) changed_.push_back(b);
    return bands;
}

void CpuRaster::draw_band(int band) const {
    if (band < 0 || static_cast<size_t>(band) >= bands_.size()) return;
    const int row0 = band * band_rows_, row1 = std::min(target_.height, row0 + band_rows_);
    drawn_[static_cast<size_t>(band)] = {band_hashes_[static_cast<size_t>(band)], true};   // each band its own element: threads may share
    clear_rows(target_, clear_, row0, row1);
    for (const uint32_t s : bands_[static_cast<size_t>(band)]) {
        const Shape& shape = shapes_[s];
        const Command& cmd = commands_[shape.command];
        const PixelRect clip{cmd.x0, std::max(cmd.y0, row0), cmd.x1, std::min(cmd.y1, row1)};   // this band's rows only
        if (clip.empty()) continue;
        const Sampler sampler(cmd.texture);
        const ImDrawIdx* idx = cmd.idx + shape.first;
        if (shape.quad) draw_quad(target_, clip, cmd.vtx[idx[0]], cmd.vtx[idx[2]], sampler);
        else draw_triangle(target_, clip, &cmd.vtx[idx[0]], &cmd.vtx[idx[1]], &cmd.vtx[idx[2]], sampler);
    }
}

}  // namespace kam::platform

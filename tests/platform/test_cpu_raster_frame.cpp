// The CPU renderer on a real Dear ImGui frame: a window with text, a button, a rounded frame and
// a line, drawn with ImGui's own default font and style. Checks what each should look like, and
// that the fast paths (rectangles, glyphs) draw what the general triangle path draws.
#include "platform/web/cpu_raster.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

using kam::platform::CpuRaster;
using kam::platform::CpuTexture;
using kam::platform::CpuTextureFormat;
using kam::platform::RgbaTarget;

namespace {

using Pixel = std::array<int, 4>;
constexpr int kWidth = 320, kHeight = 240;
constexpr ImU32 kClear = IM_COL32(247, 247, 245, 255);

int div255(int x) { return (x + 128 + ((x + 128) >> 8)) >> 8; }
// 'c' blended over the opaque pixel 'under', as the renderer blends.
Pixel over(const Pixel& under, ImU32 c) {
    const int r = c & 0xFF, g = (c >> 8) & 0xFF, b = (c >> 16) & 0xFF, a = c >> 24;
    return {div255(r * a + under[0] * (255 - a)), div255(g * a + under[1] * (255 - a)), div255(b * a + under[2] * (255 - a)), 255};
}
int difference(const Pixel& p, const Pixel& q) {
    int d = 0;
    for (int i = 0; i < 4; i++) d = std::max(d, std::abs(p[i] - q[i]));
    return d;
}

struct ImGuiFrame {
    ImGuiContext* context = ImGui::CreateContext();
    CpuRaster raster;
    ImVec2 button_min, button_max, text_min, text_max, frame_min, frame_max, line_a, line_b;
    ImU32 frame_color = IM_COL32(200, 30, 30, 255), line_color = IM_COL32(255, 220, 0, 255);

    ImGuiFrame() {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(kWidth, kHeight);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        static int font_name = 0;
        io.Fonts->SetTexID(&font_name);
        raster.set_texture(&font_name, CpuTexture{pixels, w, h, CpuTextureFormat::Alpha8});
        for (int i = 0; i < 3; i++) build();   // the window sizes itself over the first frames
    }
    ~ImGuiFrame() { ImGui::DestroyContext(context); }

    void build() {
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(10, 10));
        ImGui::SetNextWindowSize(ImVec2(300, 220));
        ImGui::Begin("Account", nullptr, ImGuiWindowFlags_NoCollapse);
        ImGui::TextUnformatted("Key account: Nordic Steel");
        text_min = ImGui::GetItemRectMin(), text_max = ImGui::GetItemRectMax();
        ImGui::Button("Open the map", ImVec2(140, 30));
        button_min = ImGui::GetItemRectMin(), button_max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        frame_min = ImVec2(30, 120), frame_max = ImVec2(110, 180);
        draw->AddRectFilled(frame_min, frame_max, frame_color, 12.0f);
        line_a = ImVec2(140, 120), line_b = ImVec2(290, 200);
        draw->AddLine(line_a, line_b, line_color, 3.0f);
        ImGui::End();
        ImGui::Render();
    }

    std::vector<uint8_t> draw(const ImDrawData& data) const {
        std::vector<uint8_t> pixels(static_cast<size_t>(kWidth) * kHeight * 4);
        raster.render(data, RgbaTarget{pixels.data(), kWidth, kHeight}, kClear);
        return pixels;
    }
};

Pixel at(const std::vector<uint8_t>& pixels, float fx, float fy) {
    const int x = static_cast<int>(fx), y = static_cast<int>(fy);
    const uint8_t* p = &pixels[(static_cast<size_t>(y) * kWidth + x) * 4];
    return {p[0], p[1], p[2], p[3]};
}

// The same frame with every rectangle's second triangle turned (a, c, d) -> (c, d, a): the same
// shapes, but no longer in the pattern of the fast paths, so the triangle path draws them all.
struct WithoutFastPaths {
    std::vector<std::unique_ptr<ImDrawList>> lists;
    ImDrawData data;
    explicit WithoutFastPaths(const ImDrawData& source) : data(source) {
        data.CmdLists.clear();
        for (const ImDrawList* list : source.CmdLists) {
            auto copy = std::make_unique<ImDrawList>(nullptr);
            copy->CmdBuffer = list->CmdBuffer;
            copy->VtxBuffer = list->VtxBuffer;
            copy->IdxBuffer = list->IdxBuffer;
            for (const ImDrawCmd& cmd : copy->CmdBuffer) {
                ImDrawIdx* idx = copy->IdxBuffer.Data + cmd.IdxOffset;
                for (unsigned i = 0; i + 6 <= cmd.ElemCount; i += 3)
                    if (idx[i + 3] == idx[i] && idx[i + 4] == idx[i + 2]) {
                        const ImDrawIdx a = idx[i], c = idx[i + 2], d = idx[i + 5];
                        idx[i + 3] = c, idx[i + 4] = d, idx[i + 5] = a;
                        i += 3;
                    }
            }
            data.CmdLists.push_back(copy.get());
            lists.push_back(std::move(copy));
        }
    }
};

}  // namespace

TEST_CASE("A real ImGui frame: window, text, button, rounded frame and line look as they should", "[cpu_raster]") {
    ImGuiFrame frame;
    const ImDrawData& data = *ImGui::GetDrawData();
    const std::vector<uint8_t> pixels = frame.draw(data);
    const auto counts = frame.raster.last_counts();
    CHECK(counts.solid_rects > 0);
    CHECK(counts.textured_rects > 15);   // the glyphs of the title, the text and the button
    CHECK(counts.triangles > 0);         // the rounded corners and the line

    const ImGuiStyle& style = ImGui::GetStyle();
    const Pixel clear{247, 247, 245, 255};
    CHECK(at(pixels, 5, 5) == clear);       // outside the window
    CHECK(at(pixels, 315, 235) == clear);
    const Pixel window = over(clear, ImGui::GetColorU32(style.Colors[ImGuiCol_WindowBg]));
    CHECK(difference(at(pixels, 300, 100), window) <= 1);

    // The button: its colour over the window's, inside; its label's glyphs somewhere in it.
    const Pixel button = over(window, ImGui::GetColorU32(style.Colors[ImGuiCol_Button]));
    CHECK(difference(at(pixels, frame.button_min.x + 3, frame.button_min.y + 3), button) <= 1);
    CHECK(difference(at(pixels, frame.button_max.x - 4, frame.button_max.y - 4), button) <= 1);

    // The text: light glyphs on the dark window, grey (the tint is white), inside its rectangle only.
    int lit = 0;
    for (float y = frame.text_min.y; y < frame.text_max.y; y++)
        for (float x = frame.text_min.x; x < frame.text_max.x; x++) {
            const Pixel p = at(pixels, x, y);
            if (p[0] > window[0] + 100) lit++;
            CHECK(std::abs(p[0] - p[1]) <= 12);
        }
    CHECK(lit > 60);
    CHECK(difference(at(pixels, frame.text_max.x + 30, frame.text_min.y + 4), window) <= 1);

    // The rounded frame: filled at its centre and the middle of its edges, not in its corners.
    const Pixel red = over(window, frame.frame_color);
    CHECK(at(pixels, 70, 150) == red);
    CHECK(at(pixels, 70, frame.frame_min.y + 0.5f) == red);
    CHECK(difference(at(pixels, frame.frame_min.x, frame.frame_min.y), window) <= 1);
    CHECK(difference(at(pixels, frame.frame_max.x - 1, frame.frame_max.y - 1), window) <= 1);
    // A pixel of the corner's arc is partly covered (anti-aliased), neither red nor the window.
    bool soft_edge = false;
    for (int i = 0; i < 6; i++) {
        const Pixel p = at(pixels, frame.frame_min.x + 1 + i, frame.frame_min.y + 1 + i);
        if (difference(p, red) > 20 && difference(p, window) > 20) soft_edge = true;
    }
    CHECK(soft_edge);

    // The line: yellow along its middle, the window a few pixels beside it.
    const ImVec2 mid((frame.line_a.x + frame.line_b.x) / 2, (frame.line_a.y + frame.line_b.y) / 2);
    const Pixel yellow = over(window, frame.line_color);
    CHECK(difference(at(pixels, mid.x, mid.y), yellow) <= 40);
    CHECK(difference(at(pixels, mid.x, mid.y - 8), window) <= 1);
    CHECK(difference(at(pixels, mid.x, mid.y + 8), window) <= 1);
}

TEST_CASE("The fast paths draw what the triangle path draws", "[cpu_raster]") {
    ImGuiFrame frame;
    const ImDrawData& data = *ImGui::GetDrawData();
    const std::vector<uint8_t> fast = frame.draw(data);
    const WithoutFastPaths slow_data(data);
    const std::vector<uint8_t> slow = frame.draw(slow_data.data);
    CHECK(frame.raster.last_counts().solid_rects == 0);
    CHECK(frame.raster.last_counts().textured_rects == 0);
    int differing = 0, worst = 0;
    for (size_t i = 0; i < fast.size(); i++) {
        const int d = std::abs(fast[i] - slow[i]);
        worst = std::max(worst, d);
        differing += d > 2;
    }
    CHECK(worst <= 2);
    CHECK(differing == 0);
}

TEST_CASE("A real ImGui frame drawn in bands of rows is the same as drawn whole", "[cpu_raster]") {
    ImGuiFrame frame;
    const ImDrawData& data = *ImGui::GetDrawData();
    const std::vector<uint8_t> whole = frame.draw(data);
    for (int rows : {3, 30, 97}) {
        std::vector<uint8_t> banded(whole.size(), 0);
        const int bands = frame.raster.begin_frame(data, RgbaTarget{banded.data(), kWidth, kHeight}, kClear, rows);
        for (int band = 0; band < bands; band++) frame.raster.draw_band(band);
        INFO("bands of " << rows << " rows");
        CHECK(banded == whole);
    }
}

// Golden frames: the CPU renderer's pictures of a few fixed screens, kept beside this file and
// compared here with what it draws now. The browser test (tests/e2e/cpu-renderer.test.mjs) checks
// the CPU renderer against WebGL 2; these catch a change to either the rasteriser or the views'
// drawing without a browser. The limits are the browser test's: PSNR >= 35 dB and at most 1% of
// pixels off by more than 8 levels, so a compiler's different float rounding passes.
//
// After a change that is meant to alter the pictures, write them again and look at them:
//   KAM_UPDATE_GOLDEN=1 build/native/golden_tests
#include "golden_png.h"

#include "ui_harness.h"

#include "core/sample_workspace.h"
#include "platform/web/cpu_raster.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using kam::test::RgbaImage;
using kam::test::UiHarness;

namespace {

constexpr ImU32 kClear = IM_COL32(247, 247, 245, 255);   // the app's clear colour (cpu_renderer.cpp)
constexpr int kFar = 8;   // levels a pixel's channel may be off by before the pixel counts as different

struct Difference {
    double psnr = INFINITY;   // over the red, green and blue of every pixel
    double far_share = 0;     // the pixels with a channel off by more than kFar levels
    bool within_limits() const { return psnr >= 35 && far_share <= 0.01; }
};

// How far pixel 'p' of the two images is apart: its red, green or blue, whichever differs most.
int channel_difference(const RgbaImage& a, const RgbaImage& b, size_t p) {
    int most = 0;
    for (int k = 0; k < 3; k++) most = std::max(most, std::abs(a.pixels[p * 4 + k] - b.pixels[p * 4 + k]));
    return most;
}

Difference compare(const RgbaImage& a, const RgbaImage& b) {
    double squares = 0;
    size_t far = 0;
    const size_t n = a.pixels.size() / 4;
    for (size_t p = 0; p < n; p++) {
        for (int k = 0; k < 3; k++) {
            const int d = a.pixels[p * 4 + k] - b.pixels[p * 4 + k];
            squares += static_cast<double>(d) * d;
        }
        far += channel_difference(a, b, p) > kFar;
    }
    Difference result;
    const double mse = squares / (3.0 * static_cast<double>(n));
    if (mse > 0) result.psnr = 10 * std::log10(255.0 * 255.0 / mse);
    result.far_share = static_cast<double>(far) / static_cast<double>(n);
    return result;
}

// Where the two differ by more than kFar levels, in red over a faded copy of 'actual'.
RgbaImage difference_picture(const RgbaImage& golden, const RgbaImage& actual) {
    RgbaImage out = actual;
    for (size_t p = 0; p < out.pixels.size() / 4; p++) {
        const bool far = channel_difference(golden, actual, p) > kFar;
        for (int k = 0; k < 3; k++) out.pixels[p * 4 + k] = far ? (k == 0 ? 255 : 0) : static_cast<uint8_t>(191 + actual.pixels[p * 4 + k] / 4);
    }
    return out;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// The app on a laptop's 1280 x 800 with the sample workspace, its first account open, on a fixed
// day, so that what is overdue or due soon does not change with the date the test runs.
struct FixedScreen {
    UiHarness ui;
    explicit FixedScreen(kam::Workspace ws = kam::make_sample_workspace(), float scale = 1.0f) : ui(std::move(ws)) {
        ui.app.host.today = [] { return std::string("2026-12-01"); };
        ui.app.scale_hint_answered = true;
        ui.app.selected_account = ui.app.doc.ws().accounts.front().id;
        if (scale != 1.0f) kam::ui::apply_style(scale, KAM_FONT_PATH);
    }

    // The tab after enough frames for its windows to size themselves and the map to fit, drawn
    // by the CPU renderer with the atlas the views' text was laid out with.
    RgbaImage draw(const char* tab) {
        static int font_name = 0;
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->SetTexID(&font_name);
        ui.app.request_tab = tab;
        ui.frames(8);
        REQUIRE(ui.app.current_tab == tab);
        unsigned char* atlas = nullptr;
        int atlas_w = 0, atlas_h = 0;
        io.Fonts->GetTexDataAsAlpha8(&atlas, &atlas_w, &atlas_h);
        kam::platform::CpuRaster raster;
        raster.set_texture(&font_name, kam::platform::CpuTexture{atlas, atlas_w, atlas_h, kam::platform::CpuTextureFormat::Alpha8});
        RgbaImage image{static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y), {}};
        image.pixels.resize(static_cast<size_t>(image.width) * image.height * 4);
        raster.render(*ImGui::GetDrawData(), kam::platform::RgbaTarget{image.pixels.data(), image.width, image.height}, kClear);
        return image;
    }
};

// The sample workspace with its first account's top person named, titled and described in the
// languages and symbols the font covers (assets/glyphs.txt), on the outline's first lines.
kam::Workspace names_in_several_scripts() {
    kam::Workspace ws = kam::make_sample_workspace();
    kam::Contact& top = *std::min_element(ws.accounts.front().contacts.begin(), ws.accounts.front().contacts.end(),
                                          [](const kam::Contact& a, const kam::Contact& b) { return a.level < b.level; });
    top.name = "Jürgen Weiß-Łęcka";
    top.title = "Head of “Procurement” — €12 500 ✓ ▲ ▼ ‰ ← → −3";
    top.notes = "Meets Șerban Țurcanu, Əli Məmmədov, Lǚ Zhāng, Çağla Öztürk, Tomáš Dvořák, Ørjan Ødegård, François Cœur, Ơn Ư.";
    return ws;
}

// Compares 'actual' with the golden picture 'name', or writes it there under KAM_UPDATE_GOLDEN.
// A failure leaves what was drawn and where it differs beside the build, to look at.
void check_golden(const std::string& name, const RgbaImage& actual) {
    const std::filesystem::path golden_path = std::filesystem::path(KAM_GOLDEN_DIR) / (name + ".png");
    if (std::getenv("KAM_UPDATE_GOLDEN")) {
        write_file(golden_path, kam::test::encode_png_compressed(actual));
        WARN("wrote " << golden_path.string());
        return;
    }
    const std::string bytes = read_file(golden_path);
    INFO("golden picture " << golden_path.string() << " (KAM_UPDATE_GOLDEN=1 build/native/golden_tests writes it)");
    REQUIRE_FALSE(bytes.empty());
    std::string error;
    const RgbaImage golden = kam::test::decode_png(bytes, error);
    INFO(error);
    REQUIRE(error.empty());
    REQUIRE(golden.width == actual.width);
    REQUIRE(golden.height == actual.height);
    const Difference d = compare(golden, actual);
    if (!d.within_limits()) {
        const std::filesystem::path out = std::filesystem::path(KAM_GOLDEN_FAILURES) / name;
        write_file(out.string() + ".actual.png", kam::test::encode_png_compressed(actual));
        write_file(out.string() + ".difference.png", kam::test::encode_png_compressed(difference_picture(golden, actual)));
        UNSCOPED_INFO("what was drawn and where it differs: " << out.string() << ".{actual,difference}.png");
    }
    INFO("PSNR " << d.psnr << " dB, " << d.far_share * 100 << "% of pixels off by more than 8 levels");
    CHECK(d.within_limits());
}

}  // namespace

TEST_CASE("golden frames: the sample map, fitted", "[golden]") {
    FixedScreen screen;
    check_golden("map", screen.draw("Map"));
}

TEST_CASE("golden frames: the scoring grid", "[golden]") {
    FixedScreen screen;
    check_golden("scoring-grid", screen.draw("Tiering"));
}

TEST_CASE("golden frames: the account profile at 200%", "[golden]") {
    FixedScreen screen(kam::make_sample_workspace(), 2.0f);
    check_golden("profile-200", screen.draw("Account"));
}

TEST_CASE("golden frames: names in several scripts, in the outline", "[golden]") {
    FixedScreen screen(names_in_several_scripts());
    check_golden("scripts", screen.draw("Outline"));
}

TEST_CASE("golden frames: the comparison sees a map moved by a few pixels", "[golden]") {
    FixedScreen screen;
    const RgbaImage fitted = screen.draw("Map");
    const ImVec2 middle(ImGui::GetIO().DisplaySize.x * 0.6f, ImGui::GetIO().DisplaySize.y * 0.6f);
    screen.ui.drag(middle, ImVec2(middle.x + 6, middle.y + 4), 2);   // a middle-button pan
    const RgbaImage panned = screen.draw("Map");
    const Difference d = compare(fitted, panned);
    INFO("PSNR " << d.psnr << " dB, " << d.far_share * 100 << "% of pixels off by more than 8 levels");
    CHECK_FALSE(d.within_limits());
    CHECK(compare(fitted, fitted).within_limits());
}

TEST_CASE("golden frames: a PNG written is read back pixel for pixel, and a damaged one is refused with why", "[golden][png]") {
    RgbaImage image{37, 11, {}};
    for (int i = 0; i < 37 * 11 * 4; i++) image.pixels.push_back(static_cast<uint8_t>((i * 7919) >> (i % 5)));
    const std::string png = kam::test::encode_png_compressed(image);
    std::string error;
    const RgbaImage back = kam::test::decode_png(png, error);
    CHECK(error.empty());
    CHECK(back.width == 37);
    CHECK(back.height == 11);
    CHECK(back.pixels == image.pixels);

    kam::test::decode_png("GIF89a", error);
    CHECK(error == "not a PNG file (no PNG signature)");
    kam::test::decode_png(png.substr(0, png.size() / 2), error);
    CHECK(error.find("runs past the end") != std::string::npos);
    std::string damaged = png;
    damaged[8 + 8 + 8] = 16;   // IHDR's bit depth
    kam::test::decode_png(damaged, error);
    CHECK(error == "chunk IHDR at byte 8 fails its CRC: the file is damaged");
}

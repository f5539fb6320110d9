#include "ui/test_hooks.h"

#include "core/io/json_io.h"
#include "imgui.h"

#include <array>
#include <cstdio>
#include <map>

namespace kam::ui {

static bool g_enabled = false;
static std::map<std::string, std::array<float, 4>> g_items;
static std::map<std::string, std::string> g_texts;

void set_item_exposure(bool enabled) { g_enabled = enabled; }
bool item_exposure_enabled() { return g_enabled; }

void begin_exposing_frame() {
    if (!g_enabled) return;
    g_items.clear();
    g_texts.clear();
}

void expose_item(const std::string& name) {
    if (!g_enabled) return;
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    // Items scrolled out of their window are not clickable: leave them out.
    if (!ImGui::IsItemVisible()) return;
    g_items[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

void expose_rect(const std::string& name, float x, float y, float w, float h) {
    if (g_enabled) g_items[name] = {x, y, w, h};
}

void expose_text(const std::string& name, const std::string& text) {
    if (g_enabled) g_texts[name] = text;
}

// {"items": {name: [x, y, w, h], ...}, "texts": {name: text, ...}}, written by hand: a JSON library
// here would add to every user's download for the sake of the tests.
std::string exposed_items_json() {
    std::string out = "{\"items\":{";
    char rect[96];
    for (const auto& [name, r] : g_items) {
        if (out.back() != '{') out += ',';
        std::snprintf(rect, sizeof(rect), ":[%.2f,%.2f,%.2f,%.2f]", r[0], r[1], r[2], r[3]);
        out += json_string(name) + rect;
    }
    out += "},\"texts\":{";
    for (const auto& [name, text] : g_texts) {
        if (out.back() != '{') out += ',';
        out += json_string(name) + ':' + json_string(text);
    }
    return out + "}}";
}

}  // namespace kam::ui

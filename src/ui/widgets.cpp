#include "ui/widgets.h"

#include "core/tiering/tiering.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <algorithm>
#include <cstdarg>
#include <cctype>
#include <vector>

namespace kam::ui {

float em(float n) { return ImGui::GetFontSize() * n; }

void FieldEdits::track(const char* field_name) {
    if (ImGui::IsItemEdited()) {
        changed = true;
        field = field_name;
    }
    if (ImGui::IsItemDeactivated()) deactivated = true;
}

bool input_text(const char* label, std::string& value, const char* hint) {
    if (hint) return ImGui::InputTextWithHint(label, hint, &value);
    return ImGui::InputText(label, &value);
}

bool input_multiline(const char* label, std::string& value, float height_em) {
    return ImGui::InputTextMultiline(label, &value, ImVec2(-FLT_MIN, em(height_em)));
}

void customer_safe_checkbox(bool& on, const char* tooltip) {
    const bool was_on = on;
    if (was_on) ImGui::PushStyleColor(ImGuiCol_FrameBg, vec4(palette().advice_bg));   // on: a tint that says so
    ImGui::Checkbox("Customer-safe view", &on);
    if (was_on) ImGui::PopStyleColor();
    ImGui::SetItemTooltip("%s", tooltip);
}

bool hidden_from_customer(bool on, const char* what) {
    if (on) note("%s is internal: hidden while the customer-safe view is on (Map toolbar).", what);
    return on;
}

bool person_combo(const char* label, Id& value, const Workspace& ws, const char* none_label) {
    return id_combo(label, value, ws.team, none_label, [](const Person& p) { return p.name; }, [](const Person& p) { return p.role; });
}

bool contains_text(const std::string& haystack, const std::string& needle) {
    auto lower = [](char c) { return (char)std::tolower((unsigned char)c); };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != haystack.end();
}

void next_in_toolbar(float width, float spacing) {
    const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // Decided before SameLine(): a NewLine() after it would count the gap as content, and widen
    // a window that scrolls sideways past its edge.
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
}

bool begin_view_area(const char* id, ImVec2 size) {
    // Only a narrow area may scroll sideways, and then at a fixed width: in a window free to scroll
    // sideways, a row as wide as the window would widen what the window holds, and so itself,
    // frame after frame.
    const float width = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x + size.x;
    const float least = em(kViewMinWidthEm);
    if (width >= least + 2 * ImGui::GetStyle().WindowPadding.x + ImGui::GetStyle().ScrollbarSize) return ImGui::BeginChild(id, size);
    ImGui::SetNextWindowContentSize(ImVec2(least, 0));
    return ImGui::BeginChild(id, size, ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
}

void scroll_here_if_asked(std::string& asked, std::string_view anchor) {
    if (asked.empty() || asked != anchor) return;
    ImGui::SetScrollHereY(0.0f);
    asked.clear();
}

static void note_v(const char* fmt, va_list args) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrappedV(fmt, args);
    ImGui::PopStyleColor();
}

void note(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    note_v(fmt, args);
    va_end(args);
}

void row_note(const char* fmt, ...) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < em(12)) ImGui::NewLine();
    va_list args;
    va_start(args, fmt);
    note_v(fmt, args);
    va_end(args);
}

ImU32 health_band_color(HealthBand band) {
    switch (band) {
    case HealthBand::Healthy: return u32(palette().healthy);
    case HealthBand::Watch: return u32(palette().watch);
    default: return u32(palette().poor);
    }
}

const char* trend_arrow(int direction) {
    return direction > 0 ? "\xE2\x86\x91" : direction < 0 ? "\xE2\x86\x93" : "\xE2\x86\x92";
}

std::string health_badge(std::optional<int> score, HealthBand band, int trend) {
    if (!score) {
        ImGui::TextDisabled("-");
        return "-";
    }
    const std::string text = std::to_string(*score) + " " + trend_arrow(trend);
    ImGui::PushStyleColor(ImGuiCol_Text, health_band_color(band));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    return text;
}

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(em(30));
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

bool begin_modal(const char* title, bool open) {
    if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

// ImGui's colour picker (a hue wheel, sliders, hex) added about 9 KB to every user's download for
// the one place that picks a colour; a team wants a few distinct tier colours, not any colour.
// The palette: the tier presets' colours, then Okabe-Ito's colour-blind-safe set and a slate grey.
static const std::vector<uint32_t>& swatch_colors() {
    static const std::vector<uint32_t> colors = [] {
        std::vector<uint32_t> c;
        for (const TierPreset& preset : tier_presets())
            for (const Tier& tier : preset.tiers) c.push_back(tier.color);
        c.insert(c.end(), {0xE69F00FF, 0x56B4E9FF, 0x009E73FF, 0xF0E442FF, 0x0072B2FF, 0xD55E00FF, 0xCC79A7FF, 0x5D6D7EFF});
        return c;
    }();
    return colors;
}

uint32_t im_color(uint32_t rgba) {
    return IM_COL32(rgba >> 24, (rgba >> 16) & 0xFF, (rgba >> 8) & 0xFF, rgba & 0xFF);
}

// One square of colour; true when clicked.
static bool swatch(const char* id, uint32_t rgba, float size, bool selected) {
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    dl->AddRectFilled(a, b, im_color(rgba), 3.0f);
    const bool ring = selected || ImGui::IsItemHovered() || ImGui::IsItemFocused();
    dl->AddRect(a, b, ring ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(ImGuiCol_Text, 0.25f), 3.0f, 0, ring ? 2.0f : 1.0f);
    return clicked;
}

bool color_palette(const char* id, uint32_t& rgba) {
    ImGui::PushID(id);
    const float size = ImGui::GetFrameHeight();
    if (swatch("##current", rgba, size, false)) ImGui::OpenPopup("palette");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Choose a colour");
    bool picked = false;
    if (ImGui::BeginPopup("palette")) {
        constexpr int kColumns = 6;
        const std::vector<uint32_t>& colors = swatch_colors();
        for (int i = 0; i < (int)colors.size(); i++) {
            if (i % kColumns) ImGui::SameLine();
            ImGui::PushID(i);
            const bool clicked = swatch("##c", colors[i], size * 1.2f, colors[i] == rgba);
            expose_item("palette/" + std::to_string(i));
            if (clicked) {
                rgba = colors[i];
                picked = true;
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return picked;
}

}  // namespace kam::ui

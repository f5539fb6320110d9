#include "ui/workshop/scale_hint.h"

#include "core/workshop/ui_scale.h"
#include "ui/app_state.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

int scale_hint_suggestion(const AppState& app) {
    if (app.scale_hint_answered || app.workshop.presenting) return 0;
    const float ratio = app.host.pixel_ratio ? app.host.pixel_ratio() : 1.0f;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    if (!(ratio > 0) || size.x <= 0 || size.y <= 0) return 0;
    const int suggested = suggested_ui_scale(size.x / ratio, size.y / ratio);
    return suggested != app.ui_scale_percent ? suggested : 0;
}

void draw_scale_hint(AppState& app) {
    const int suggested = scale_hint_suggestion(app);
    if (suggested == 0) return;
    const std::string percent = std::to_string(suggested) + "%";
    const std::string text = (suggested > app.ui_scale_percent ? "This window has room for a larger UI: " + percent + " reads better from a distance."
                                                               : "This window is small for the layout: " + percent + " fits it.") +
                             " View > UI scale (Ctrl+= and Ctrl+-) changes it at any time.";
    const std::string take = "Use " + percent, keep = "Keep " + std::to_string(app.ui_scale_percent) + "%";
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(palette().advice_bg));   // advice, not a problem
    if (ImGui::BeginChild("scale_hint", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", text.c_str());
        expose_text("scale_hint/text", text);
        const ImGuiStyle& style = ImGui::GetStyle();
        next_in_toolbar(ImGui::CalcTextSize(take.c_str()).x + 2 * style.FramePadding.x);
        if (ImGui::Button(take.c_str())) {
            app.ui_scale_percent = suggested;
            app.scale_hint_answered = true;
        }
        expose_item("scale_hint/use");
        next_in_toolbar(ImGui::CalcTextSize(keep.c_str()).x + 2 * style.FramePadding.x);
        if (ImGui::Button(keep.c_str())) app.scale_hint_answered = true;
        expose_item("scale_hint/keep");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace kam::ui

// Every main tab of the sample workspace at UI scales from 75% to 300%, on a laptop's 1280 x 800
// and a projector's 1920 x 1080: nothing is cut off at the edge of a window that cannot scroll to
// it. Sizes are in font units, so a layout that holds at 100% must hold at every scale; a fixed
// pixel width somewhere would push its neighbours out of reach.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include "imgui_internal.h"   // the windows, their content sizes and scrollbars

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using kam::test::UiHarness;

static constexpr const char* kTabs[] = {"Account", "Plan",     "Forecast", "Reviews",    "Health",    "Map",     "Matrix",
                                        "Analysis", "Outline", "Tiering",  "My actions", "Portfolio", "Our team"};

// Whether the window is a view, or inside one: the child "main" of the main window, and its children.
static bool in_views(const ImGuiWindow* w) {
    for (const ImGuiWindow* p = w; p; p = p->ParentWindow) {
        const std::string_view name = p->Name;
        if (name.starts_with("KAM Canvas/main_") && name.find('/', 11) == std::string_view::npos) return true;
    }
    return false;
}

// The windows on screen whose content is wider (or taller) than they can show: than they are,
// where they cannot scroll that way, or than they scroll to, where a view area is laid out at a
// set width (begin_view_area). What is past that edge is cut off, out of the user's reach.
static std::vector<std::string> cut_off_windows() {
    std::vector<std::string> names;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        // Multi-line text fields scroll their own text: their windows are bordered children
        // without padding.
        const bool text_field = (w->ChildFlags & ImGuiChildFlags_Border) && w->WindowPadding.x == 0 && w->WindowPadding.y == 0;
        if (!w->WasActive || w->Hidden || text_field) continue;
        const ImVec2 content(w->DC.CursorMaxPos.x - w->DC.CursorStartPos.x, w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y);
        const ImVec2 reach(w->ScrollbarX ? w->ContentSize.x : w->ContentRegionRect.GetWidth(), w->ScrollbarY ? w->ContentSize.y : w->ContentRegionRect.GetHeight());
        const float wide = content.x - reach.x, tall = content.y - reach.y;
        if (wide > 1 || tall > 1)
            names.push_back(std::string(w->Name) + " (" + std::to_string((int)wide) + " x " + std::to_string((int)tall) + " px over)");
    }
    return names;
}

// The views that scroll sideways: in reach, but a row the user reads is wider than the screen.
// A wide table's own scrolling region (a table with ScrollX) is not counted: it keeps its first
// column in view as it scrolls.
static std::vector<std::string> sideways_views() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::vector<const ImGuiWindow*> table_regions;
    for (int i = 0; i < g.Tables.GetMapSize(); i++)
        if (const ImGuiTable* t = g.Tables.TryGetMapData(i); t && t->InnerWindow != t->OuterWindow) table_regions.push_back(t->InnerWindow);
    std::vector<std::string> names;
    for (const ImGuiWindow* w : g.Windows) {
        if (!w->WasActive || w->Hidden || !w->ScrollbarX || !in_views(w)) continue;
        if (std::find(table_regions.begin(), table_regions.end(), w) != table_regions.end()) continue;
        names.push_back(std::string(w->Name) + " (" + std::to_string((int)(w->ContentSize.x - w->ContentRegionRect.GetWidth())) + " px wider)");
    }
    return names;
}

// Nothing is ever out of reach. A view scrolls sideways only where the screen is too small for
// its rows: up to 200% on a projector's 1920 x 1080 and up to 100% on a laptop they fit its width;
// at 300% on a laptop (a screen 17 em wide beside the accounts) a table may need the scroll.
TEST_CASE("every tab fits the screen from 75% to 300%, in reach at every scale", "[workshop][scale]") {
    for (const ImVec2 display : {ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        for (const float scale : {0.75f, 1.0f, 2.0f, 3.0f}) {
            UiHarness ui(kam::make_sample_workspace());
            ui.app.scale_hint_answered = true;   // (the hint is checked on its own)
            ui.app.selected_account = ui.app.doc.ws().accounts.front().id;   // as the app opens
            ImGui::GetIO().DisplaySize = display;
            kam::ui::apply_style(scale, KAM_FONT_PATH);
            const bool rows_fit = scale <= (display.x >= 1920 ? 2.0f : 1.0f);
            for (const char* tab : kTabs) {
                ui.app.request_tab = tab;
                ui.frames(4);
                INFO(display.x << " x " << display.y << " at " << scale * 100 << "%, tab " << tab);
                REQUIRE(ui.app.current_tab == tab);
                CHECK(cut_off_windows() == std::vector<std::string>{});
                if (rows_fit) CHECK(sideways_views() == std::vector<std::string>{});
            }
        }
    }
}

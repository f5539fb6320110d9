// KAM Canvas: the whole screen: menu, accounts on the left, the selected account or our
// team on the right, a status line at the bottom. Sizes are in font units (em).
#include "ui/save_status.h"
#include "ui/test_hooks.h"
#include "ui/reviews/views.h"
#include "ui/planning/views.h"
#include "ui/relationships/views.h"
#include "ui/theme.h"
#include "ui/tiering/views.h"
#include "ui/views.h"
#include "ui/widgets.h"
#include "ui/workshop/presenter.h"
#include "ui/workshop/scale_hint.h"
#include "ui/workshop/snapshots_window.h"

#include "imgui.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace kam::ui {

static void draw_status_bar(AppState& app, const char* save_status) {
    ImGui::Separator();
    draw_save_status(save_status);
    double age = app.host.now_seconds ? app.host.now_seconds() - app.notice.shown_at : 0.0;
    if (!app.notice.text.empty() && (app.notice.is_error || age < 8.0)) {
        ImGui::SameLine(em(12));
        ImVec4 color = app.notice.is_error ? vec4(palette().error) : ImGui::GetStyleColorVec4(ImGuiCol_Text);
        ImGui::TextColored(color, "%s", app.notice.text.c_str());
        expose_text("status/notice", app.notice.text);
    }
    // Browser storage nearly full: the next saves may fail (then the edits stay in memory, but only there).
    if (app.host.browser_storage && app.host.browser_storage().nearly_full()) {
        ImGui::SameLine();
        const char* warning = "Browser storage is over 80% full: export your workspace (Help > Storage)";
        ImGui::TextColored(vec4(palette().error), "%s", warning);
        expose_text("status/storage_warning", warning);
    }
    // The only copy outside this browser is an export: how old it is, at the right.
    if (app.host.wall_clock) {
        const std::string age = export_age_text(app.export_record, app.host.wall_clock());
        const float width = ImGui::CalcTextSize(age.c_str()).x;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
        ImGui::TextDisabled("%s", age.c_str());
        expose_text("status/export", age);
    }
}

// In a child the user can resize: its width follows the font size (a new UI scale), as every other
// size does, instead of staying the pixels it was; but never more than 'most' pixels then.
static void keep_width_in_em(float& width_em, float& font_px, float most) {
    const float font = ImGui::GetFontSize();
    if (font_px > 0 && font_px != font) ImGui::SetWindowSize(ImVec2(std::min(width_em * font, most), ImGui::GetWindowHeight()));
    width_em = ImGui::GetWindowWidth() / font;
    font_px = font;
}

// The main tabs in order: the label (which app.request_tab and the remembered view name), the
// name tests know the tab by, the view it shows, and whether that is a canvas (which pans, and
// fills whatever room it has) rather than a page in a view area.
struct MainTab {
    const char* label;
    const char* test_name;
    void (*draw)(AppState&);
    bool canvas = false;
};
static constexpr MainTab kMainTabs[] = {
    {"Account", "tab/account", draw_account_profile},
    {"Plan", "tab/plan", draw_plan_tab},
    {"Forecast", "tab/forecast", draw_forecast_tab},
    {"Reviews", "tab/reviews", draw_reviews_tab},
    {"Health", "tab/health", draw_health_tab},
    {"Map", "tab/map", draw_map_canvas, true},
    {"Matrix", "tab/matrix", draw_relationship_matrix},
    {"Analysis", "tab/analysis", draw_coverage_analysis_panel},
    {"Outline", "tab/outline", draw_map_outline_view},
    {"Tiering", "tab/tiering", draw_tiering},
    {"My actions", "tab/my_actions", draw_my_actions},
    {"Portfolio", "tab/portfolio", draw_portfolio_dashboard},
    {"Our team", "tab/team", draw_team_panel},
};

static void draw_view(AppState& app, const MainTab& tab) {
    if (tab.canvas) return tab.draw(app);
    if (begin_view_area("view")) tab.draw(app);
    ImGui::EndChild();
}

bool is_main_tab(const std::string& label) {
    return std::any_of(std::begin(kMainTabs), std::end(kMainTabs), [&](const MainTab& t) { return label == t.label; });
}

// A tab of the main tab bar; selected when a view asked for it through app.request_tab. The
// request stands until the tab shows (the tab bar switches a frame later), so app.current_tab
// never names a tab that is only on its way.
static bool begin_tab(AppState& app, const MainTab& tab) {
    const bool requested = app.request_tab == tab.label;
    const bool open = ImGui::BeginTabItem(tab.label, nullptr, requested ? ImGuiTabItemFlags_SetSelected : 0);
    expose_item(tab.test_name);
    if (open) {
        app.current_tab = tab.label;
        if (requested) app.request_tab.clear();
    }
    return open;
}

// Presenter mode: the view on screen alone over the whole window, under a small bar. The view
// keeps its own controls, and dialogs it opens still show.
static void draw_presenting(AppState& app, const char* save_status) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("KAM Canvas presenting", nullptr, flags);
    ImGui::PopStyleVar();
    draw_presenter_bar(app, save_status);
    // Views (and the agenda) ask for another view as they do in the tab bar.
    if (!app.map_fly_to.empty()) app.request_tab = "Map";
    if (is_main_tab(app.request_tab)) app.current_tab = app.request_tab;
    app.request_tab.clear();
    const auto shown = std::find_if(std::begin(kMainTabs), std::end(kMainTabs), [&](const MainTab& t) { return app.current_tab == t.label; });
    const auto map = std::find_if(std::begin(kMainTabs), std::end(kMainTabs), [](const MainTab& t) { return t.canvas; });
    if (ImGui::BeginChild("presented")) draw_view(app, shown != std::end(kMainTabs) ? *shown : *map);
    ImGui::EndChild();
    draw_dialogs(app);
    ImGui::End();
    draw_snapshots_window(app);
}

void draw_app(AppState& app, const char* save_status) {
    begin_exposing_frame();
    handle_presenter_keys(app);
    update_comparison(app);
    if (app.workshop.presenting && !app.review_pack.presenting) return draw_presenting(app, save_status);
    // Presenting the review pack on a shared screen: the pack alone, over the whole window (no
    // menu, accounts or tabs) until Esc. It edits nothing, so nothing else needs to be on screen.
    if (app.review_pack.presenting) {
        draw_review_pack(app);
        if (!app.review_pack.presenting) app.request_tab = "Portfolio";   // back where it was presented from
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("KAM Canvas", nullptr, flags);
    ImGui::PopStyleVar();
    draw_menu_bar(app);
    draw_storage_banner(app);
    draw_export_reminder(app);
    draw_scale_hint(app);

    const float status_height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    // A quarter of the width, at least 14 em (less only in a window too narrow for that to leave
    // the account room).
    const float avail = ImGui::GetContentRegionAvail().x;
    const float list_width = std::clamp(avail * 0.25f, std::min(em(14), avail * 0.35f), em(22));
    if (ImGui::BeginChild("accounts", ImVec2(list_width, -status_height), ImGuiChildFlags_ResizeX)) {
        keep_width_in_em(app.accounts_width_em, app.accounts_font_px, std::max(list_width, avail * 0.35f));
        draw_accounts_panel(app);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("main", ImVec2(0, -status_height))) {
        if (ImGui::BeginTabBar("views")) {
            // A request to fly to a contact (from another view) brings the map to the front.
            if (!app.map_fly_to.empty()) app.request_tab = "Map";
            for (const MainTab& tab : kMainTabs) {
                if (!begin_tab(app, tab)) continue;
                draw_view(app, tab);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::EndChild();
    draw_status_bar(app, save_status);
    draw_dialogs(app);
    draw_actuals_import_dialog(app);
    ImGui::End();
    draw_storage_window(app);
    draw_snapshots_window(app);
}

}  // namespace kam::ui

// KAM Canvas: the portfolio matrix: every account placed by customer attractiveness (up) against our
// relative strength (right), a bubble sized by annual sales or forecast and coloured by tier, the four
// quadrants labelled. Hover for details; click to open the account.
#define IMGUI_DEFINE_MATH_OPERATORS   // ImVec2 arithmetic (before imgui.h)
#include "ui/test_hooks.h"
#include "ui/tiering/tiering_common.h"
#include "ui/tiering/views.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_internal.h"   // ImRect

#include <algorithm>
#include <cmath>

namespace kam::ui {

// Names beside the bubbles while there are few enough to read (many are left to hover):
// right of the bubble, else left, below or above, wherever no name is yet; else none.
struct BubbleLabel {
    ImVec2 center;
    float radius;
    int account;
};
static void place_labels(ImDrawList* draw, const std::vector<BubbleLabel>& labels, const Workspace& ws) {
    std::vector<ImRect> placed;
    for (const BubbleLabel& l : labels) {
        const char* name = ws.accounts[l.account].name.c_str();
        const ImVec2 size = ImGui::CalcTextSize(name), c = l.center;
        const float r = l.radius + em(0.25f);
        const ImVec2 tries[] = {{c.x + r, c.y - size.y * 0.5f}, {c.x - r - size.x, c.y - size.y * 0.5f},
                                {c.x - size.x * 0.5f, c.y + r}, {c.x - size.x * 0.5f, c.y - r - size.y}};
        for (const ImVec2& at : tries) {
            const ImRect box(at, at + size);
            if (std::any_of(placed.begin(), placed.end(), [&](const ImRect& p) { return p.Overlaps(box); })) continue;
            placed.push_back(box);
            draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), name);
            break;
        }
    }
}

void draw_portfolio_matrix(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const TierScheme& scheme = edited_scheme(app);
    const Scoring& scoring = edited_scoring(app);
    TieringView& t = app.tiering;

    ImGui::TextUnformatted("Bubble size:");
    ImGui::SameLine();
    if (ImGui::RadioButton("Annual sales", !t.bubbles_by_forecast)) t.bubbles_by_forecast = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Forecast", t.bubbles_by_forecast)) t.bubbles_by_forecast = true;
    int unplaced = 0;
    for (const AccountScore& s : scoring.scores) unplaced += !(s.has_attractiveness && s.has_strength);
    if (unplaced > 0) {
        row_note("%d accounts without scores on both axes are not shown", unplaced);
    }

    // The plot in its own child window, with a draw list of its own for the bubbles (thousands of
    // them in a large portfolio: see "Many bubbles" below).
    if (!ImGui::BeginChild("matrix")) {
        ImGui::EndChild();
        return;
    }
    // The square plot, with room for the axis labels.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float side = std::max(em(10), std::min(avail.x - em(3), avail.y - em(3.4f)));
    const ImVec2 origin = ImGui::GetCursorScreenPos() + ImVec2(em(2), em(1.4f));
    const ImVec2 end = origin + ImVec2(side, side);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto to_screen = [&](double strength, double attractiveness) {
        return ImVec2(origin.x + (float)(strength / 100.0) * side, end.y - (float)(attractiveness / 100.0) * side);
    };
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border), text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddRect(origin, end, grid);
    const ImVec2 middle = to_screen(kQuadrantSplit, kQuadrantSplit);
    draw->AddLine(ImVec2(middle.x, origin.y), ImVec2(middle.x, end.y), grid);
    draw->AddLine(ImVec2(origin.x, middle.y), ImVec2(end.x, middle.y), grid);
    const double label_at[4][2] = {{75, 75}, {75, 25}, {25, 75}, {25, 25}};   // strength, attractiveness
    for (int q = 0; q < (int)Quadrant::COUNT; q++) {
        const Quadrant quadrant = quadrant_of(label_at[q][1], label_at[q][0]);
        const std::string label(kQuadrantLabels[(int)quadrant]);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(to_screen(label_at[q][0], label_at[q][1]) - size * 0.5f, text, label.c_str());
    }
    draw->AddText(ImVec2(origin.x, end.y + em(0.2f)), text, "Our relative strength \xE2\x86\x92");
    draw->AddText(ImVec2(origin.x - em(1.8f), origin.y - em(1.3f)), text, "\xE2\x86\x91 Customer attractiveness");

    constexpr size_t kMaxNamedBubbles = 40;
    std::vector<BubbleLabel> labels;
    // Bubbles: area proportional to the size figure; the largest about a tenth of the plot wide.
    double largest = 0;
    std::vector<double> sizes(ws.accounts.size());
    for (size_t i = 0; i < ws.accounts.size(); i++) {
        sizes[i] = std::max(0.0, t.bubbles_by_forecast ? forecast_total(ws.accounts[i]) : ws.accounts[i].annual_sales);
        largest = std::max(largest, sizes[i]);
    }
    const float max_radius = side / 20, min_radius = em(0.25f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hovered = -1;
    float hovered_distance = 1e30f;
    // Largest first, so small bubbles stay on top and clickable.
    std::vector<int> order(ws.accounts.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = (int)i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[a] > sizes[b]; });
    // Many bubbles: no smoothed edges and a fixed number of sides, about 50,000 vertices in all at most.
    const bool many = ws.accounts.size() >= 500;
    const int sides = many ? std::clamp(50000 / (int)ws.accounts.size(), 4, 12) : 0;   // 0: ImGui's choice
    const ImDrawListFlags smooth = draw->Flags;
    if (many) draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (int i : order) {
        const AccountScore& s = scoring.scores[i];
        if (!s.has_attractiveness || !s.has_strength) continue;
        const ImVec2 center = to_screen(s.strength, s.attractiveness);
        const float radius = largest > 0 ? std::max(min_radius, max_radius * (float)std::sqrt(sizes[i] / largest)) : min_radius;
        const int tier = scoring.tiers[i].effective;
        const ImU32 fill = tier >= 0 ? (tier_color(scheme.tiers[tier]) & 0x00FFFFFF) | 0xB0000000 : IM_COL32(128, 128, 128, 160);
        draw->AddCircleFilled(center, radius, fill, sides);
        if (!many || ws.accounts[i].id == app.selected_account)
            draw->AddCircle(center, radius, ws.accounts[i].id == app.selected_account ? IM_COL32(230, 60, 60, 255) : grid, 0,
                            ws.accounts[i].id == app.selected_account ? 2.5f : 1.0f);
        if (ws.accounts.size() <= kMaxNamedBubbles) labels.push_back({center, radius, i});
        const float dx = mouse.x - center.x, dy = mouse.y - center.y, distance = std::sqrt(dx * dx + dy * dy);
        if (distance <= std::max(radius, em(0.5f)) && distance <= hovered_distance) {
            hovered = i;
            hovered_distance = distance;
        }
    }

    draw->Flags = smooth;
    place_labels(draw, labels, ws);

    ImGui::InvisibleButton("plot", end - ImGui::GetCursorScreenPos() + ImVec2(0, em(1.5f)));
    expose_item("matrix/plot");
    if (hovered >= 0 && ImGui::IsItemHovered()) {
        const Account& a = ws.accounts[hovered];
        const AccountScore& s = scoring.scores[hovered];
        if (ImGui::BeginTooltip()) {
            ImGui::TextUnformatted(a.name.c_str());
            tier_badge(scheme, scoring.tiers[hovered]);
            ImGui::Text("Attractiveness %.1f, our strength %.1f: %s", s.attractiveness, s.strength,
                        std::string(kQuadrantLabels[(int)quadrant_of(s.attractiveness, s.strength)]).c_str());
            if (s.has_total) ImGui::Text("Total %.1f, rank %d", s.total, scoring.rank[hovered]);
            ImGui::Text("Annual sales %.0f, forecast %.0f", a.annual_sales, forecast_total(a));
            ImGui::TextDisabled("Click to open the account");
            ImGui::EndTooltip();
        }
        if (ImGui::IsItemClicked()) {
            app.selected_account = a.id;
            app.request_tab = "Account";
        }
    }
    ImGui::EndChild();
}

}  // namespace kam::ui

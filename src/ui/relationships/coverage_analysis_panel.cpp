// KAM Canvas: the coverage analysis of the selected account: findings grouped by kind with
// their counts, most urgent first. Choosing a finding about a contact flies the map to that
// contact; one about a team member opens the matrix with their column marked. In the
// customer-safe view the findings that rest on attitudes and conflict lines stay hidden.
#include "ui/test_hooks.h"
#include "ui/relationships/views.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_internal.h"   // RenderTextEllipsis

#include <algorithm>
#include <string>

namespace kam::ui {

static void go_to_finding(AppState& app, const Finding& f) {
    if (!f.contact.empty()) {
        app.map_fly_to = f.contact;   // the main window brings the map forward
    } else {
        app.relationship_views.matrix_focus_person = f.person;
        app.request_tab = "Matrix";
    }
}

// A finding is one line, as wide as the list (which is clipped to what shows, so its rows are of one
// height): a text longer than that ends in "..." and shows whole in the tooltip.
static bool cut_text(const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x > ImGui::GetContentRegionAvail().x; }

static bool finding_row(const std::string& text) {
    const bool clicked = ImGui::Selectable("##finding");
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), min, max, max.x, max.x, text.c_str(), nullptr, nullptr);
    return clicked;
}

void draw_coverage_analysis_panel(AppState& app) {
    const Workspace& ws = app.doc.ws();
    const Account* account = ws.find_account(app.selected_account);
    if (!account) {
        note("Select an account on the left to analyse its coverage.");
        return;
    }
    RelationshipViews& views = app.relationship_views;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("No contact for more than");
    next_in_toolbar(em(4));
    ImGui::SetNextItemWidth(em(4));
    ImGui::InputInt("##stale-days", &views.stale_days, 0, 0);
    views.stale_days = std::clamp(views.stale_days, 1, 3650);
    expose_item("analysis/stale-days");
    next_in_toolbar(ImGui::CalcTextSize("days counts as cold.").x);
    ImGui::TextUnformatted("days counts as cold.");

    AnalysisOptions options;
    options.today = app.host.today ? app.host.today() : "";
    options.stale_days = views.stale_days;
    const CoverageAnalysis& analysis = views.analysis_cache.get(app.doc.revision(), account->id, options, [&] {
        return analyse_coverage(*account, ws, options);
    });
    if (!analysis.warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(palette().warning));
        ImGui::TextWrapped("%s", analysis.warning.c_str());
        ImGui::PopStyleColor();
    }
    if (analysis.findings.empty()) ImGui::TextDisabled("No findings: every rule is satisfied.");
    auto hidden = [&](size_t kind) {
        return app.map.customer_safe && (kind == (size_t)FindingKind::Opponent || kind == (size_t)FindingKind::BlockedPath);
    };
    if (app.map.customer_safe) note("Customer-safe view: opponents and blocked paths are hidden.");

    if (!ImGui::BeginChild("findings")) {
        ImGui::EndChild();
        return;
    }
    const Finding* chosen = nullptr;
    size_t first = 0;   // findings come grouped by kind: each group is a contiguous range
    for (size_t kind = 0; kind < (size_t)FindingKind::COUNT; kind++) {
        const int count = analysis.counts[kind];
        if (hidden(kind)) {
            first += count;
            continue;
        }
        const std::string key(kFindingKindKeys[kind]);
        expose_text("analysis/count/" + key, std::to_string(count));
        const std::string header = std::string(kFindingKindLabels[kind]) + " (" + std::to_string(count) + ")###" + key;
        ImGui::BeginDisabled(count == 0);
        const bool open = ImGui::CollapsingHeader(header.c_str(), count > 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        ImGui::EndDisabled();
        expose_item("analysis/group/" + key);
        if (open && count > 0) {
            ImGui::PushID(key.c_str());
            ImGuiListClipper clipper;   // a large map has thousands of single-threaded contacts
            clipper.Begin(count);
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
                    const Finding& f = analysis.findings[first + i];
                    ImGui::PushID(i);
                    if (finding_row(f.text)) chosen = &f;
                    ImGui::SetItemTooltip("%s%s", cut_text(f.text) ? (f.text + "\n").c_str() : "",
                                          f.contact.empty() ? "Show in the relationship matrix" : "Show on the map");
                    expose_item("analysis/finding/" + key + "/" + std::to_string(i));
                    ImGui::PopID();
                }
            }
            ImGui::PopID();
        }
        first += count;
    }
    ImGui::EndChild();
    if (chosen) go_to_finding(app, *chosen);
}

}  // namespace kam::ui

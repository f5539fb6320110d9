// KAM Canvas: the executive review pack on screen (core/review_pack.h gathers it): offered from
// the Portfolio tab, presented one key account per screen over the whole window for the monthly
// meeting (arrow keys, Page Up/Down, Home/End; Esc leaves), and exported as one HTML file.
//
// Index of this file:
// [SECTION] The pack, gathered when something changed
// [SECTION] Paging
// [SECTION] One account's page
// [SECTION] Presenting
// [SECTION] The Portfolio tab's buttons
#include "ui/views.h"

#include "core/amount_text.h"
#include "ui/reviews/views.h"
#include "ui/test_hooks.h"
#include "ui/tiering/tiering_common.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace kam::ui {

// On a shared screen the room reads from a few metres away: the pack's text is this much larger.
static constexpr float kPresentScale = 1.3f;
static constexpr float kChartScale = 1.0f;

//-----------------------------------------------------------------------------
// [SECTION] The pack, gathered when something changed
//-----------------------------------------------------------------------------

static const ReviewPack& current_pack(AppState& app) {
    ReviewPackView& v = app.review_pack;
    const std::string today = app.host.today ? app.host.today() : "";
    const bool safe = app.map.customer_safe;
    if (!v.gathered || v.revision != app.doc.revision() || v.serial != app.doc.serial() || v.pack.today != today || v.customer_safe != safe) {
        v.pack = review_pack(app.doc.ws(), current_scoring(app), today, {.customer_safe = safe});
        v.revision = app.doc.revision(), v.serial = app.doc.serial(), v.customer_safe = safe, v.gathered = true;
    }
    return v.pack;
}

//-----------------------------------------------------------------------------
// [SECTION] Paging
//-----------------------------------------------------------------------------

// The keys a presenter's clicker and a keyboard send: arrows and Page Up/Down a page, Home/End
// the first and last, Esc back to the app.
static void page_by_keys(ReviewPackView& v, int count) {
    const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_DownArrow)) v.page++;
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_UpArrow)) v.page--;
    if (pressed(ImGuiKey_Home)) v.page = 0;
    if (pressed(ImGuiKey_End)) v.page = count - 1;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) v.presenting = false;
    v.page = std::clamp(v.page, 0, std::max(0, count - 1));
}

//-----------------------------------------------------------------------------
// [SECTION] One account's page
//-----------------------------------------------------------------------------

static const ImVec4 kRed(0.84f, 0.16f, 0.12f, 1), kAmber(0.85f, 0.55f, 0.0f, 1), kGreen(0.16f, 0.6f, 0.23f, 1);

static void heading(const char* text) {
    ImGui::Spacing();
    ImGui::SeparatorText(text);
}

static std::string money(const std::optional<double>& v, const std::string& currency) {
    return v ? amount_text(*v) + " " + currency : "-";
}

static void draw_deviations(const ReviewPage& p) {
    heading("Deviations and their investigations");
    if (p.deviations.empty()) {
        ImGui::TextDisabled("No month of the last 12 is flagged.");
        return;
    }
    for (const PackDeviation& d : p.deviations) {
        const ImVec4 color = d.follow_up == FollowUp::Open ? kRed : d.follow_up == FollowUp::Resolved ? kGreen : kAmber;
        const char* state = d.follow_up == FollowUp::Open ? "not investigated" : d.follow_up == FollowUp::Resolved ? "resolved"
                            : d.follow_up == FollowUp::Investigated                                          ? "investigated, action open"
                                                                                                             : "on record";
        ImGui::TextColored(color, "%s  %s", d.row.month.c_str(), state);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s of %s forecast%s%s", money(d.row.actual, p.currency).c_str(), money(d.row.forecast, p.currency).c_str(),
                           d.flags.empty() ? "" : ": ", d.flags.c_str());
        ImGui::PopStyleColor();
        if (!d.investigated) continue;
        ImGui::Indent();
        ImGui::TextWrapped("%s%s%s%s", d.cause.c_str(), d.explanation.empty() ? "" : ": ", d.explanation.c_str(),
                           d.owner.empty() ? "" : (" (" + d.owner + ")").c_str());
        if (!d.action.empty())
            ImGui::TextWrapped("Action: %s%s%s, %s", d.action.c_str(), d.action_owner.empty() ? "" : (", " + d.action_owner).c_str(),
                               d.action_due.empty() ? "" : (", due " + d.action_due).c_str(), d.action_status.c_str());
        ImGui::Unindent();
    }
}

static void draw_objectives(const ReviewPage& p) {
    heading("Objectives");
    if (p.objectives.empty()) {
        ImGui::TextDisabled("The plan has no objectives.");
        return;
    }
    for (const PackObjective& o : p.objectives) {
        char progress[16];
        std::snprintf(progress, sizeof progress, "%.0f%%", o.progress * 100);
        ImGui::ProgressBar(static_cast<float>(o.progress), ImVec2(em(4), 0), progress);
        ImGui::SameLine();
        ImGui::TextWrapped("%s: %s%s%s", o.text.c_str(), o.status.c_str(), o.due.empty() ? "" : (", due " + o.due).c_str(),
                           o.overdue ? " (overdue)" : "");
    }
}

static void draw_overdue(const ReviewPage& p) {
    heading("Overdue");
    if (p.overdue_actions.empty() && p.overdue_reviews.empty()) {
        ImGui::TextDisabled("Nothing is overdue.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kRed);
    for (const PackOverdue& x : p.overdue_reviews)
        ImGui::TextWrapped("%s (%s): %s%s", x.what.c_str(), x.owner.empty() ? "nobody" : x.owner.c_str(),
                           x.due == "never held" ? "never held" : ("due " + x.due).c_str(),
                           x.days ? (", " + std::to_string(x.days) + " days late").c_str() : "");
    ImGui::PopStyleColor();
    for (const PackOverdue& x : p.overdue_actions)
        ImGui::TextWrapped("%s (%s): due %s, %ld days late", x.what.c_str(), x.owner.empty() ? "nobody" : x.owner.c_str(), x.due.c_str(), x.days);
}

static void draw_gaps(const ReviewPage& p) {
    heading("Top coverage gaps");
    if (p.gaps.empty()) {
        ImGui::TextDisabled("The coverage analysis finds nothing.");
        return;
    }
    for (size_t i = 0; i < p.gaps.size(); i++) ImGui::TextWrapped("%zu. %s: %s", i + 1, p.gaps[i].kind.c_str(), p.gaps[i].text.c_str());
}

static void draw_page(AppState& app, const ReviewPage& p) {
    ImGui::SetWindowFontScale(kPresentScale * 1.4f);
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::SetWindowFontScale(kPresentScale);
    expose_text("review_pack/account", p.name);
    ImGui::TextDisabled("Tier %s%s%s", p.tier.c_str(), p.manager.empty() ? "" : " \xC2\xB7 account manager ", p.manager.c_str());
    // The health and the year beside the chart, and two columns below it: one page fits one screen
    // of a laptop (1280 x 800) as well as of a wall screen.
    if (!ImGui::BeginTable("pack_top", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("health", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("chart", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableNextColumn();
    if (p.health.score) {
        ImGui::PushStyleColor(ImGuiCol_Text, health_band_color(p.health.band));
        ImGui::Text("Health %d of 100: %s", *p.health.score, kHealthBandLabels[static_cast<size_t>(p.health.band)].data());
        ImGui::PopStyleColor();
        for (const HealthPartScore& part : p.health.parts)
            if (part.score && part.weight > 0 && *part.score < 100)   // what keeps it from full marks
                ImGui::TextWrapped("  %s: %.1f of %.1f. %s", kHealthPartLabels[static_cast<size_t>(part.part)].data(), part.points, part.max_points, part.why.c_str());
    }
    if (p.attainment_percent) {
        ImGui::TextColored(*p.attainment_percent < 90 ? kRed : kGreen, "Year to date %.0f%% of forecast", *p.attainment_percent);
        ImGui::TextWrapped("%s of %s %s", amount_text(p.ytd_actual).c_str(), amount_text(p.ytd_forecast).c_str(), p.currency.c_str());
    } else {
        ImGui::TextDisabled("No forecast for this year yet.");
    }
    ImGui::TableNextColumn();
    // The chart a little smaller than the text, so that its month labels keep apart.
    ImGui::SetWindowFontScale(kChartScale);
    draw_forecast_chart(app, p.table, p.currency, "No forecast or actual figures for these months.");
    ImGui::SetWindowFontScale(kPresentScale);
    ImGui::EndTable();
    // Below: what went wrong and what was promised on the left, what is late and who we do not
    // reach on the right.
    if (ImGui::BeginTable("pack_columns", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        draw_deviations(p);
        draw_objectives(p);
        ImGui::TableNextColumn();
        draw_overdue(p);
        draw_gaps(p);
        ImGui::EndTable();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Presenting
//-----------------------------------------------------------------------------

void draw_review_pack(AppState& app) {
    ReviewPackView& v = app.review_pack;
    const ReviewPack& pack = current_pack(app);
    const int count = static_cast<int>(pack.pages.size());
    page_by_keys(v, count);

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // The arrow keys page; keyboard navigation would move a highlight through the page with them.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNavInputs;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(2), em(1.5f)));
    ImGui::Begin("Review pack", nullptr, flags);
    ImGui::PopStyleVar(2);
    ImGui::SetWindowFontScale(kPresentScale);

    // The bar at the top: where we are, and the buttons for a mouse.
    char where[32];
    std::snprintf(where, sizeof where, "%d / %d", count ? v.page + 1 : 0, count);
    expose_text("review_pack/page", where);
    ImGui::BeginDisabled(v.page <= 0);
    if (ImGui::Button("< Previous")) v.page--;
    expose_item("review_pack/previous");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(v.page >= count - 1);
    if (ImGui::Button("Next >")) v.page++;
    expose_item("review_pack/next");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextUnformatted(where);
    row_note("Executive review pack %s%s. Arrow keys page, Esc leaves.", pack.today.c_str(),
             v.customer_safe ? " (customer-safe: internal notes hidden)" : "");
    const char* close = "Close (Esc)";
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(close).x - ImGui::GetStyle().FramePadding.x * 2));
    if (ImGui::Button(close)) v.presenting = false;
    expose_item("review_pack/close");
    ImGui::Separator();

    if (ImGui::BeginChild("pack_page")) {
        if (count == 0) {
            ImGui::TextWrapped("%s", pack.empty_reason.c_str());
            expose_text("review_pack/empty", pack.empty_reason);
        } else {
            ImGui::SetWindowFontScale(kPresentScale);
            ImGui::PushID(v.page);
            draw_page(app, pack.pages[static_cast<size_t>(v.page)]);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] The Portfolio tab's buttons
//-----------------------------------------------------------------------------

void draw_review_pack_buttons(AppState& app) {
    if (ImGui::Button("Present review pack")) app.review_pack.presenting = true, app.review_pack.page = 0;
    expose_item("portfolio/present_pack");
    next_in_toolbar(ImGui::CalcTextSize("Export review pack (HTML)").x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button("Export review pack (HTML)") && app.host.download) {
        const ReviewPack& pack = current_pack(app);
        app.host.download("Executive review pack " + pack.today + ".html", review_pack_html(pack));
        app.notify(pack.pages.empty() ? pack.empty_reason
                                      : "Exported the review pack of " + std::to_string(pack.pages.size()) +
                                            " key accounts: open it in a browser to read or print it (to PDF, too).");
    }
    expose_item("portfolio/export_pack");
    row_note("One screen per key account, for the monthly meeting.");
}

}  // namespace kam::ui

#include "ui/workshop/snapshots_window.h"

#include "core/io/json_io.h"
#include "core/io/limits.h"
#include "core/workshop/snapshots.h"
#include "ui/app_state.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <unordered_set>

namespace kam::ui {

static std::string today_of(const AppState& app) { return app.host.today ? app.host.today() : ""; }

void take_snapshot(AppState& app) {
    WorkshopView& w = app.workshop;
    Document& doc = app.doc;
    const std::string today = today_of(app);
    std::vector<Snapshot> snapshots = with_snapshot(doc.ws(), doc.new_id('s'), w.snapshot_name, today);
    const std::string name = snapshots.back().name;
    doc.set_snapshots(std::move(snapshots), "Take snapshot \"" + name + "\"");
    if (doc.read_only()) return;   // refused: the banner says why
    w.snapshot_name.clear();
    app.notify("Took snapshot \"" + name + "\". Compare it with the workspace at the next workshop to see what changed.");
}

static void delete_snapshot(AppState& app, const Snapshot& s) {
    const std::string name = s.name;
    const Id id = s.id;
    app.doc.set_snapshots(without_snapshot(app.doc.ws(), id), "Delete snapshot \"" + name + "\"");
    if (app.doc.read_only()) return;
    app.notify("Deleted snapshot \"" + name + "\". Edit > Undo brings it back.");
}

// The accounts edited, added or gone since the comparison with now was made, when nothing else it
// reads changed (the snapshot, the day, the workspace's team, criteria and tiers): then only those
// are compared again. Nothing when the comparison must be made whole, or many accounts changed
// (an import: the whole comparison runs on two threads).
static std::optional<std::unordered_set<Id>> accounts_edited_since(const AppState& app, const Snapshot& from, const std::string& today) {
    const WorkshopView& w = app.workshop;
    const Document& doc = app.doc;
    const Workspace& ws = doc.ws();
    if (w.changes_from != w.compare_from || !w.changes_to.empty() || !w.compare_to.empty() || w.changes_today != today ||
        w.changes_serial != doc.serial() || w.changes_team != ws.team || w.changes_criteria != ws.criteria || w.changes_tiers != ws.tier_scheme)
        return std::nullopt;
    std::unordered_set<Id> edited;
    auto look = [&](const Id& id) {
        if (doc.account_version(id) > w.changes_revision) edited.insert(id);
    };
    for (const Account& a : ws.accounts) look(a.id);
    for (const auto& a : from.accounts) look(a->id);   // gone since
    if (edited.size() > ws.accounts.size() / 4 + 1) return std::nullopt;
    return edited;
}

void update_comparison(AppState& app) {
    WorkshopView& w = app.workshop;
    MapState::ChangeMarks& marks = app.map.changes;
    const Workspace& ws = app.doc.ws();
    const Snapshot* from = w.compare_from.empty() ? nullptr : find_snapshot(ws, w.compare_from);
    const Snapshot* to = w.compare_to.empty() ? nullptr : find_snapshot(ws, w.compare_to);
    if (!from) {   // nothing compared (or its snapshot deleted, or undone)
        w.changes.clear();
        w.changes_from.clear();
        marks = {};
        return;
    }
    if (!to) w.compare_to.clear();
    const std::string today = today_of(app);
    const WorkspaceSide before = side_of(*from), after = to ? side_of(*to) : side_of(ws, today);
    const bool stale = w.changes_from != w.compare_from || w.changes_to != w.compare_to || w.changes_revision != app.doc.revision() ||
                       w.changes_today != today || w.changes_serial != app.doc.serial();
    if (stale) {
        const auto start = std::chrono::steady_clock::now();
        if (const std::optional<std::unordered_set<Id>> edited = accounts_edited_since(app, *from, today))
            w.changes = compare_again(std::move(w.changes), before, after, *edited);
        else
            w.changes = compare_sides(before, after);
        w.changes_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        w.changes_from = w.compare_from, w.changes_to = w.compare_to, w.changes_revision = app.doc.revision(), w.changes_today = today;
        w.changes_serial = app.doc.serial();
        w.changes_team = ws.team, w.changes_criteria = ws.criteria, w.changes_tiers = ws.tier_scheme;
        marks.since.clear();   // the marks follow
    }
    // The map shows the workspace now: its marks only for a comparison that ends now.
    if (!w.marks_on_map || to) {
        marks = {};
        return;
    }
    if (!stale && !marks.since.empty() && marks.account == app.selected_account) return;
    const MapChanges m = map_changes(w.changes, before, app.selected_account);
    marks.since = from->name;
    marks.account = app.selected_account;
    marks.changed = {m.changed.begin(), m.changed.end()};
    marks.gone.clear();
    for (const Contact* c : m.gone) marks.gone.push_back(*c);
}

//-----------------------------------------------------------------------------
// [SECTION] The window
//-----------------------------------------------------------------------------

// Opens what a change names: the contact on the map, the plan's objectives, the forecast, or the
// account's tier.
static void open_change(AppState& app, const Change& c) {
    if (!app.doc.ws().find_account(c.account)) return;   // an account gone since: nothing to open
    app.selected_account = c.account;
    switch (c.kind) {
    case ChangeKind::ContactGone: app.request_tab = "Map"; break;   // its ghost shows where it was
    case ChangeKind::ObjectiveAchieved:
    case ChangeKind::ObjectiveOverdue: app.request_tab = "Plan", app.scroll_to = "plan/section/objectives"; break;
    case ChangeKind::ForecastChanged: app.request_tab = "Forecast"; break;
    case ChangeKind::AccountAdded:
    case ChangeKind::TierChanged:
    case ChangeKind::ScoreChanged: app.request_tab = "Account", app.scroll_to = "profile/tier"; break;
    default:
        if (!c.contact.empty()) app.map_fly_to = c.contact;   // the map comes to the front and flies there
        else app.request_tab = "Account";
    }
}

static std::string snapshot_label(const Snapshot& s) { return s.name + " (" + s.taken + ")"; }

static void draw_take_snapshot(AppState& app) {
    WorkshopView& w = app.workshop;
    ImGui::SetNextItemWidth(std::min(em(16), ImGui::GetContentRegionAvail().x));
    const bool enter = ImGui::InputTextWithHint("##snapshot_name", "Name, e.g. Q3 workshop", &w.snapshot_name, ImGuiInputTextFlags_EnterReturnsTrue);
    expose_item("snapshots/name");
    next_in_toolbar(ImGui::CalcTextSize("Take snapshot").x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button("Take snapshot") || enter) take_snapshot(app);
    expose_item("snapshots/take");
}

static void draw_snapshot_list(AppState& app) {
    const Workspace& ws = app.doc.ws();
    WorkshopView& w = app.workshop;
    if (ws.snapshots.empty()) return note("No snapshot yet. Take one at the end of a workshop; at the next, compare it with the workspace.");
    // Measured by writing them (megabytes in a large workspace): once per document state, not per frame.
    if (w.bytes_revision != app.doc.revision() || w.bytes_serial != app.doc.serial())
        w.bytes = snapshots_bytes(ws), w.bytes_revision = app.doc.revision(), w.bytes_serial = app.doc.serial();
    const std::string cost = std::to_string(ws.snapshots.size()) + (ws.snapshots.size() == 1 ? " snapshot takes " : " snapshots take ") +
                             describe_bytes(w.bytes) + " of the workspace file (each stores only the accounts that differ from now).";
    ImGui::TextWrapped("%s", cost.c_str());
    expose_text("snapshots/cost", cost);
    const Snapshot* deleted = nullptr;
    if (!ImGui::BeginTable("snapshots", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("Snapshot", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    for (const Snapshot& s : ws.snapshots) {
        ImGui::PushID(s.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(snapshot_label(s).c_str());
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("Compare with now")) w.compare_from = s.id, w.compare_to.clear();
        expose_item("snapshots/" + s.name + "/compare");
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("Delete")) deleted = &s;
        expose_item("snapshots/" + s.name + "/delete");
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (deleted) delete_snapshot(app, *deleted);
}

// "From [snapshot] to [now]": any snapshot with now, or two snapshots.
static void draw_compare_choice(AppState& app) {
    const Workspace& ws = app.doc.ws();
    WorkshopView& w = app.workshop;
    const Snapshot* from = find_snapshot(ws, w.compare_from);
    const Snapshot* to = find_snapshot(ws, w.compare_to);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("What changed from");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(14));
    if (ImGui::BeginCombo("##from", from ? snapshot_label(*from).c_str() : "choose a snapshot")) {
        for (const Snapshot& s : ws.snapshots)
            if (ImGui::Selectable((snapshot_label(s) + "##" + s.id).c_str(), s.id == w.compare_from)) w.compare_from = s.id;
        ImGui::EndCombo();
    }
    expose_item("snapshots/from");
    next_in_toolbar(em(17));
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(14));
    if (ImGui::BeginCombo("##to", to ? snapshot_label(*to).c_str() : "now")) {
        if (ImGui::Selectable("now", w.compare_to.empty())) w.compare_to.clear();
        for (const Snapshot& s : ws.snapshots)
            if (s.id != w.compare_from && ImGui::Selectable((snapshot_label(s) + "##" + s.id).c_str(), s.id == w.compare_to)) w.compare_to = s.id;
        ImGui::EndCombo();
    }
    expose_item("snapshots/to");
    if (from && !to) {
        ImGui::Checkbox("Mark the changes on the map", &w.marks_on_map);
        expose_item("snapshots/marks_on_map");
    }
}

static void draw_change_lines(AppState& app, const Change*& open);

// The changes, grouped by account; each line opens what it names.
static void draw_changes(AppState& app) {
    WorkshopView& w = app.workshop;
    if (w.compare_from.empty()) return;
    int accounts = 0;
    for (size_t i = 0; i < w.changes.size(); i++) accounts += i == 0 || w.changes[i].account != w.changes[i - 1].account;
    const std::string summary = w.changes.empty() ? "Nothing changed."
                                                  : std::to_string(w.changes.size()) + (w.changes.size() == 1 ? " change in " : " changes in ") +
                                                        std::to_string(accounts) + (accounts == 1 ? " account." : " accounts.");
    ImGui::TextUnformatted(summary.c_str());
    expose_text("snapshots/summary", summary);
    if (w.changes.empty()) return;
    const Change* open = nullptr;
    draw_change_lines(app, open);
    if (item_exposure_enabled()) {
        std::string listed;   // for tests: one line per change, "kind: text"
        for (const Change& c : w.changes) listed += std::string(kChangeKindKeys[(size_t)c.kind]) + ": " + c.text + "\n";
        expose_text("snapshots/changes", listed);
        expose_text("snapshots/compare_ms", std::to_string(w.changes_ms));
    }
    if (open) open_change(app, *open);
}

// One row per change (the account named on its first), so rows are of one height and thousands
// scroll without drawing each.
static void draw_change_lines(AppState& app, const Change*& open) {
    const WorkshopView& w = app.workshop;
    const Workspace& ws = app.doc.ws();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("changes", 2, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthFixed, em(10));
    ImGui::TableSetupColumn("What changed (click to open it)", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin((int)w.changes.size());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const Change& c = w.changes[(size_t)i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (i == 0 || w.changes[(size_t)i - 1].account != c.account) {
                const Account* a = ws.find_account(c.account);
                ImGui::TextUnformatted(a ? a->name.c_str() : c.account.c_str());
            }
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            if (ImGui::Selectable(c.text.c_str())) open = &c;
            ImGui::PopID();
            expose_item("snapshots/change/" + std::to_string(i));
        }
    ImGui::EndTable();
}

void draw_snapshots_window(AppState& app) {
    WorkshopView& w = app.workshop;
    if (!w.snapshots_open) return;
    ImGui::SetNextWindowSize(ImVec2(em(34), em(28)), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Snapshots and what changed", &w.snapshots_open, ImGuiWindowFlags_NoCollapse)) {
        draw_take_snapshot(app);
        draw_snapshot_list(app);
        if (!app.doc.ws().snapshots.empty()) {
            ImGui::Separator();
            draw_compare_choice(app);
            draw_changes(app);
        }
    }
    expose_item("snapshots/window");
    ImGui::End();
}

}  // namespace kam::ui

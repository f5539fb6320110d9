#include "ui/tiering/tiering_common.h"

#include "ui/widgets.h"

namespace kam::ui {

// The table of scores for these criteria, made again when an account or the criteria ids changed.
static const ScoreTable& score_table(AppState& app, const std::vector<Criterion>& criteria) {
    TieringView& t = app.tiering;
    if (t.table_revision != app.doc.accounts_revision() || !t.table.matches(criteria)) {
        t.table = make_score_table(criteria, app.doc.ws().accounts);
        t.table_revision = app.doc.accounts_revision();
    }
    return t.table;
}

const Scoring& current_scoring(AppState& app) {
    TieringView& t = app.tiering;
    if (t.scored_revision != app.doc.revision()) {
        const Workspace& ws = app.doc.ws();
        const ScoreTable& table = score_table(app, ws.criteria);
        const double start = app.host.now_seconds ? app.host.now_seconds() : 0;
        t.scoring = score_accounts(table, ws.criteria, ws.tier_scheme, ws.accounts);
        t.rescore_ms = app.host.now_seconds ? (app.host.now_seconds() - start) * 1000 : 0;
        t.scored_revision = app.doc.revision();
    }
    return t.scoring;
}

const std::vector<Criterion>& edited_criteria(AppState& app) {
    return app.tiering.what_if ? app.tiering.draft_criteria : app.doc.ws().criteria;
}

const TierScheme& edited_scheme(AppState& app) {
    return app.tiering.what_if ? app.tiering.draft_scheme : app.doc.ws().tier_scheme;
}

const Scoring& edited_scoring(AppState& app) {
    TieringView& t = app.tiering;
    if (!t.what_if) return current_scoring(app);
    // Again when the draft or the accounts changed (scores are typed into the document even in what-if).
    if (t.draft_scored_version != t.draft_version || t.draft_scored_revision != app.doc.revision()) {
        t.draft_scoring = score_accounts(score_table(app, t.draft_criteria), t.draft_criteria, t.draft_scheme,
                                         app.doc.ws().accounts);
        t.draft_scored_version = t.draft_version;
        t.draft_scored_revision = app.doc.revision();
    }
    return t.draft_scoring;
}

void begin_what_if(AppState& app) {
    TieringView& t = app.tiering;
    t.what_if = true;
    t.draft_criteria = app.doc.ws().criteria;
    t.draft_scheme = app.doc.ws().tier_scheme;
    t.draft_version++;
}

void end_what_if(AppState& app) {
    app.tiering.what_if = false;
    app.tiering.draft_criteria.clear();
}

void apply_what_if(AppState& app) {
    TieringView& t = app.tiering;
    t.what_if = false;   // commit to the document this time
    if (commit_selection(app, t.draft_criteria, t.draft_scheme, "Apply what-if")) {
        app.doc.seal();
        end_what_if(app);
    } else {
        t.what_if = true;
    }
}

bool commit_selection(AppState& app, std::vector<Criterion> criteria, TierScheme scheme, const std::string& label,
                      const std::string& merge_key) {
    SelectionEdit edit = plan_selection_edit(app.doc.ws(), std::move(criteria), std::move(scheme));
    if (!edit.ok()) {
        app.notify("Not changed: " + describe_problems(edit.problems, 1), true);
        return false;
    }
    TieringView& t = app.tiering;
    if (t.what_if) {
        t.draft_criteria = std::move(edit.criteria);
        t.draft_scheme = std::move(edit.scheme);
        t.draft_version++;
        return true;
    }
    // A refused edit left an error in the status bar; an accepted one clears it.
    if (app.notice.is_error) app.notice = {};
    if (edit.dropped_scores > 0)
        app.notify(std::to_string(edit.dropped_scores) + " scores of the removed criterion were dropped. Edit > Undo brings them back.");
    if (edit.moved_overrides > 0)
        app.notify(std::to_string(edit.moved_overrides) + " tier overrides now name the tier in the same place.");
    app.doc.set_selection(std::move(edit.criteria), std::move(edit.scheme), std::move(edit.accounts), label, merge_key);
    return true;
}

ImU32 tier_color(const Tier& tier) {
    return im_color(tier.color);
}

std::string tier_name(const TierScheme& scheme, int tier) {
    return tier >= 0 && tier < (int)scheme.tiers.size() ? scheme.tiers[tier].name : std::string("no tier");
}

void tier_swatch(const Tier* tier) {
    const float size = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float y = pos.y + (ImGui::GetTextLineHeight() - size) / 2;
    if (tier) ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + size, y + size), tier_color(*tier), size / 4);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, size / 2);
}

void tier_badge(const TierScheme& scheme, const AccountTier& tier) {
    if (tier.effective < 0 || tier.effective >= (int)scheme.tiers.size()) {
        ImGui::TextDisabled("no tier");
        return;
    }
    tier_swatch(&scheme.tiers[tier.effective]);
    ImGui::TextUnformatted(scheme.tiers[tier.effective].name.c_str());
    if (tier.overridden) {
        ImGui::SameLine(0, em(0.25f));
        ImGui::TextDisabled("(override)");
    }
}

}  // namespace kam::ui

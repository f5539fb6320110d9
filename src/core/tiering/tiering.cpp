// KAM Canvas: account selection and tiering (see tiering.h).
//
// Index
// [SECTION] Scores
// [SECTION] Tiers and ranks of every account
// [SECTION] Why this tier
// [SECTION] What-if
// [SECTION] Portfolio matrix
// [SECTION] Presets and edits
#include "core/tiering/tiering.h"

#include "core/io/validate.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] Scores
//-----------------------------------------------------------------------------

std::vector<double> weight_shares(const std::vector<Criterion>& criteria) {
    double sum = 0;
    for (const Criterion& c : criteria) sum += c.weight;
    std::vector<double> shares(criteria.size(), 0.0);
    if (sum > 0)
        for (size_t i = 0; i < criteria.size(); i++) shares[i] = criteria[i].weight / sum;
    return shares;
}

// Where a criterion's weight is summed: [0] every criterion, [1 + axis] its axis.
static int axis_slot(Axis axis) { return 1 + static_cast<int>(axis); }

Scorer::Scorer(const std::vector<Criterion>& criteria, MissingScores missing) : missing_(missing) {
    for (size_t i = 0; i < criteria.size(); i++) {
        const double w = criteria[i].weight > 0 ? criteria[i].weight : 0.0;
        weights_.push_back(w);
        axes_.push_back(criteria[i].axis);
        by_id_.push_back({criteria[i].id, static_cast<int>(i)});
        sums_[0] += w;
        sums_[axis_slot(criteria[i].axis)] += w;
    }
    std::sort(by_id_.begin(), by_id_.end());
}

// Calls visit(criterion index, score) for each score of a known criterion. Both sides are sorted by id:
// one merge pass, no allocation, instead of a map lookup per criterion.
template <typename Visit>
static void for_each_score(const std::vector<std::pair<std::string_view, int>>& by_id, const Account& account, Visit&& visit) {
    auto score = account.scores.begin();
    const auto end = account.scores.end();
    for (const auto& entry : by_id) {
        while (score != end && std::string_view(score->first) < entry.first) ++score;
        if (score == end) return;
        if (score->first == entry.first) visit(entry.second, score->second);
    }
}

void Scorer::fill_row(const Account& account, double* row) const {
    for_each_score(by_id_, account, [&](int i, double v) { row[i] = v; });
}

std::vector<std::optional<double>> Scorer::values(const Account& account) const {
    std::vector<std::optional<double>> out(weights_.size());
    for_each_score(by_id_, account, [&](int i, double v) { out[i] = v; });
    return out;
}

AccountScore Scorer::score_row(const double* row) const {
    // Per slot ([0] every criterion, [1 + axis] one axis): points, weight scored, criteria missed.
    double points[3] = {0, 0, 0}, scored_weight[3] = {0, 0, 0};
    int missing[3] = {0, 0, 0};
    for (size_t i = 0; i < weights_.size(); i++) {
        const double w = weights_[i];
        if (w <= 0) continue;   // no weight: neither counts nor is missed
        const int slot = axis_slot(axes_[i]);
        if (std::isnan(row[i])) {
            missing[0]++;
            missing[slot]++;
            continue;
        }
        points[0] += w * (row[i] - kScoreMin);
        points[slot] += w * (row[i] - kScoreMin);
        scored_weight[0] += w;
        scored_weight[slot] += w;
    }
    // One total per slot under the missing-score rule; false when there is none.
    auto total = [&](int slot, double& out) {
        double denominator = 0;
        switch (missing_) {
        case MissingScores::Exclude: denominator = scored_weight[slot]; break;
        case MissingScores::CountAsZero: denominator = sums_[slot]; break;
        default: denominator = missing[slot] > 0 ? 0.0 : sums_[slot]; break;
        }
        // Rounded to a millionth: summing in another order must not drop 50 to 49.999999999 under a threshold of 50.
        out = denominator > 0 ? std::round(1e8 * points[slot] / (denominator * (kScoreMax - kScoreMin))) / 1e6 : 0.0;
        return denominator > 0;
    };
    AccountScore s;
    s.missing = missing[0];
    s.has_total = total(0, s.total);
    s.has_attractiveness = total(axis_slot(Axis::Attractiveness), s.attractiveness);
    s.has_strength = total(axis_slot(Axis::RelativeStrength), s.strength);
    return s;
}

AccountScore Scorer::score(const Account& account) const {
    std::vector<double> row(weights_.size(), std::nan(""));
    fill_row(account, row.data());
    return score_row(row.data());
}

AccountScore Scorer::score_values(const std::vector<std::optional<double>>& values) const {
    std::vector<double> row(weights_.size());
    for (size_t i = 0; i < row.size(); i++) row[i] = values[i] ? *values[i] : std::nan("");
    return score_row(row.data());
}

bool ScoreTable::matches(const std::vector<Criterion>& list) const {
    if (list.size() != criteria.size()) return false;
    for (size_t i = 0; i < list.size(); i++)
        if (list[i].id != criteria[i]) return false;
    return true;
}

ScoreTable make_score_table(const std::vector<Criterion>& criteria, const std::vector<Account>& accounts) {
    ScoreTable table;
    for (const Criterion& c : criteria) table.criteria.push_back(c.id);
    table.values.assign(accounts.size() * criteria.size(), std::nan(""));
    const Scorer scorer(criteria, MissingScores::Exclude);
    for (size_t a = 0; a < accounts.size(); a++) scorer.fill_row(accounts[a], table.values.data() + a * criteria.size());
    return table;
}

//-----------------------------------------------------------------------------
// [SECTION] Tiers and ranks of every account
//-----------------------------------------------------------------------------

int tier_for_total(const TierScheme& scheme, double total) {
    for (size_t i = 0; i < scheme.tiers.size(); i++)
        if (total >= scheme.tiers[i].min_score) return static_cast<int>(i);
    return -1;
}

int tier_index(const TierScheme& scheme, std::string_view name) {
    for (size_t i = 0; i < scheme.tiers.size(); i++)
        if (scheme.tiers[i].name == name) return static_cast<int>(i);
    return -1;
}

AccountTier tier_of(const TierScheme& scheme, const AccountScore& score, const Account& account) {
    AccountTier t;
    t.computed = score.has_total ? tier_for_total(scheme, score.total) : -1;
    t.effective = t.computed;
    if (account.tier_override) {
        const int forced = tier_index(scheme, account.tier_override->tier);
        if (forced >= 0) {
            t.effective = forced;
            t.overridden = true;
        }
    }
    return t;
}

void retier(Scoring& scoring, const TierScheme& scheme, const std::vector<Account>& accounts) {
    scoring.tiers.resize(accounts.size());
    scoring.tier_counts.assign(scheme.tiers.size(), 0);
    scoring.untiered = 0;
    for (size_t i = 0; i < accounts.size(); i++) {
        scoring.tiers[i] = tier_of(scheme, scoring.scores[i], accounts[i]);
        if (scoring.tiers[i].effective >= 0) scoring.tier_counts[scoring.tiers[i].effective]++;
        else scoring.untiered++;
    }
}

Scoring score_accounts(const std::vector<Criterion>& criteria, const TierScheme& scheme,
                       const std::vector<Account>& accounts) {
    return score_accounts(make_score_table(criteria, accounts), criteria, scheme, accounts);
}

Scoring score_accounts(const ScoreTable& table, const std::vector<Criterion>& criteria, const TierScheme& scheme,
                       const std::vector<Account>& accounts) {
    Scoring s;
    const Scorer scorer(criteria, scheme.missing);
    s.scores.resize(accounts.size());
    if (table.matches(criteria) && table.values.size() == accounts.size() * criteria.size()) {
        for (size_t a = 0; a < accounts.size(); a++) s.scores[a] = scorer.score_row(table.row(a));
    } else {   // a table of other accounts or criteria: never score from the wrong cells
        for (size_t a = 0; a < accounts.size(); a++) s.scores[a] = scorer.score(accounts[a]);
    }
    retier(s, scheme, accounts);

    // Keys (no total last, higher total first, then document order: ties stay stable across runs) sorted
    // as plain pairs, which is faster than a comparator reaching into the scores.
    std::vector<std::pair<double, int>> keys(accounts.size());
    for (size_t i = 0; i < accounts.size(); i++)
        keys[i] = {s.scores[i].has_total ? -s.scores[i].total : HUGE_VAL, static_cast<int>(i)};
    std::sort(keys.begin(), keys.end());
    s.ranking.resize(accounts.size());
    for (size_t i = 0; i < keys.size(); i++) s.ranking[i] = keys[i].second;
    s.rank.assign(accounts.size(), 0);
    for (size_t r = 0; r < s.ranking.size() && s.scores[s.ranking[r]].has_total; r++)
        s.rank[s.ranking[r]] = static_cast<int>(r) + 1;
    return s;
}

int top_tier_excess(const TierScheme& scheme, const Scoring& scoring) {
    if (scheme.top_tier_capacity <= 0 || scoring.tier_counts.empty()) return 0;
    return std::max(0, scoring.tier_counts[0] - scheme.top_tier_capacity);
}

//-----------------------------------------------------------------------------
// [SECTION] Why this tier
//-----------------------------------------------------------------------------

// Position of a computed tier for comparisons: no tier is worse than the last.
static int tier_position(const TierScheme& scheme, int tier) {
    return tier < 0 ? static_cast<int>(scheme.tiers.size()) : tier;
}

// The computed tier when criterion i alone had another score.
static int tier_with(const Scorer& scorer, const TierScheme& scheme, std::vector<std::optional<double>> values,
                     size_t i, double score) {
    values[i] = score;
    const AccountScore s = scorer.score_values(values);
    return s.has_total ? tier_for_total(scheme, s.total) : -1;
}

TierExplanation explain_tier(const std::vector<Criterion>& criteria, const TierScheme& scheme, const Account& account) {
    const Scorer scorer(criteria, scheme.missing);
    const std::vector<std::optional<double>> values = scorer.values(account);
    TierExplanation e;
    e.score = scorer.score_values(values);
    e.tier = tier_of(scheme, e.score, account);

    // Shares of the weights that count: with missing scores left out, the scored criteria share 100%.
    double counted = 0;
    for (size_t i = 0; i < criteria.size(); i++)
        if (criteria[i].weight > 0 && (values[i] || scheme.missing != MissingScores::Exclude)) counted += criteria[i].weight;
    for (size_t i = 0; i < criteria.size(); i++) {
        Contribution c;
        c.score = values[i];
        const bool counts = criteria[i].weight > 0 && (values[i] || scheme.missing != MissingScores::Exclude);
        c.share = counts && counted > 0 ? criteria[i].weight / counted : 0.0;
        if (e.score.has_total && values[i])
            c.points = 100.0 * c.share * (*values[i] - kScoreMin) / (kScoreMax - kScoreMin);
        e.contributions.push_back(c);
    }

    const int computed = e.tier.computed;
    if (e.score.has_total) {
        const int up = computed < 0 ? static_cast<int>(scheme.tiers.size()) - 1 : computed - 1;
        if (up >= 0) e.points_to_tier_up = scheme.tiers[up].min_score - e.score.total;
        if (computed >= 0 && scheme.tiers[computed].min_score > 0)
            e.points_above_floor = e.score.total - scheme.tiers[computed].min_score;
    }

    // The nearest score on one criterion that changes the tier, in steps of 0.1 (what the grid shows).
    const int position = tier_position(scheme, computed);
    const int steps = static_cast<int>(std::lround((kScoreMax - kScoreMin) * 10));
    for (size_t i = 0; i < criteria.size(); i++) {
        if (criteria[i].weight <= 0) continue;
        const double from = values[i] ? *values[i] : kScoreMin;
        for (int k = 0; k <= steps; k++) {
            const double to = kScoreMin + k / 10.0;
            if (values[i] && to <= from) continue;
            const int tier = tier_with(scorer, scheme, values, i, to);
            if (tier_position(scheme, tier) < position) {
                e.moves_up.push_back({static_cast<int>(i), values[i], to, tier});
                break;
            }
        }
        if (!values[i]) continue;
        for (int k = steps; k >= 0; k--) {
            const double to = kScoreMin + k / 10.0;
            if (to >= from) continue;
            const int tier = tier_with(scorer, scheme, values, i, to);
            if (tier_position(scheme, tier) > position) {
                e.moves_down.push_back({static_cast<int>(i), values[i], to, tier});
                break;
            }
        }
    }
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] What-if
//-----------------------------------------------------------------------------

TierDiff diff_tiers(const Scoring& before, const Scoring& after) {
    TierDiff d;
    // Positions: no tier (-1) sorts below every tier of either scheme.
    auto position = [](int tier) { return tier < 0 ? 1 << 30 : tier; };
    for (int a : after.ranking) {
        if (a >= static_cast<int>(before.tiers.size())) continue;
        const int from = before.tiers[a].effective, to = after.tiers[a].effective;
        if (position(to) < position(from)) d.up.push_back({a, from, to});
        else if (position(to) > position(from)) d.down.push_back({a, from, to});
    }
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] Portfolio matrix
//-----------------------------------------------------------------------------

Quadrant quadrant_of(double attractiveness, double strength) {
    const bool attractive = attractiveness >= kQuadrantSplit, strong = strength >= kQuadrantSplit;
    if (attractive) return strong ? Quadrant::Strategic : Quadrant::Star;
    return strong ? Quadrant::Status : Quadrant::Streamline;
}

double forecast_total(const Account& account) {
    double sum = 0;
    for (const MonthFigures& m : account.months)
        if (m.forecast) sum += *m.forecast;
    return sum;
}

//-----------------------------------------------------------------------------
// [SECTION] Presets and edits
//-----------------------------------------------------------------------------

const std::vector<TierPreset>& tier_presets() {
    static const std::vector<TierPreset> presets = {
        {"Gold / Silver / Bronze", {{"Gold", 0xE6B422FF, 75}, {"Silver", 0xA8B2BDFF, 55}, {"Bronze", 0xB0703CFF, 0}}},
        {"Premier / 1st Division / 2nd Division",
         {{"Premier", 0x6A3FA0FF, 75}, {"1st Division", 0x2F7FC1FF, 55}, {"2nd Division", 0x4FA36AFF, 0}}},
        {"First Class / Club Class / Economy / Standby",
         {{"First Class", 0xC0392BFF, 80}, {"Club Class", 0xD68910FF, 65}, {"Economy", 0x2E86C1FF, 45},
          {"Standby", 0x85929EFF, 0}}},
    };
    return presets;
}

SelectionEdit plan_selection_edit(const Workspace& ws, std::vector<Criterion> criteria, TierScheme scheme) {
    SelectionEdit edit;
    edit.problems = validate_selection(ws, criteria, scheme);
    if (!edit.problems.empty()) return edit;

    std::unordered_set<std::string_view> kept;
    for (const Criterion& c : criteria) kept.insert(c.id);
    std::vector<std::string_view> removed;
    for (const Criterion& c : ws.criteria)
        if (!kept.count(c.id)) removed.push_back(c.id);

    for (const Account& a : ws.accounts) {
        const bool lost_tier = a.tier_override && tier_index(scheme, a.tier_override->tier) < 0;
        const bool lost_score = std::any_of(removed.begin(), removed.end(),
                                            [&](std::string_view id) { return a.scores.count(std::string(id)) > 0; });
        if (!lost_tier && !lost_score) continue;
        Account changed = a;
        for (std::string_view id : removed) edit.dropped_scores += static_cast<int>(changed.scores.erase(std::string(id)));
        if (lost_tier) {
            const int old = std::max(0, tier_index(ws.tier_scheme, a.tier_override->tier));
            if (scheme.tiers.empty()) changed.tier_override.reset();
            else changed.tier_override->tier = scheme.tiers[std::min<size_t>(old, scheme.tiers.size() - 1)].name;
            edit.moved_overrides++;
        }
        edit.accounts.push_back(std::move(changed));
    }
    edit.criteria = std::move(criteria);
    edit.scheme = std::move(scheme);
    return edit;
}

static AccountEdit checked(const Workspace& ws, Account account) {
    AccountEdit edit;
    edit.problems = validate_selection(ws, ws.criteria, ws.tier_scheme, {account});
    edit.account = std::move(account);
    return edit;
}

AccountEdit edit_score(const Workspace& ws, const Account& account, const Id& criterion, std::optional<double> score) {
    Account changed = account;
    if (score) changed.scores[criterion] = *score;
    else changed.scores.erase(criterion);
    return checked(ws, std::move(changed));
}

AccountEdit edit_override(const Workspace& ws, const Account& account, std::optional<TierOverride> tier_override) {
    Account changed = account;
    changed.tier_override = std::move(tier_override);
    return checked(ws, std::move(changed));
}

}  // namespace kam

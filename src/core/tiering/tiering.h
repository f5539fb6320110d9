// KAM Canvas: account selection and tiering. Weighted totals from the criteria scores, tiers by
// threshold (with manual overrides), ranks, why an account has its tier, what a change of weights
// or thresholds would move, tier presets, and the checks that refuse a bad edit.
// An account that misses one criterion is not disqualified: it just has to score higher on the others.
//
// Index
// [SECTION] Scores
// [SECTION] Tiers and ranks of every account
// [SECTION] Why this tier
// [SECTION] What-if
// [SECTION] Portfolio matrix
// [SECTION] Presets and edits
#pragma once

#include "core/model.h"
#include "core/io/problems.h"

#include <optional>
#include <string_view>
#include <vector>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] Scores
//-----------------------------------------------------------------------------

// Each weight as a share of the sum of weights (criteria order); all 0 when no weight is above 0.
std::vector<double> weight_shares(const std::vector<Criterion>& criteria);

// An account's weighted total on 0..100 (a score of kScoreMax on every criterion is 100), and the same
// over the criteria of each axis of the portfolio matrix. A total exists only when the tier scheme's
// MissingScores rule allows it (see model.h); it never silently treats a missing score as anything.
struct AccountScore {
    double total = 0, attractiveness = 0, strength = 0;
    bool has_total = false, has_attractiveness = false, has_strength = false;
    int missing = 0;   // criteria with a weight above 0 and no score
};

// Every account's score on every criterion in one dense table (row per account, column per criterion,
// NaN where there is no score): scoring again under other weights or rules is then arithmetic only,
// without walking each account's map of scores. Valid while the accounts and the criteria ids stay.
struct ScoreTable {
    std::vector<Id> criteria;   // the ids of the columns
    std::vector<double> values;
    const double* row(size_t account) const { return values.data() + account * criteria.size(); }
    bool matches(const std::vector<Criterion>& criteria) const;   // same ids in the same order
};
ScoreTable make_score_table(const std::vector<Criterion>& criteria, const std::vector<Account>& accounts);

// Scores many accounts under one set of criteria: criterion ids are matched once, not per account.
// It keeps views of the criteria ids: the criteria must outlive it.
class Scorer {
public:
    Scorer(const std::vector<Criterion>& criteria, MissingScores missing);
    AccountScore score(const Account& account) const;
    AccountScore score_row(const double* row) const;   // a row of a ScoreTable of the same criteria
    // The account's score per criterion (criteria order); nullopt where it has none.
    std::vector<std::optional<double>> values(const Account& account) const;
    void fill_row(const Account& account, double* row) const;   // sets the row's cells the account has scores for
    AccountScore score_values(const std::vector<std::optional<double>>& values) const;

private:
    std::vector<double> weights_;
    std::vector<Axis> axes_;
    std::vector<std::pair<std::string_view, int>> by_id_;   // sorted by id: merged with an account's sorted scores
    MissingScores missing_;
    double sums_[3] = {0, 0, 0};                            // weights of all, attractiveness, strength criteria
};

//-----------------------------------------------------------------------------
// [SECTION] Tiers and ranks of every account
//-----------------------------------------------------------------------------

// The first (best) tier whose threshold the total reaches; -1 when it reaches none.
int tier_for_total(const TierScheme& scheme, double total);
int tier_index(const TierScheme& scheme, std::string_view name);   // -1 when there is none of that name

struct AccountTier {
    int computed = -1;        // from the total and thresholds; -1: no total or below every tier
    int effective = -1;       // the override's tier when there is one, else 'computed'
    bool overridden = false;
};
AccountTier tier_of(const TierScheme& scheme, const AccountScore& score, const Account& account);

// Every account of a workspace scored, tiered and ranked. Indices are account indices.
struct Scoring {
    std::vector<AccountScore> scores;
    std::vector<AccountTier> tiers;
    std::vector<int> ranking;       // accounts with a total, best first (equal totals keep document order), then the rest
    std::vector<int> rank;          // 1 = best; 0 = no total
    std::vector<int> tier_counts;   // accounts per tier (effective tiers)
    int untiered = 0;               // accounts in no tier
};
Scoring score_accounts(const std::vector<Criterion>& criteria, const TierScheme& scheme,
                       const std::vector<Account>& accounts);
// The same from a table made of these accounts and criteria (table.matches(criteria)).
Scoring score_accounts(const ScoreTable& table, const std::vector<Criterion>& criteria, const TierScheme& scheme,
                       const std::vector<Account>& accounts);
// Tiers again under another scheme with the same criteria and missing rule (thresholds, names, overrides).
void retier(Scoring& scoring, const TierScheme& scheme, const std::vector<Account>& accounts);

// How many accounts the top tier holds beyond the capacity the team can serve (0 when it fits or
// there is no limit).
int top_tier_excess(const TierScheme& scheme, const Scoring& scoring);

//-----------------------------------------------------------------------------
// [SECTION] Why this tier
//-----------------------------------------------------------------------------

struct Contribution {
    std::optional<double> score;
    double share = 0;    // of the weights that count in this account's total
    double points = 0;   // points of the 0..100 total it gives
};

// One criterion's score changed alone to the nearest value (in steps of 0.1) that changes the tier.
struct ScoreMove {
    int criterion = 0;
    std::optional<double> from;
    double to = 0;
    int tier = -1;        // the computed tier it would reach
};

struct TierExplanation {
    AccountScore score;
    AccountTier tier;
    std::vector<Contribution> contributions;   // criteria order
    std::optional<double> points_to_tier_up;   // total needed for the tier above, minus the total
    std::optional<double> points_above_floor;  // how far the total may fall before it leaves its tier
    std::vector<ScoreMove> moves_up, moves_down;
};
TierExplanation explain_tier(const std::vector<Criterion>& criteria, const TierScheme& scheme, const Account& account);

//-----------------------------------------------------------------------------
// [SECTION] What-if
//-----------------------------------------------------------------------------

// An account whose effective tier differs between two scorings of the same accounts. Tiers are compared
// by position (0 = best; no tier is below every tier), so renaming a tier moves nobody.
struct TierMove {
    int account = 0;
    int from = -1, to = -1;   // tier indices in the old and the new scheme
};
struct TierDiff {
    std::vector<TierMove> up, down;   // each in ranking order of the new scoring
};
TierDiff diff_tiers(const Scoring& before, const Scoring& after);

//-----------------------------------------------------------------------------
// [SECTION] Portfolio matrix
//-----------------------------------------------------------------------------

// Quadrants of the attractiveness (y) x relative strength (x) matrix, split at 50.
enum class Quadrant { Strategic, Status, Star, Streamline, COUNT };
inline constexpr std::array<std::string_view, 4> kQuadrantLabels = {"Strategic", "Status", "Star", "Streamline"};
inline constexpr double kQuadrantSplit = 50.0;
Quadrant quadrant_of(double attractiveness, double strength);

// The sum of the account's monthly forecasts (0 when it has none).
double forecast_total(const Account& account);

//-----------------------------------------------------------------------------
// [SECTION] Presets and edits
//-----------------------------------------------------------------------------

struct TierPreset {
    std::string_view name;
    std::vector<Tier> tiers;
};
const std::vector<TierPreset>& tier_presets();   // Gold/Silver/Bronze, Premier/1st/2nd Division, First Class...

// A proposed change of criteria and tier scheme, with the accounts that must follow it: scores of removed
// criteria are dropped; an override naming a tier that no longer exists moves to the tier now at its
// position (renaming a tier renames its overrides). Refused (problems) when a rule is broken.
struct SelectionEdit {
    std::vector<Criterion> criteria;
    TierScheme scheme;
    std::vector<Account> accounts;   // only those that change
    std::vector<Problem> problems;
    int dropped_scores = 0, moved_overrides = 0;
    bool ok() const { return problems.empty(); }
};
SelectionEdit plan_selection_edit(const Workspace& ws, std::vector<Criterion> criteria, TierScheme scheme);

// The account with one score set (nullopt: removed) or its tier override set (nullopt: cleared),
// or the problems that refuse it: a score outside the scale, an unknown tier, an override without a reason.
struct AccountEdit {
    Account account;
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};
AccountEdit edit_score(const Workspace& ws, const Account& account, const Id& criterion, std::optional<double> score);
AccountEdit edit_override(const Workspace& ws, const Account& account, std::optional<TierOverride> tier_override);

}  // namespace kam

// KAM Canvas: account health: one 0..100 score of how an account is doing, made of parts the user
// can see and weigh: coverage and attitude of the key people, the year against its forecast, actions
// and reviews on time, the plan's completeness, and how recently we talked to the key people.
// It reads every capability (relationships, planning, the review rhythm), so it sits at core's root.
//
// Index
// [SECTION] The score and its breakdown
// [SECTION] Bands, trend, and the kept history
#pragma once

#include "core/model.h"
#include "core/planning/planning.h"
#include "core/reviews/deviation.h"
#include "core/reviews/review_schedule.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] The score and its breakdown
//-----------------------------------------------------------------------------

// One part of the score. A part that cannot be judged (no key people on the map, no forecast this
// year, nothing due) has no score and leaves the total: the other parts' weights share its place.
struct HealthPartScore {
    HealthPart part = HealthPart::Coverage;
    double weight = 0;                  // the workspace's weight for this part
    std::optional<double> score;        // 0..100; none: the part does not apply to this account
    double points = 0;                  // what it adds to the total (0..max_points)
    double max_points = 0;              // what it could add: its weight's share of the parts that apply
    std::string why;                    // one line for people: the facts behind the score
};

struct AccountHealth {
    std::optional<int> score;           // 0..100, rounded; none when no part applies
    HealthBand band = HealthBand::AtRisk;   // meaningful only with a score
    std::array<HealthPartScore, kHealthParts> parts;   // index = HealthPart
};

// 'today' ("YYYY-MM-DD") decides the year to date, what is overdue and how long ago a contact was.
// The parts (each 0..100):
// - Coverage: the share of key people (decision makers, Kings, Queens) covered at least "good" (2).
// - Attitude: the key people's mean attitude, -2 (opponent) = 0 .. +2 (champion) = 100.
// - Attainment: year-to-date actual against forecast; 100 at 100% or more, 0 at 50% or less.
// - Actions: the share of actions with a due date done on time or not yet due; 0 as soon as one
//   open action is more than 7 days overdue.
// - Reviews: the share of scheduled kinds of review that are not overdue.
// - Plan: the plan's sections, a complete one counting 1 and a partial one half.
// - Freshness: the share of key people one of ours talked to within HealthRules::contact_days.
// explain = false leaves every 'why' empty: the portfolio and the keeper read thousands of accounts
// for their scores alone.
AccountHealth account_health(const Workspace& ws, const Account& a, const std::string& today, bool explain = true);

// What the score reads that the portfolio's row shows as well, so that the dashboard reads each of
// its 5,000 accounts once: the year to date (January to today's month, over the months with an
// actual), the scheduled and overdue kinds of review, and each plan section's rating.
struct HealthFacts {
    double ytd_forecast = 0, ytd_actual = 0;
    ReviewCounts reviews;
    SectionRatings sections{};
};
HealthFacts health_facts(const Workspace& ws, const Account& a, const std::string& today);
// The same with the year to date taken from 'figures' (figure_summary() up to today's month),
// which the portfolio's row has read already.
HealthFacts health_facts(const Workspace& ws, const Account& a, const std::string& today, const FigureSummary& figures);
AccountHealth account_health(const Workspace& ws, const Account& a, const std::string& today, const HealthFacts& facts, bool explain);

//-----------------------------------------------------------------------------
// [SECTION] Bands, trend, and the kept history
//-----------------------------------------------------------------------------

HealthBand band_of(const HealthRules& rules, int score);

// The score over the last 'months' months ending with today's: the kept point of each past month
// (none where nothing was kept) and, for this month, the live score. The direction compares the live
// score with the newest kept month before this one: +1 up, -1 down by kTrendStep or more, else 0.
inline constexpr int kTrendStep = 3;
struct HealthTrend {
    std::vector<std::string> months;            // oldest first
    std::vector<std::optional<int>> scores;     // one per month
    std::optional<int> previous;                // the newest kept score before this month
    int direction = 0;
};
HealthTrend health_trend(const Account& a, std::optional<int> now, std::string_view today, int months = 12);
// The parts of it the portfolio needs for each of thousands of accounts, without the months.
std::optional<int> previous_health(const Account& a, std::string_view today);
int trend_direction(std::optional<int> now, std::optional<int> previous);

// The history with this month's point set to 'score' (added, or its value changed), the oldest
// dropped beyond kMaxHealthHistory months; none when it already says so (or there is no score).
inline constexpr size_t kMaxHealthHistory = 120;
std::optional<std::vector<HealthPoint>> kept_health(const std::vector<HealthPoint>& history, std::optional<int> score,
                                                    std::string_view today);

}  // namespace kam

// KAM Canvas: the executive review pack for the monthly meeting: one page per key account (the
// accounts in the top tier of the scheme), what needs attention first, each with its tier, how
// the year runs against the forecast, the flagged months and what their investigations found,
// the objectives, what is overdue, and the top coverage gaps. The app pages through it on a
// shared screen (ui/review_pack.cpp); review_pack_html() writes it as one printable file.
// It reads every capability (tiering, reviews, planning, relationships), so it sits at core's root.
#pragma once

#include "core/account_health.h"
#include "core/model.h"
#include "core/reviews/deviation.h"
#include "core/reviews/investigation.h"
#include "core/tiering/tiering.h"

#include <optional>
#include <string>
#include <vector>

namespace kam {

// A flagged month of the last 12 and where its follow-up stands.
struct PackDeviation {
    MonthRow row;                        // the month's figures and flags
    std::string flags;                   // "Off the forecast, below last year"
    FollowUp follow_up = FollowUp::Open;
    bool investigated = false;           // the rest is empty without an investigation
    std::string cause, explanation, owner;
    std::string action, action_owner, action_due, action_status;
};

struct PackObjective {
    std::string text, status, owner, due;
    double progress = 0;                 // 0..1 (objective_progress)
    bool overdue = false;
};

// An overdue action or review: what it is, whose, and since when.
struct PackOverdue {
    std::string what, owner, due;
    long days = 0;                       // days past due (0 when never held: a review never held)
};

struct PackGap {
    std::string kind;                    // kFindingKindLabels
    std::string text;
};

struct ReviewPage {
    int account = -1;                    // index in ws.accounts
    std::string name, tier, manager, currency;
    int attention = 0;                   // PortfolioRow::attention
    AccountHealth health;                // the score, its band and each part's why
    FigureTable table;                   // the last 12 months (the chart draws them)
    double ytd_forecast = 0, ytd_actual = 0;
    std::optional<double> attainment_percent;
    std::vector<PackDeviation> deviations;   // oldest first
    std::vector<PackObjective> objectives;
    std::vector<PackOverdue> overdue_actions, overdue_reviews;
    std::vector<PackGap> gaps;           // at most kPackGaps, most urgent first
};

struct ReviewPack {
    std::string today;
    std::string workspace;               // the workspace's name, for the title
    std::string top_tier;                // the tier the pack holds ("Gold"), "" when the scheme has none
    std::vector<ReviewPage> pages;       // most attention first; equal ones in account order
    std::string empty_reason;            // why there are no pages ("" when there are)
};

inline constexpr int kPackGaps = 5;

struct PackOptions {
    // The customer-safe view (the switch of the map and the plan): leaves out what the customer
    // may not see: investigations' explanations and actions, internal objectives, opponents and
    // blocked paths among the gaps, and overdue actions that are not shown to the customer.
    bool customer_safe = false;
};

// The pack for 'today' ("YYYY-MM-DD"): it decides the 12 months read, the year to date and what
// is overdue. scoring: score_accounts() of the same workspace (the effective tiers say which
// accounts are key).
ReviewPack review_pack(const Workspace& ws, const Scoring& scoring, const std::string& today, const PackOptions& options = {});

// The pack as one self-contained HTML file: inline CSS (a page per account when printed), an SVG
// forecast chart per account, no scripts and nothing fetched, so it opens offline. All the
// workspace's text is escaped.
std::string review_pack_html(const ReviewPack& pack);

}  // namespace kam

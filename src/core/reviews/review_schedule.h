// KAM Canvas: when each review of an account is next due, and which are overdue. Senior executives
// review every key account monthly; the mentor reviews the long-term plan every few months. Each
// kind's cadence is the workspace's unless the account sets its own.
#pragma once

#include "core/model.h"

#include <optional>
#include <string>
#include <vector>

namespace kam {

int cadence_of(const Workspace& ws, const Account& a, ReviewKind kind);   // months; 0 = not scheduled

// Who sees that a review of a kind is held: the mentor holds the mentor's review, the account
// manager every other kind. Empty when the account has nobody in that place.
const Id& review_owner(const Account& a, ReviewKind kind);

// The newest review of a kind (by date; the log may be in any order), or nullptr.
const Review* last_review(const Account& a, ReviewKind kind);

struct ReviewDue {
    ReviewKind kind = ReviewKind::Executive;
    int every_months = 0;        // 0: not scheduled, never due
    std::string last;            // date of the newest one, or "" when never held
    std::string due;             // last + every_months; "" when never held or not scheduled
    bool overdue = false;        // scheduled, and never held or due before today
    long days_overdue = 0;       // since the due date (0 when never held)
};

// One kind of review against 'today' ("YYYY-MM-DD"). A scheduled review that was never held is
// overdue: the rhythm starts with the first one.
ReviewDue review_due(const Workspace& ws, const Account& a, ReviewKind kind, const std::string& today);
// Every scheduled kind of the account, in kind order.
std::vector<ReviewDue> review_schedule(const Workspace& ws, const Account& a, const std::string& today);
// How many kinds are scheduled, and how many of those are overdue, as review_schedule() says
// without building its texts (the dashboard and the health score read 5,000 accounts).
struct ReviewCounts {
    int scheduled = 0, overdue = 0;
};
ReviewCounts review_counts(const Workspace& ws, const Account& a, const std::string& today);
int overdue_reviews(const Workspace& ws, const Account& a, const std::string& today);

}  // namespace kam

#include "core/reviews/review_schedule.h"

#include "core/dates.h"

namespace kam {

int cadence_of(const Workspace& ws, const Account& a, ReviewKind kind) {
    const size_t k = static_cast<size_t>(kind);
    return a.cadence[k] ? *a.cadence[k] : ws.review_defaults.cadence[k];
}

const Review* last_review(const Account& a, ReviewKind kind) {
    const Review* last = nullptr;
    for (const Review& r : a.reviews)
        if (r.kind == kind && (!last || r.date > last->date)) last = &r;
    return last;
}

ReviewDue review_due(const Workspace& ws, const Account& a, ReviewKind kind, const std::string& today) {
    ReviewDue d;
    d.kind = kind;
    d.every_months = cadence_of(ws, a, kind);
    if (const Review* last = last_review(a, kind)) d.last = last->date;
    if (d.every_months <= 0) return d;
    if (d.last.empty()) {
        d.overdue = true;
        return d;
    }
    d.due = add_months(d.last, d.every_months).value_or("");
    const std::optional<long> due_day = day_number(d.due), today_day = day_number(today);
    if (due_day && today_day && *today_day > *due_day) d.overdue = true, d.days_overdue = *today_day - *due_day;
    return d;
}

std::vector<ReviewDue> review_schedule(const Workspace& ws, const Account& a, const std::string& today) {
    std::vector<ReviewDue> schedule;
    for (size_t k = 0; k < kReviewKinds; k++) {
        ReviewDue d = review_due(ws, a, static_cast<ReviewKind>(k), today);
        if (d.every_months > 0) schedule.push_back(std::move(d));
    }
    return schedule;
}

int overdue_reviews(const Workspace& ws, const Account& a, const std::string& today) {
    int n = 0;
    for (const ReviewDue& d : review_schedule(ws, a, today)) n += d.overdue;
    return n;
}

}  // namespace kam

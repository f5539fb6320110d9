#include "core/reviews/review_schedule.h"

#include "core/dates.h"

#include <string_view>

namespace kam {

int cadence_of(const Workspace& ws, const Account& a, ReviewKind kind) {
    const size_t k = static_cast<size_t>(kind);
    return a.cadence[k] ? *a.cadence[k] : ws.review_defaults.cadence[k];
}

const Id& review_owner(const Account& a, ReviewKind kind) { return kind == ReviewKind::Mentor ? a.mentor : a.manager; }

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

// The day number of add_months(date, months) without building its text (the dashboard asks for
// 5,000 accounts' reviews at once): the same month arithmetic, the day kept or the month's last.
static std::optional<long> day_after_months(std::string_view date, int months) {
    if (!day_number(date)) return std::nullopt;
    const int month = *month_number(date.substr(0, 7)) + months;
    if (month < 0) return day_number(add_months(date, months).value_or(""));
    const int year = month / 12 % 10000, m = month % 12 + 1;
    char text[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10), static_cast<char>('0' + year / 10 % 10),
                     static_cast<char>('0' + year % 10), '-', static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), '-',
                     date[8], date[9]};
    const std::string_view target(text, sizeof text);
    for (int day = (date[8] - '0') * 10 + (date[9] - '0'); day > 28; day--) {
        if (const std::optional<long> n = day_number(target)) return n;
        text[8] = static_cast<char>('0' + (day - 1) / 10), text[9] = static_cast<char>('0' + (day - 1) % 10);
    }
    return day_number(target);
}

ReviewCounts review_counts(const Workspace& ws, const Account& a, const std::string& today) {
    // Today is read once.
    const std::optional<long> today_day = day_number(today);
    // The newest of each kind in one pass over the log (as last_review() finds it).
    const Review* newest[kReviewKinds] = {};
    for (const Review& r : a.reviews)
        if (const size_t k = static_cast<size_t>(r.kind); k < kReviewKinds && (!newest[k] || r.date > newest[k]->date)) newest[k] = &r;
    ReviewCounts n;
    for (size_t k = 0; k < kReviewKinds; k++) {
        const int every = cadence_of(ws, a, static_cast<ReviewKind>(k));
        if (every <= 0) continue;
        n.scheduled++;
        const Review* last = newest[k];
        if (!last || last->date.empty()) {
            n.overdue++;
            continue;
        }
        const std::optional<long> due_day = day_after_months(last->date, every);
        n.overdue += due_day && today_day && *today_day > *due_day;
    }
    return n;
}

int overdue_reviews(const Workspace& ws, const Account& a, const std::string& today) { return review_counts(ws, a, today).overdue; }

}  // namespace kam

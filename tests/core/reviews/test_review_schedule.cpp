#include "core/reviews/review_schedule.h"

#include <catch2/catch.hpp>

using namespace kam;

static Review review(const char* date, ReviewKind kind) {
    Review r;
    r.date = date, r.kind = kind;
    return r;
}

TEST_CASE("each review's next due date, from the newest of its kind", "[reviews]") {
    Workspace ws;   // executive monthly, mentor every 3 months, team and joint not scheduled
    Account a;
    a.reviews = {review("2026-09-30", ReviewKind::Executive), review("2026-06-15", ReviewKind::Mentor),
                 review("2026-08-31", ReviewKind::Executive), review("2026-10-01", ReviewKind::Team)};
    CHECK(last_review(a, ReviewKind::Executive)->date == "2026-09-30");   // the log is in any order
    CHECK(last_review(a, ReviewKind::Joint) == nullptr);

    const ReviewDue exec = review_due(ws, a, ReviewKind::Executive, "2026-10-20");
    CHECK(exec.every_months == 1);
    CHECK(exec.last == "2026-09-30");
    CHECK(exec.due == "2026-10-30");
    CHECK_FALSE(exec.overdue);
    CHECK_FALSE(review_due(ws, a, ReviewKind::Executive, "2026-10-30").overdue);   // due today is not late
    const ReviewDue late = review_due(ws, a, ReviewKind::Executive, "2026-11-04");
    CHECK(late.overdue);
    CHECK(late.days_overdue == 5);

    const ReviewDue mentor = review_due(ws, a, ReviewKind::Mentor, "2026-10-20");
    CHECK(mentor.due == "2026-09-15");
    CHECK(mentor.overdue);
    CHECK(mentor.days_overdue == 35);

    const ReviewDue team = review_due(ws, a, ReviewKind::Team, "2026-10-20");   // held, but not scheduled
    CHECK(team.every_months == 0);
    CHECK(team.due.empty());
    CHECK_FALSE(team.overdue);

    const std::vector<ReviewDue> schedule = review_schedule(ws, a, "2026-10-20");
    REQUIRE(schedule.size() == 2);
    CHECK(schedule[0].kind == ReviewKind::Executive);
    CHECK(schedule[1].kind == ReviewKind::Mentor);
    CHECK(overdue_reviews(ws, a, "2026-10-20") == 1);
}

TEST_CASE("an account's cadence overrides the workspace's, and a scheduled review never held is overdue", "[reviews]") {
    Workspace ws;
    ws.review_defaults.cadence[static_cast<size_t>(ReviewKind::Joint)] = 6;
    Account a;
    a.reviews = {review("2026-06-15", ReviewKind::Mentor)};
    a.cadence[static_cast<size_t>(ReviewKind::Mentor)] = 6;
    a.cadence[static_cast<size_t>(ReviewKind::Executive)] = 0;   // this account: no executive reviews
    CHECK(cadence_of(ws, a, ReviewKind::Mentor) == 6);
    CHECK(cadence_of(ws, a, ReviewKind::Joint) == 6);
    CHECK_FALSE(review_due(ws, a, ReviewKind::Mentor, "2026-10-20").overdue);
    CHECK(review_due(ws, a, ReviewKind::Mentor, "2026-10-20").due == "2026-12-15");
    CHECK_FALSE(review_due(ws, a, ReviewKind::Executive, "2026-10-20").overdue);
    const ReviewDue joint = review_due(ws, a, ReviewKind::Joint, "2026-10-20");
    CHECK(joint.overdue);
    CHECK(joint.last.empty());
    CHECK(joint.days_overdue == 0);
    CHECK(overdue_reviews(ws, a, "2026-10-20") == 1);
}

TEST_CASE("the mentor holds the mentor's review, the account manager every other kind", "[reviews]") {
    Account a;
    a.manager = "p1", a.mentor = "p2";
    CHECK(review_owner(a, ReviewKind::Mentor) == "p2");
    for (ReviewKind kind : {ReviewKind::Executive, ReviewKind::Team, ReviewKind::Joint}) CHECK(review_owner(a, kind) == "p1");
    a.mentor.clear();
    CHECK(review_owner(a, ReviewKind::Mentor).empty());
}

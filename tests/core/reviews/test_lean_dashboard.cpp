// The portfolio dashboard's lean reading of an account (no texts, no heap) agrees with the full one
// it stands for: figure_summary with figure_table, open_deviations of a summary with those of the
// table, review_counts and overdue_reviews with review_schedule.
#include "core/dates.h"
#include "core/reviews/deviation.h"
#include "core/reviews/investigation.h"
#include "core/reviews/review_schedule.h"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace kam;

namespace {

// 40 months up to 2026-11 of figures of every kind: on target, far off either way, runs one way
// under the threshold (bias), declines against last year, months without a forecast, without an
// actual, or with neither; a zero forecast; negative amounts (credit notes).
Account varied_account() {
    Account a;
    a.id = "a1";
    uint32_t seed = 7;
    const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    const int last = *month_number("2026-11");
    for (int m = last - 39; m <= last; m++) {
        const uint32_t kind = next() % 10;
        const double forecast = 50000 + next() % 100000;
        MonthFigures f{month_text(m), forecast, forecast};
        switch (kind) {
        case 0: f.actual = forecast * 0.5; break;                                   // far below
        case 1: f.actual = forecast * 1.6; break;                                   // far above
        case 2: f.actual = forecast * 0.97; break;                                  // a little under (bias runs)
        case 3: f.forecast.reset(); break;                                          // no forecast
        case 4: f.actual.reset(); break;                                            // not reported
        case 5: f.forecast = 0.0; f.actual = 20000.0; break;
        case 6: f.actual = -15000.0; break;                                         // a credit note
        default: f.actual = forecast * (0.9 + (next() % 200) / 1000.0); break;
        }
        if (kind == 7 && m % 5 == 0) continue;                                      // no figures at all
        a.months.push_back(f);
    }
    // Investigations in and out of any window, one with a month text no table has.
    for (const char* month : {"2024-09", "2025-06", "2025-12", "2026-02", "2026-05", "2026-08", "2026-10", "2026-11", "2026-13", "bad"})
        a.investigations.push_back({month, DeviationCause::Price, "looked at"});
    // Their actions: done, open, two for one month (the first counts), one for a month not investigated.
    const auto action = [&](const char* month, ActionStatus status) {
        Action x;
        x.text = std::string("answer ") + month, x.deviation = month, x.status = status;
        a.plan.actions.push_back(x);
    };
    action("2025-12", ActionStatus::Done);
    action("2026-02", ActionStatus::Open);
    action("2026-05", ActionStatus::InProgress);
    action("2026-05", ActionStatus::Done);
    action("2026-08", ActionStatus::Open);
    action("2026-08", ActionStatus::Done);
    action("2026-10", ActionStatus::Done);
    action("2026-03", ActionStatus::Done);
    a.plan.actions.push_back(Action{});   // not a deviation's action
    return a;
}

}  // namespace

TEST_CASE("the dashboard's figure summary agrees with the full figure table", "[reviews][portfolio]") {
    const Account a = varied_account();
    DeviationRules strict;
    strict.share_percent = 5, strict.amount = 1000, strict.bias_months = 2, strict.decline_percent = 3;
    DeviationRules no_bias;
    no_bias.bias_months = 0;
    int flagged_months = 0, open_total = 0, investigated_total = 0;
    for (const DeviationRules& rules : {DeviationRules{}, strict, no_bias})
        for (const char* last : {"2026-11", "2026-06", "2026-01", "2025-12", "2024-03", "2030-01"})
            for (int count : {1, 3, 12, 24, 40, 64}) {
                INFO(last << " x " << count << " months, bias " << rules.bias_months);
                const FigureTable table = figure_table(a.months, last, count, rules);
                const FigureSummary summary = figure_summary(a.months, last, count, rules);
                REQUIRE(summary.count == count);
                REQUIRE(table.rows.size() == static_cast<size_t>(count));
                CHECK(month_text(summary.first) == table.rows.front().month);
                for (int i = 0; i < count; i++) {
                    CHECK(((summary.flagged >> i) & 1) == (table.rows[static_cast<size_t>(i)].flagged() ? 1u : 0u));
                    flagged_months += table.rows[static_cast<size_t>(i)].flagged();
                }
                CHECK(summary.ytd_forecast == table.rows.back().ytd_forecast);
                CHECK(summary.ytd_actual == table.rows.back().ytd_actual);
                const OpenDeviations full = open_deviations(a, table), lean = open_deviations(a, summary);
                CHECK(lean.open == full.open);
                CHECK(lean.investigated == full.investigated);
                open_total += full.open, investigated_total += full.investigated;
            }
    // The account is varied enough to say something: flags, red and amber months all occur.
    CHECK(flagged_months > 100);
    CHECK(open_total > 20);
    CHECK(investigated_total > 20);

    // No table, no summary.
    CHECK(figure_summary(a.months, "2026-13", 12).count == 0);
    CHECK(figure_summary(a.months, "", 12).count == 0);
    CHECK(figure_summary(a.months, "2026-11", 0).count == 0);
    CHECK(open_deviations(a, figure_summary(a.months, "x", 12)).investigated == 0);
}

TEST_CASE("overdue reviews counted without texts agree with the schedule", "[reviews][portfolio]") {
    Workspace ws = make_empty_workspace();
    ws.review_defaults.cadence = {1, 3, 2, 12};
    Account a;
    // Month ends (31 January + 1 month), a leap day, an invalid date, and a kind never held.
    const char* dates[] = {"2026-01-31", "2024-02-29", "2025-08-31", "2026-11-30", "2026-13-01", "2025-12-31"};
    for (const char* executive : dates)
        for (const char* mentor : dates)
            for (bool team_held : {false, true}) {
                a.reviews.clear();
                Review r;
                r.date = executive, r.kind = ReviewKind::Executive;
                a.reviews.push_back(r);
                r.date = mentor, r.kind = ReviewKind::Mentor;
                a.reviews.push_back(r);
                if (team_held) {
                    r.date = "2026-06-30", r.kind = ReviewKind::Team;
                    a.reviews.push_back(r);
                }
                a.cadence[3] = team_held ? std::optional<int>(0) : std::nullopt;
                for (const char* today : {"2026-02-28", "2026-03-01", "2026-03-02", "2024-03-30", "2026-12-31", "2027-01-01", "not a day"}) {
                    INFO(executive << " / " << mentor << " / team " << team_held << " / today " << today);
                    int scheduled = 0, overdue = 0;
                    for (const ReviewDue& d : review_schedule(ws, a, today)) scheduled++, overdue += d.overdue;
                    CHECK(overdue_reviews(ws, a, today) == overdue);
                    const ReviewCounts counts = review_counts(ws, a, today);
                    CHECK(counts.scheduled == scheduled);
                    CHECK(counts.overdue == overdue);
                }
            }
}

#include "core/review_pack.h"

#include "core/dates.h"
#include "core/planning/planning.h"
#include "core/portfolio.h"
#include "core/relationships/coverage_analysis.h"
#include "core/reviews/review_schedule.h"

namespace kam {
namespace {

std::string person_name(const Workspace& ws, const Id& id) {
    const Person* p = ws.find_person(id);
    return p ? p->name : "";
}

template <size_t N, typename Enum>
std::string label(const std::array<std::string_view, N>& labels, Enum e) {
    return std::string(labels[static_cast<size_t>(e) % N]);
}

long days_between(const std::string& from, const std::string& to) {
    const auto a = day_number(from), b = day_number(to);
    return a && b ? *b - *a : 0;
}

// What the rules found in a month, in the chart's words.
std::string flags_text(const MonthRow& r) {
    std::string text;
    const auto add = [&](bool on, const char* what) {
        if (on) text += (text.empty() ? "" : ", ") + std::string(what);
    };
    add(r.deviates, "Off the forecast");
    add(r.ytd_deviates, "Year to date off");
    add(r.bias, "Bias");
    add(r.declines, "Below last year");
    return text;
}

PackDeviation deviation(const Workspace& ws, const Account& a, const MonthRow& row, bool customer_safe) {
    PackDeviation d;
    d.row = row;
    d.flags = flags_text(row);
    d.follow_up = follow_up(a, row);
    const Investigation* inv = find_investigation(a, row.month);
    if (!inv) return d;
    d.investigated = true;
    d.cause = label(kDeviationCauseLabels, inv->cause);
    d.owner = person_name(ws, inv->owner);
    if (!customer_safe) d.explanation = inv->explanation;
    const Action* action = deviation_action(a.plan, row.month);
    if (action && (!customer_safe || shown_to_customer(PlanList::Actions, action->visibility))) {
        d.action = action->text, d.action_owner = person_name(ws, action->owner), d.action_due = action->due;
        d.action_status = label(kActionStatusLabels, action->status);
    }
    return d;
}

ReviewPage page_of(const Workspace& ws, const Scoring& scoring, const PortfolioRow& row, const std::string& today, const PackOptions& options) {
    const Account& a = ws.accounts[static_cast<size_t>(row.account)];
    ReviewPage page;
    page.account = row.account;
    page.name = a.name;
    page.tier = ws.tier_scheme.tiers[static_cast<size_t>(scoring.tiers[static_cast<size_t>(row.account)].effective)].name;
    page.manager = person_name(ws, a.manager);
    page.currency = currency_of(ws, a);
    page.attention = row.attention;
    page.health = account_health(ws, a, today);
    page.table = figure_table(a.months, today.substr(0, 7), 12, rules_of(ws, a));
    page.ytd_forecast = row.ytd_forecast, page.ytd_actual = row.ytd_actual;
    page.attainment_percent = row.attainment_percent;
    for (const MonthRow& r : page.table.rows)
        if (r.flagged() || find_investigation(a, r.month)) page.deviations.push_back(deviation(ws, a, r, options.customer_safe));

    for (const Objective& o : a.plan.objectives) {
        if (options.customer_safe && !shown_to_customer(PlanList::Objectives, o.visibility)) continue;
        page.objectives.push_back({o.text, label(kObjectiveStatusLabels, o.status), person_name(ws, o.owner), o.due, objective_progress(o), is_overdue(o, today)});
    }
    for (const Action& x : a.plan.actions) {
        if (!is_overdue(x, today) || (options.customer_safe && !shown_to_customer(PlanList::Actions, x.visibility))) continue;
        page.overdue_actions.push_back({x.text, person_name(ws, x.owner), x.due, days_between(x.due, today)});
    }
    for (const ReviewDue& r : review_schedule(ws, a, today))
        if (r.overdue)
            page.overdue_reviews.push_back({label(kReviewKindLabels, r.kind), person_name(ws, review_owner(a, r.kind)),
                                            r.due.empty() ? "never held" : r.due, r.days_overdue});

    AnalysisOptions analysis;
    analysis.today = today;
    for (const Finding& f : analyse_coverage(a, ws, analysis).findings) {
        if (options.customer_safe && (f.kind == FindingKind::Opponent || f.kind == FindingKind::BlockedPath)) continue;
        page.gaps.push_back({label(kFindingKindLabels, f.kind), f.text});
        if (page.gaps.size() == kPackGaps) break;
    }
    return page;
}

}  // namespace

ReviewPack review_pack(const Workspace& ws, const Scoring& scoring, const std::string& today, const PackOptions& options) {
    ReviewPack pack;
    pack.today = today;
    pack.workspace = ws.name;
    if (ws.tier_scheme.tiers.empty()) {
        pack.empty_reason = "The tier scheme has no tiers, so no account is a key account: set up the tiers in the Tiering tab.";
        return pack;
    }
    pack.top_tier = ws.tier_scheme.tiers[0].name;
    // The portfolio's rows come most attention first, which is the order the meeting takes them in.
    const Portfolio portfolio_rows = portfolio(ws, scoring, today);
    for (const PortfolioRow& row : portfolio_rows.rows)
        if (row.tier == 0) pack.pages.push_back(page_of(ws, scoring, row, today, options));
    if (pack.pages.empty())
        pack.empty_reason = "No account is in the top tier (" + pack.top_tier + ") yet: score the accounts in the Tiering tab, or set a tier by hand.";
    return pack;
}

}  // namespace kam

#include "core/account_health.h"

#include "core/amount_text.h"
#include "core/dates.h"
#include "core/planning/planning.h"
#include "core/relationships/coverage_analysis.h"
#include "core/reviews/deviation.h"
#include "core/reviews/review_schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kam {

namespace {

// "3 of 4", "1 of 1".
std::string of(int n, int total) { return std::to_string(n) + " of " + std::to_string(total); }

double share(int n, int total) { return 100.0 * n / total; }

// The key people of the account, and for each the best strength of our coverage and the newest
// last contact (day number) anyone of ours had with them.
struct KeyPerson {
    const Contact* contact = nullptr;
    int best_strength = 0;
    std::optional<long> last_contact;
};

std::vector<KeyPerson> key_people(const Account& a) {
    std::vector<KeyPerson> out;
    for (const Contact& c : a.contacts)
        if (is_key_person(c)) out.push_back({&c});
    for (const Coverage& cov : a.coverage)
        for (KeyPerson& k : out) {
            if (k.contact->id != cov.contact) continue;
            k.best_strength = std::max(k.best_strength, cov.strength);
            if (const std::optional<long> day = day_number(cov.last_contact); day && (!k.last_contact || *day > *k.last_contact))
                k.last_contact = day;
        }
    return out;
}

// Names, up to three, then "and N more".
template <typename Pick> std::string names_of(const std::vector<KeyPerson>& people, Pick pick) {
    std::string out;
    int listed = 0, more = 0;
    for (const KeyPerson& k : people) {
        if (!pick(k)) continue;
        if (listed == 3) { more++; continue; }
        out += (listed++ ? ", " : "") + k.contact->name;
    }
    if (more) out += " and " + std::to_string(more) + " more";
    return out;
}

void coverage_part(HealthPartScore& p, const std::vector<KeyPerson>& key, bool explain) {
    if (key.empty()) { if (explain) p.why = "No key people on the map (decision makers, Kings, Queens)."; return; }
    const auto good = [](const KeyPerson& k) { return k.best_strength >= 2; };
    const int covered = static_cast<int>(std::count_if(key.begin(), key.end(), good));
    p.score = share(covered, static_cast<int>(key.size()));
    if (!explain) return;
    p.why = of(covered, static_cast<int>(key.size())) + " key people covered at least \"good\".";
    if (covered < static_cast<int>(key.size())) p.why += " Not: " + names_of(key, [&](const KeyPerson& k) { return !good(k); }) + ".";
}

void attitude_part(HealthPartScore& p, const std::vector<KeyPerson>& key, bool explain) {
    if (key.empty()) { if (explain) p.why = "No key people on the map."; return; }
    double sum = 0;
    const KeyPerson* least = &key.front();
    for (const KeyPerson& k : key) {
        sum += k.contact->attitude;
        if (k.contact->attitude < least->contact->attitude) least = &k;
    }
    const double mean = sum / static_cast<double>(key.size());
    p.score = std::clamp((mean - kAttitudeMin) / (kAttitudeMax - kAttitudeMin) * 100.0, 0.0, 100.0);
    if (!explain) return;
    char text[160];
    std::snprintf(text, sizeof text, "Mean attitude %+.1f over %d key people (-2 opponent .. +2 champion).", mean,
                  static_cast<int>(key.size()));
    p.why = text;
    if (least->contact->attitude < 0) p.why += " Least favourable: " + least->contact->name + " (" + std::to_string(least->contact->attitude) + ").";
}

// The year to date as the forecast table reads it (health_facts): a forecast not yet reported is
// not compared with nothing.
void attainment_part(HealthPartScore& p, const Workspace& ws, const Account& a, const HealthFacts& facts, bool explain) {
    if (facts.ytd_forecast <= 0) { if (explain) p.why = "No forecast for this year's months with an actual."; return; }
    const double percent = facts.ytd_actual / facts.ytd_forecast * 100.0;
    p.score = std::clamp((percent - 50.0) * 2.0, 0.0, 100.0);
    if (!explain) return;
    const std::string& currency = currency_of(ws, a);
    char text[200];
    std::snprintf(text, sizeof text, "Year to date %.0f%% of forecast (%s of %s %s); full marks at 100%%, none at 50%% or below.",
                  percent, amount_text(facts.ytd_actual).c_str(), amount_text(facts.ytd_forecast).c_str(), currency.c_str());
    p.why = text;
}

void actions_part(HealthPartScore& p, const Account& a, const std::string& today, bool explain) {
    const std::optional<long> now = day_number(today);
    int considered = 0, on_time = 0;
    const Action* worst = nullptr;
    long worst_days = 0;
    for (const Action& x : a.plan.actions) {
        const std::optional<long> due = day_number(x.due);
        if (!due || x.status == ActionStatus::Cancelled || !now) continue;
        considered++;
        if (x.status == ActionStatus::Done) {
            // Done without a date: taken as on time (the team closed it; we cannot tell when).
            const std::optional<long> done = day_number(x.done_on);
            on_time += !done || *done <= *due;
            continue;
        }
        if (*now <= *due) { on_time++; continue; }
        if (*now - *due > worst_days) worst = &x, worst_days = *now - *due;
    }
    if (considered == 0) { if (explain) p.why = "No actions with a due date."; return; }
    if (worst_days > 7) {
        p.score = 0.0;
        if (explain) p.why = "\"" + worst->text + "\" is " + std::to_string(worst_days) + " days overdue (more than 7 scores 0).";
        return;
    }
    p.score = share(on_time, considered);
    if (explain) p.why = of(on_time, considered) + " actions with a due date done on time or not yet due.";
}

void reviews_part(HealthPartScore& p, const Workspace& ws, const Account& a, const std::string& today, const HealthFacts& facts, bool explain) {
    const ReviewCounts& n = facts.reviews;
    if (n.scheduled == 0) { if (explain) p.why = "No review is scheduled."; return; }
    p.score = share(n.scheduled - n.overdue, n.scheduled);
    if (!explain) return;
    std::string late;
    for (const ReviewDue& due : review_schedule(ws, a, today)) {
        if (!due.overdue) continue;
        late += late.empty() ? "" : "; ";
        late += std::string(kReviewKindLabels[static_cast<size_t>(due.kind)]) + (due.last.empty() ? " never held" : " due " + due.due);
    }
    p.why = of(n.scheduled - n.overdue, n.scheduled) + " scheduled kinds of review on time." + (late.empty() ? "" : " Overdue: " + late + ".");
}

void plan_part(HealthPartScore& p, const HealthFacts& facts, bool explain) {
    double sum = 0;
    int complete = 0, partial = 0;
    std::string missing;
    for (size_t s = 0; s < facts.sections.size(); s++) {
        const Completeness c = facts.sections[s];
        complete += c == Completeness::Complete, partial += c == Completeness::Partial;
        sum += c == Completeness::Complete ? 1.0 : c == Completeness::Partial ? 0.5 : 0.0;
        if (explain && c != Completeness::Complete) missing += (missing.empty() ? "" : ", ") + std::string(kPlanSectionLabels[s]);
    }
    p.score = sum / static_cast<double>(facts.sections.size()) * 100.0;
    if (!explain) return;
    p.why = of(complete, static_cast<int>(facts.sections.size())) + " plan sections complete, " + std::to_string(partial) + " partial." +
            (missing.empty() ? "" : " To complete: " + missing + ".");
}

void freshness_part(HealthPartScore& p, const std::vector<KeyPerson>& key, int days, const std::string& today, bool explain) {
    const std::optional<long> now = day_number(today);
    if (key.empty() || !now) { if (explain) p.why = "No key people on the map."; return; }
    const auto fresh = [&](const KeyPerson& k) { return k.last_contact && *now - *k.last_contact <= days; };
    const int n = static_cast<int>(std::count_if(key.begin(), key.end(), fresh));
    p.score = share(n, static_cast<int>(key.size()));
    if (!explain) return;
    p.why = of(n, static_cast<int>(key.size())) + " key people talked to within " + std::to_string(days) + " days.";
    if (n < static_cast<int>(key.size())) p.why += " Not: " + names_of(key, [&](const KeyPerson& k) { return !fresh(k); }) + ".";
}

}  // namespace

HealthFacts health_facts(const Workspace& ws, const Account& a, const std::string& today) {
    return health_facts(ws, a, today, figure_summary(a.months, std::string_view(today).substr(0, 7), 1, rules_of(ws, a)));
}

HealthFacts health_facts(const Workspace& ws, const Account& a, const std::string& today, const FigureSummary& figures) {
    HealthFacts facts;
    facts.ytd_forecast = figures.ytd_forecast, facts.ytd_actual = figures.ytd_actual;
    facts.reviews = review_counts(ws, a, today);
    facts.sections = section_ratings(a);
    return facts;
}

AccountHealth account_health(const Workspace& ws, const Account& a, const std::string& today, bool explain) {
    return account_health(ws, a, today, health_facts(ws, a, today), explain);
}

AccountHealth account_health(const Workspace& ws, const Account& a, const std::string& today, const HealthFacts& facts, bool explain) {
    const HealthRules& rules = ws.health_rules;
    AccountHealth h;
    for (size_t i = 0; i < kHealthParts; i++) h.parts[i].part = static_cast<HealthPart>(i), h.parts[i].weight = rules.weights[i];
    const std::vector<KeyPerson> key = key_people(a);
    const auto part = [&](HealthPart which) -> HealthPartScore& { return h.parts[static_cast<size_t>(which)]; };
    coverage_part(part(HealthPart::Coverage), key, explain);
    attitude_part(part(HealthPart::Attitude), key, explain);
    attainment_part(part(HealthPart::Attainment), ws, a, facts, explain);
    actions_part(part(HealthPart::Actions), a, today, explain);
    reviews_part(part(HealthPart::Reviews), ws, a, today, facts, explain);
    plan_part(part(HealthPart::Plan), facts, explain);
    freshness_part(part(HealthPart::Freshness), key, rules.contact_days, today, explain);

    // Only the parts that apply and weigh something share the 100 points.
    double weights = 0;
    for (const HealthPartScore& p : h.parts)
        if (p.score && p.weight > 0) weights += p.weight;
    if (weights <= 0) return h;
    double total = 0;
    for (HealthPartScore& p : h.parts) {
        if (!p.score || p.weight <= 0) continue;
        p.max_points = p.weight / weights * 100.0;
        p.points = p.max_points * *p.score / 100.0;
        total += p.points;
    }
    h.score = static_cast<int>(std::lround(std::clamp(total, 0.0, 100.0)));
    h.band = band_of(rules, *h.score);
    return h;
}

HealthBand band_of(const HealthRules& rules, int score) {
    if (score >= rules.healthy) return HealthBand::Healthy;
    return score >= rules.watch ? HealthBand::Watch : HealthBand::AtRisk;
}

HealthTrend health_trend(const Account& a, std::optional<int> now, std::string_view today, int months) {
    HealthTrend t;
    const std::optional<int> this_month = month_number(today.substr(0, 7));
    if (!this_month || months < 1) return t;
    for (int m = *this_month - months + 1; m <= *this_month; m++) {
        t.months.push_back(month_text(m));
        t.scores.push_back(m == *this_month ? now : std::nullopt);
    }
    const std::string& first = t.months.front();
    for (const HealthPoint& p : a.health_history) {
        if (p.month < first || p.month >= t.months.back()) continue;
        if (const std::optional<int> m = month_number(p.month)) t.scores[static_cast<size_t>(*m - (*this_month - months + 1))] = p.score;
    }
    t.previous = previous_health(a, today);
    t.direction = trend_direction(now, t.previous);
    return t;
}

std::optional<int> previous_health(const Account& a, std::string_view today) {
    const std::string_view month = today.substr(0, 7);
    for (auto it = a.health_history.rbegin(); it != a.health_history.rend(); ++it)   // oldest first: from the back
        if (it->month < month) return it->score;
    return std::nullopt;
}

int trend_direction(std::optional<int> now, std::optional<int> previous) {
    if (!now || !previous) return 0;
    return *now - *previous >= kTrendStep ? 1 : *previous - *now >= kTrendStep ? -1 : 0;
}

std::optional<std::vector<HealthPoint>> kept_health(const std::vector<HealthPoint>& history, std::optional<int> score,
                                                    std::string_view today) {
    if (!score || !month_number(today.substr(0, 7))) return std::nullopt;
    const std::string month(today.substr(0, 7));
    if (!history.empty() && history.back().month == month && history.back().score == *score) return std::nullopt;
    if (!history.empty() && history.back().month > month) return std::nullopt;   // kept by a clock ahead of ours: leave it
    std::vector<HealthPoint> out = history;
    if (!out.empty() && out.back().month == month) out.back().score = *score;
    else out.push_back({month, *score});
    if (out.size() > kMaxHealthHistory) out.erase(out.begin(), out.end() - kMaxHealthHistory);
    return out;
}

}  // namespace kam

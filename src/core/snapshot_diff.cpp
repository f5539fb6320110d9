#include "core/snapshot_diff.h"

#include "core/amount_text.h"
#include "core/card_look.h"
#include "core/parallel.h"
#include "core/planning/planning.h"
#include "core/tiering/tiering.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace kam {

WorkspaceSide side_of(const Workspace& ws, const std::string& today) {
    WorkspaceSide s{&ws.team, &ws.criteria, &ws.tier_scheme, {}, today};
    s.accounts.reserve(ws.accounts.size());
    for (const Account& a : ws.accounts) s.accounts.push_back(&a);
    return s;
}

WorkspaceSide side_of(const Snapshot& snapshot) {
    WorkspaceSide s{&snapshot.team, &snapshot.criteria, &snapshot.tier_scheme, {}, snapshot.taken};
    s.accounts.reserve(snapshot.accounts.size());
    for (const auto& a : snapshot.accounts) s.accounts.push_back(a.get());
    return s;
}

namespace {

// What both sides need to name things and to score: each side's own team, criteria and tiers.
struct Sides {
    const WorkspaceSide &before, &after;
    Scorer before_scorer, after_scorer;
    bool same_selection;   // the same criteria and tiers: an unchanged account keeps its score and tier
    Sides(const WorkspaceSide& b, const WorkspaceSide& a)
        : before(b), after(a), before_scorer(*b.criteria, b.tier_scheme->missing), after_scorer(*a.criteria, a.tier_scheme->missing),
          same_selection(*b.criteria == *a.criteria && *b.tier_scheme == *a.tier_scheme) {}
};

std::string person_name(const Sides& s, const Id& id) {
    for (const std::vector<Person>* team : {s.after.team, s.before.team})
        for (const Person& p : *team)
            if (p.id == id) return p.name;
    return id;
}

std::string contact_name(const Account& a, const Id& id) {
    const Contact* c = a.find_contact(id);
    return c ? c->name : id;
}

std::string tier_name(const TierScheme& scheme, int tier) {
    return tier >= 0 && tier < (int)scheme.tiers.size() ? scheme.tiers[(size_t)tier].name : std::string("no tier");
}

std::string score_text(const AccountScore& s) {
    if (!s.has_total) return "none";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f", s.total);
    return text;
}

std::string arrow(std::string_view from, std::string_view to) { return std::string(from) + " -> " + std::string(to); }

struct Collector {
    std::vector<Change>& out;
    const Id& account;
    void add(ChangeKind kind, std::string text, const Id& contact = {}) { out.push_back({kind, account, contact, std::move(text)}); }
};

void compare_selection(const Sides& s, const Account& b, const Account& a, Collector& c) {
    const AccountScore bs = s.before_scorer.score(b), as = s.after_scorer.score(a);
    const AccountTier bt = tier_of(*s.before.tier_scheme, bs, b), at = tier_of(*s.after.tier_scheme, as, a);
    const std::string bn = tier_name(*s.before.tier_scheme, bt.effective), an = tier_name(*s.after.tier_scheme, at.effective);
    const std::string scores = " (score " + arrow(score_text(bs), score_text(as)) + ")";
    if (bn != an) c.add(ChangeKind::TierChanged, "Tier " + arrow(bn, an) + scores);
    else if (bs.has_total != as.has_total || std::fabs(bs.total - as.total) >= 0.5) c.add(ChangeKind::ScoreChanged, "Score " + arrow(score_text(bs), score_text(as)));
}

std::string role_text(const Contact& x) { return std::string(kBuyingRoleLabels[(size_t)x.role % kBuyingRoleLabels.size()]); }
std::string power_text(const Contact& x) {
    std::string text = "power " + std::to_string(x.power);
    if (x.piece != ChessPiece::None) text += ", " + std::string(kChessPieceKeys[(size_t)x.piece % kChessPieceKeys.size()]);
    return text;
}

void compare_contacts(const Account& b, const Account& a, Collector& c) {
    std::unordered_map<std::string_view, const Contact*> before;
    before.reserve(b.contacts.size());
    for (const Contact& x : b.contacts) before.emplace(x.id, &x);
    for (const Contact& x : a.contacts) {
        const auto it = before.find(x.id);
        if (it == before.end()) {
            c.add(ChangeKind::ContactAdded, x.name + " added" + (x.title.empty() ? "" : " (" + x.title + ")"), x.id);
            continue;
        }
        const Contact& y = *it->second;
        if (y.name != x.name) c.add(ChangeKind::ContactRenamed, "Renamed " + arrow(y.name, x.name), x.id);
        if (y.attitude != x.attitude) c.add(ChangeKind::AttitudeChanged, x.name + ": attitude " + arrow(attitude_name(y.attitude), attitude_name(x.attitude)), x.id);
        if (y.power != x.power || y.piece != x.piece) c.add(ChangeKind::PowerChanged, x.name + ": " + arrow(power_text(y), power_text(x)), x.id);
        if (y.role != x.role) c.add(ChangeKind::RoleChanged, x.name + ": role " + arrow(role_text(y), role_text(x)), x.id);
    }
    for (const Contact& y : b.contacts)
        if (!a.find_contact(y.id)) c.add(ChangeKind::ContactGone, y.name + " gone", y.id);
}

void compare_coverage(const Sides& s, const Account& b, const Account& a, Collector& c) {
    std::map<std::pair<std::string_view, std::string_view>, int> before, after;   // (person, contact) -> strength
    for (const Coverage& x : b.coverage) before[{x.person, x.contact}] = x.strength;
    for (const Coverage& x : a.coverage) after[{x.person, x.contact}] = x.strength;
    auto covers = [&](const auto& key, const Account& in, const char* how) {
        return person_name(s, Id(key.first)) + how + contact_name(in, Id(key.second));
    };
    for (const auto& [key, strength] : after) {
        const auto it = before.find(key);
        if (it == before.end()) c.add(ChangeKind::CoverageGained, covers(key, a, " now covers ") + " (strength " + std::to_string(strength) + ")", Id(key.second));
        else if (it->second != strength)
            c.add(strength > it->second ? ChangeKind::CoverageGained : ChangeKind::CoverageLost,
                  covers(key, a, strength > it->second ? " covers more closely " : " covers less closely ") + " (strength " +
                      arrow(std::to_string(it->second), std::to_string(strength)) + ")",
                  Id(key.second));
    }
    for (const auto& [key, strength] : before)
        if (!after.count(key)) c.add(ChangeKind::CoverageLost, covers(key, b, " no longer covers "), Id(key.second));
}

constexpr std::array<const char*, 3> kLineVerbs = {"reports to", "influences", "does not want us to talk to"};

void compare_lines(const Account& b, const Account& a, Collector& c) {
    using Key = std::tuple<std::string_view, std::string_view, LinkKind>;
    std::map<Key, const Link*> before, after;
    for (const Link& l : b.links) before[{l.from, l.to, l.kind}] = &l;
    for (const Link& l : a.links) after[{l.from, l.to, l.kind}] = &l;
    auto line = [&](const Link& l, const Account& in) { return contact_name(in, l.from) + " " + kLineVerbs[(size_t)l.kind % 3] + " " + contact_name(in, l.to); };
    for (const auto& [key, l] : after)
        if (!before.count(key)) c.add(ChangeKind::LineAdded, "New line: " + line(*l, a), l->from);
    for (const auto& [key, l] : before)
        if (!after.count(key)) c.add(ChangeKind::LineRemoved, "Line removed: " + line(*l, b), l->from);
}

// An objective achieved, or gone overdue between the two sides' dates (also in an account nobody
// edited: time alone makes an objective overdue).
void compare_plan(const Sides& s, const Account& b, const Account& a, Collector& c) {
    for (const Objective& o : a.plan.objectives) {
        const bool achieved = o.status == ObjectiveStatus::Achieved;
        if (!achieved && !is_overdue(o, s.after.date)) continue;   // most objectives: no need to find what it was
        const auto it = std::find_if(b.plan.objectives.begin(), b.plan.objectives.end(), [&](const Objective& x) { return x.id == o.id; });
        const Objective* was = it == b.plan.objectives.end() ? nullptr : &*it;
        if (achieved && (!was || was->status != ObjectiveStatus::Achieved))
            c.add(ChangeKind::ObjectiveAchieved, "Objective achieved: " + o.text);
        else if (!achieved && (!was || !is_overdue(*was, s.before.date)))
            c.add(ChangeKind::ObjectiveOverdue, "Objective overdue since " + o.due + ": " + o.text);
    }
}

std::string forecast_text(const std::optional<double>& v) { return v ? short_amount_text(*v) : std::string("none"); }

void compare_forecast(const Account& b, const Account& a, Collector& c) {
    std::map<std::string_view, std::pair<std::optional<double>, std::optional<double>>> months;   // month -> (before, after)
    for (const MonthFigures& m : b.months) months[m.month].first = m.forecast;
    for (const MonthFigures& m : a.months) months[m.month].second = m.forecast;
    std::string text;
    int changed = 0;
    constexpr int kShown = 3;
    for (const auto& [month, v] : months) {
        if (v.first == v.second) continue;
        if (++changed <= kShown) text += (changed > 1 ? ", " : "") + std::string(month) + " " + arrow(forecast_text(v.first), forecast_text(v.second));
    }
    if (changed == 0) return;
    if (changed > kShown) text += " and " + std::to_string(changed - kShown) + " more";
    c.add(ChangeKind::ForecastChanged, "Forecast changed for " + std::to_string(changed) + (changed == 1 ? " month: " : " months: ") + text);
}

// Each part is compared whole first (a vector compare, no allocation): most accounts differ in
// little or nothing, if only in the health history the app keeps month by month.
void compare_accounts(const Sides& s, const Account& b, const Account& a, std::vector<Change>& out) {
    const size_t first = out.size();
    Collector c{out, a.id};
    if (&a != &b || !s.same_selection) {
        if (b.name != a.name) c.add(ChangeKind::AccountRenamed, "Account renamed " + arrow(b.name, a.name));
        if (!s.same_selection || a.scores != b.scores || a.tier_override != b.tier_override) compare_selection(s, b, a, c);
        if (b.stage != a.stage)
            c.add(ChangeKind::StageChanged, "Stage " + arrow(kStageLabels[(size_t)b.stage % kStageLabels.size()], kStageLabels[(size_t)a.stage % kStageLabels.size()]));
        if (b.partnership != a.partnership)
            c.add(ChangeKind::LevelChanged, "Relationship level " + arrow(kPartnershipLevelLabels[(size_t)b.partnership % kPartnershipLevelLabels.size()],
                                                                          kPartnershipLevelLabels[(size_t)a.partnership % kPartnershipLevelLabels.size()]));
        if (a.contacts != b.contacts) compare_contacts(b, a, c);
        if (a.coverage != b.coverage) compare_coverage(s, b, a, c);
        if (a.links != b.links) compare_lines(b, a, c);
        if (a.months != b.months) compare_forecast(b, a, c);
    }
    compare_plan(s, b, a, c);
    std::stable_sort(out.begin() + (std::ptrdiff_t)first, out.end(), [](const Change& x, const Change& y) { return x.kind < y.kind; });
}

}  // namespace

std::vector<Change> compare_sides(const WorkspaceSide& before, const WorkspaceSide& after) {
    const Sides s(before, after);
    std::unordered_map<std::string_view, const Account*> was;
    was.reserve(before.accounts.size());
    for (const Account* a : before.accounts) was.emplace(a->id, a);
    // Most of the time goes into reading every account of both sides, unchanged ones too: in chunks
    // on this thread and the helper, each chunk's changes kept apart and joined in account order.
    constexpr size_t kChunk = 64;
    const size_t count = after.accounts.size(), chunks = (count + kChunk - 1) / kChunk;
    std::vector<std::vector<Change>> parts(chunks);
    parallel_for(chunks, [&](size_t k, int) {
        for (size_t i = k * kChunk; i < std::min(count, (k + 1) * kChunk); i++) {
            const Account* a = after.accounts[i];
            const auto it = was.find(a->id);
            if (it == was.end()) parts[k].push_back({ChangeKind::AccountAdded, a->id, {}, "New account: " + a->name});
            else compare_accounts(s, *it->second, *a, parts[k]);
        }
    });
    std::vector<Change> out;
    for (std::vector<Change>& part : parts) out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    std::unordered_set<std::string_view> still_here;
    still_here.reserve(count);
    for (const Account* a : after.accounts) still_here.insert(a->id);
    for (const Account* b : before.accounts)
        if (!still_here.count(b->id)) out.push_back({ChangeKind::AccountGone, b->id, {}, "Account gone: " + b->name});
    return out;
}

std::vector<Change> compare_again(std::vector<Change> changes, const WorkspaceSide& before, const WorkspaceSide& after,
                                  const std::unordered_set<Id>& changed) {
    // Where each account's changes go: in the order 'after' has the accounts, then the gone ones.
    std::unordered_map<std::string_view, size_t> place;
    place.reserve(after.accounts.size() + before.accounts.size());
    for (size_t i = 0; i < after.accounts.size(); i++) place.emplace(after.accounts[i]->id, i);
    std::unordered_map<std::string_view, const Account*> was;
    for (size_t i = 0; i < before.accounts.size(); i++) {
        place.emplace(before.accounts[i]->id, after.accounts.size() + i);   // kept for one still in 'after'
        if (changed.count(before.accounts[i]->id)) was.emplace(before.accounts[i]->id, before.accounts[i]);
    }
    // An account on neither side (added since, then deleted) has no changes any more.
    std::erase_if(changes, [&](const Change& c) { return changed.count(c.account) || !place.count(c.account); });
    const Sides s(before, after);
    for (const Account* a : after.accounts) {
        if (!changed.count(a->id)) continue;
        const auto it = was.find(a->id);
        if (it == was.end()) changes.push_back({ChangeKind::AccountAdded, a->id, {}, "New account: " + a->name});
        else compare_accounts(s, *it->second, *a, changes);
    }
    for (const auto& [id, b] : was)
        if (place.at(id) >= after.accounts.size()) changes.push_back({ChangeKind::AccountGone, b->id, {}, "Account gone: " + b->name});
    // Into account order, each account's changes staying in their order: one lookup per change.
    std::vector<std::pair<size_t, size_t>> order(changes.size());   // (place, index)
    for (size_t i = 0; i < changes.size(); i++) order[i] = {place.at(changes[i].account), i};
    std::sort(order.begin(), order.end());
    std::vector<Change> sorted;
    sorted.reserve(changes.size());
    for (const auto& [at, i] : order) sorted.push_back(std::move(changes[i]));
    return sorted;
}

MapChanges map_changes(const std::vector<Change>& changes, const WorkspaceSide& before, const Id& account) {
    MapChanges m;
    std::unordered_set<std::string_view> marked;
    for (const Change& c : changes) {
        if (c.account != account || c.contact.empty() || c.kind == ChangeKind::ContactGone) continue;
        if (marked.insert(c.contact).second) m.changed.push_back(c.contact);
    }
    for (const Account* b : before.accounts) {
        if (b->id != account) continue;
        for (const Change& c : changes)
            if (c.account == account && c.kind == ChangeKind::ContactGone)
                if (const Contact* gone = b->find_contact(c.contact)) m.gone.push_back(gone);
    }
    return m;
}

}  // namespace kam

// KAM Canvas: coverage analysis (see coverage_analysis.h).
//
// Index
// [SECTION] Dates
// [SECTION] What we know about each contact
// [SECTION] The rules
// [SECTION] analyse_coverage()
#include "core/relationships/coverage_analysis.h"

#include "core/dates.h"

#include "core/relationships/reporting_tree.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace kam {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] What we know about each contact
//-----------------------------------------------------------------------------

// Strength 0 records that we know someone without a working relationship: it covers nobody.
bool covers(const Coverage& c) { return c.strength > 0; }

struct ContactCoverage {
    std::vector<const Coverage*> relationships;   // working ones only (strength above 0)
    int best = 0;                                 // strongest relationship, 0 when none
    std::string newest;                           // newest valid last-contact date, or empty
};

struct Context {
    const Account& account;
    const Workspace& ws;
    const AnalysisOptions& options;
    std::vector<ContactCoverage> by_contact;
    std::vector<Finding>& out;

    const Contact& contact(int i) const { return account.contacts[i]; }
    std::string person_name(const Id& id) const {
        const Person* p = ws.find_person(id);
        return p ? p->name : id;
    }
    // "Anders Holm (Chief Operating Officer, power 5)"
    std::string who(int i) const {
        const Contact& c = contact(i);
        std::string s = c.name + " (";
        if (!c.title.empty()) s += c.title + ", ";
        return s + "power " + std::to_string(c.power) + ")";
    }
    void add(FindingKind kind, int i, int severity, std::string text, Id person = {}, Id other = {}) {
        out.push_back({kind, i >= 0 ? contact(i).id : Id(), std::move(person), std::move(other), severity, std::move(text)});
    }
};

std::string key_reason(const Contact& c) {
    if (c.role == BuyingRole::DecisionMaker) return "decision maker";
    return c.piece == ChessPiece::King ? "King" : "Queen";
}

//-----------------------------------------------------------------------------
// [SECTION] The rules
//-----------------------------------------------------------------------------

void key_people(Context& cx) {
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const Contact& c = cx.contact((int)i);
        const ContactCoverage& cov = cx.by_contact[i];
        if (!is_key_person(c)) continue;
        if (cov.best == 0)
            cx.add(FindingKind::Uncovered, (int)i, c.power, cx.who((int)i) + ": " + key_reason(c) + ", nobody covers them");
        else if (cov.best <= cx.options.weak_strength)
            cx.add(FindingKind::WeakCoverage, (int)i, c.power,
                   cx.who((int)i) + ": " + key_reason(c) + ", best coverage only " + std::to_string(cov.best) + " of 3");
    }
}

void single_threaded(Context& cx) {
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const auto& relationships = cx.by_contact[i].relationships;
        if (relationships.size() != 1) continue;
        const Id& person = relationships[0]->person;
        cx.add(FindingKind::SingleThreaded, (int)i, cx.contact((int)i).power,
               cx.who((int)i) + ": only " + cx.person_name(person) + " covers them", person);
    }
}

void opponents(Context& cx) {
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const Contact& c = cx.contact((int)i);
        if (c.power < cx.options.opponent_power || c.attitude > cx.options.opponent_attitude) continue;
        cx.add(FindingKind::Opponent, (int)i, c.power * 10 - c.attitude,
               cx.who((int)i) + ": against us (attitude " + std::to_string(c.attitude) + ")");
    }
}

// A conflict line from A to B says A does not want us to talk to B. A blocked path is a
// working relationship (strength above 0) of one of our people P with B: by talking to B we
// cross A's line and risk A. One finding per (conflict line, P); the most urgent are those
// that risk the most powerful A, then the strongest relationship with B.
void blocked_paths(Context& cx, const std::unordered_map<std::string_view, int>& index) {
    for (const Link& link : cx.account.links) {
        if (link.kind != LinkKind::Conflict) continue;
        auto from = index.find(link.from), to = index.find(link.to);
        if (from == index.end() || to == index.end() || from->second == to->second) continue;
        const Contact& objector = cx.contact(from->second);
        for (const Coverage* c : cx.by_contact[to->second].relationships)
            cx.add(FindingKind::BlockedPath, to->second, objector.power * 10 + c->strength,
                   cx.person_name(c->person) + " talks to " + cx.contact(to->second).name + ", but " + objector.name +
                       " (power " + std::to_string(objector.power) + ") does not want us to",
                   c->person, objector.id);
    }
}

// The automatic limit: half as much again as a fair share of the account's relationships
// (over the account team and anyone else covering here), and never below 5, so a small team
// with a handful of contacts each is not flagged.
int overload_limit(const Context& cx, const std::unordered_map<std::string_view, int>& load) {
    if (cx.options.overload_limit > 0) return cx.options.overload_limit;
    size_t relationships = 0, people = load.size();
    for (const auto& [person, count] : load) relationships += count;
    for (const Id& id : cx.account.team)
        if (!load.count(id)) people++;
    const int fair_share = people ? (int)std::ceil((double)relationships / people) : 0;
    return std::max(5, (fair_share * 3 + 1) / 2);
}

void overloaded(Context& cx) {
    std::unordered_map<std::string_view, int> load;   // person -> contacts covered
    std::vector<Id> order;                            // first appearance: deterministic output
    for (const ContactCoverage& cov : cx.by_contact)
        for (const Coverage* c : cov.relationships)
            if (load[c->person]++ == 0) order.push_back(c->person);
    const int limit = overload_limit(cx, load);
    for (const Id& person : order) {
        const int count = load[person];
        if (count > limit)
            cx.add(FindingKind::Overloaded, -1, count,
                   cx.person_name(person) + " covers " + std::to_string(count) + " contacts (more than " + std::to_string(limit) + ")",
                   person);
    }
}

void stale(Context& cx, CoverageAnalysis& result) {
    const auto today = day_number(cx.options.today);
    if (!today) {
        result.warning = "The check for recent contact was skipped: today's date \"" + cx.options.today + "\" is not a date.";
        return;
    }
    // Most urgent: the most powerful, then the longest silent (no date at all counts as longest).
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const ContactCoverage& cov = cx.by_contact[i];
        if (cov.relationships.empty()) continue;   // nobody covers them: other rules speak about that
        const int power = cx.contact((int)i).power;
        if (cov.newest.empty()) {
            cx.add(FindingKind::Stale, (int)i, power * 100000 + 99999, cx.who((int)i) + ": no contact date recorded");
            continue;
        }
        const long days = *today - *day_number(cov.newest);
        if (days > cx.options.stale_days)
            cx.add(FindingKind::Stale, (int)i, power * 100000 + (int)std::min(days, 99998L),
                   cx.who((int)i) + ": last contact " + cov.newest + " (" + std::to_string(days) + " days ago)");
    }
}

// Our senior executives should have relationships with theirs: each top person (level 0-1, or
// power 4-5) needs a working relationship with one of our executives.
void executive_coverage(Context& cx) {
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const Contact& c = cx.contact((int)i);
        if (c.level > 1 && c.power < 4) continue;
        const auto& rels = cx.by_contact[i].relationships;
        const bool executive = std::any_of(rels.begin(), rels.end(), [&](const Coverage* r) {
            const Person* p = cx.ws.find_person(r->person);
            return p && p->seniority == Seniority::Executive;
        });
        if (!executive) cx.add(FindingKind::NoExecutive, (int)i, c.power * 10 + (9 - std::min(c.level, 9)),
                               cx.who((int)i) + ": no executive of ours has a relationship with them");
    }
}

// The relationship development plan: targets past their date and not reached, and decision makers
// nobody has set a target for.
void development(Context& cx) {
    for (size_t i = 0; i < cx.account.contacts.size(); i++) {
        const Contact& c = cx.contact((int)i);
        const Development& d = c.development;
        const std::string target(kRelationshipLevelLabels[(size_t)d.target]);
        if (d.has_target() && !d.reached() && !d.by.empty() && !cx.options.today.empty() && d.by < cx.options.today)
            cx.add(FindingKind::TargetOverdue, (int)i, c.power, cx.who((int)i) + ": " + target + " by " + d.by + ", still " +
                   std::string(kRelationshipLevelLabels[(size_t)d.now]), d.developer);
        if (c.role == BuyingRole::DecisionMaker && !d.has_target())
            cx.add(FindingKind::NoTarget, (int)i, c.power, cx.who((int)i) + ": decision maker, no development target");
    }
}

}  // namespace

bool is_key_person(const Contact& c) {
    return c.role == BuyingRole::DecisionMaker || c.piece == ChessPiece::King || c.piece == ChessPiece::Queen;
}

//-----------------------------------------------------------------------------
// [SECTION] analyse_coverage()
//-----------------------------------------------------------------------------

CoverageAnalysis analyse_coverage(const Account& account, const Workspace& ws, const AnalysisOptions& options) {
    CoverageAnalysis result;
    Context cx{account, ws, options, std::vector<ContactCoverage>(account.contacts.size()), result.findings};
    const auto index = contact_index(account);
    for (const Coverage& c : account.coverage) {
        auto it = index.find(c.contact);
        if (it == index.end() || !covers(c) || !ws.find_person(c.person)) continue;
        ContactCoverage& cov = cx.by_contact[it->second];
        cov.relationships.push_back(&c);
        cov.best = std::max(cov.best, c.strength);
        if (day_number(c.last_contact) && c.last_contact > cov.newest) cov.newest = c.last_contact;   // ISO dates sort as text
    }

    key_people(cx);
    single_threaded(cx);
    opponents(cx);
    blocked_paths(cx, index);
    overloaded(cx);
    stale(cx, result);
    executive_coverage(cx);
    development(cx);

    std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
        return a.kind != b.kind ? a.kind < b.kind : a.severity > b.severity;
    });
    for (const Finding& f : result.findings) result.counts[(size_t)f.kind]++;
    return result;
}

}  // namespace kam

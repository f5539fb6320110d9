// KAM Canvas: workspace rules.
//
// Index
// [SECTION] Dates and small helpers
// [SECTION] Validator
// [SECTION] Public functions
//
// Paths are built only when a problem is found: a big workspace (150,000 contacts) is checked on every load,
// and building a path string for every field would cost more than the checks themselves.
#include "core/io/validate.h"

#include "core/parallel.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_set>
#include <functional>
#include <utility>

namespace kam {

//-----------------------------------------------------------------------------
// [SECTION] Dates and small helpers
//-----------------------------------------------------------------------------

static bool parse_digits(std::string_view text, size_t pos, size_t count, int& out) {
    out = 0;
    for (size_t i = pos; i < pos + count; i++) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

bool is_valid_month(std::string_view text) {
    int year, month;
    return text.size() == 7 && text[4] == '-' && parse_digits(text, 0, 4, year) && parse_digits(text, 5, 2, month) &&
           year >= 1 && month >= 1 && month <= 12;
}

bool is_valid_date(std::string_view text) {
    int day;
    if (text.size() != 10 || text[7] != '-' || !is_valid_month(text.substr(0, 7)) || !parse_digits(text, 8, 2, day))
        return false;
    int year = 0, month = 0;
    parse_digits(text, 0, 4, year);
    parse_digits(text, 5, 2, month);
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day >= 1 && day <= days;
}

static std::string range_message(long long lo, long long hi, long long got) {
    return "expected " + std::to_string(lo) + ".." + std::to_string(hi) + ", got " + std::to_string(got);
}

static constexpr const char* kMustNotBeEmpty = "must not be empty";

template <typename Enum, size_t N>
static bool enum_in_range(const std::array<std::string_view, N>&, Enum e) {
    return static_cast<size_t>(e) < N;
}

// Calls report(later, first) for every item whose key repeats an earlier one. Sorting (rather than a hash set
// per account) keeps this allocation-free once the scratch vector has grown.
template <typename Key, typename Report>
static void for_each_duplicate(std::vector<std::pair<Key, int>>& keyed, Report&& report) {
    std::sort(keyed.begin(), keyed.end());
    for (size_t i = 1, first = 0; i < keyed.size(); i++) {
        if (keyed[i].first == keyed[first].first) report(keyed[i].second, keyed[first].second);
        else first = i;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Validator
//-----------------------------------------------------------------------------

namespace {

enum class IdKind : uint8_t { Person, Criterion, Account, Contact };
constexpr const char* kIdKindNames[] = {"person", "criterion", "account", "contact"};

// Where an id was first seen; enough to rebuild its path and to check what it names.
struct IdPlace {
    IdKind kind;
    int account;   // the account of a contact; -1 otherwise
    int index;
};

std::string account_path(int a) { return "/accounts/" + std::to_string(a); }

std::string id_path(const IdPlace& p) {
    switch (p.kind) {
    case IdKind::Person: return "/team/" + std::to_string(p.index) + "/id";
    case IdKind::Criterion: return "/criteria/" + std::to_string(p.index) + "/id";
    case IdKind::Account: return account_path(p.index) + "/id";
    case IdKind::Contact: return account_path(p.account) + "/contacts/" + std::to_string(p.index) + "/id";
    }
    return "/";
}

// Ids -> where they were first seen. Open addressing with the hash kept in the slot: std::unordered_map's node
// chasing was half the time of validating a 150,000-contact workspace.
class IdTable {
public:
    // Empties the table, ready for up to `count` ids.
    void reset(size_t count) {
        size_t capacity = 16;
        while (capacity < count * 2) capacity *= 2;   // at most half full: probes stay short
        slots_.assign(capacity, Slot{});
        entries_.clear();
        entries_.reserve(count);
    }
    // Adds id unless present; returns where it was first added, and whether that is now.
    std::pair<const IdPlace*, bool> add(std::string_view id, IdPlace place) {
        const uint32_t hash = static_cast<uint32_t>(std::hash<std::string_view>()(id));
        size_t i = hash & (slots_.size() - 1);
        for (; slots_[i].entry >= 0; i = (i + 1) & (slots_.size() - 1)) {
            const Entry& entry = entries_[slots_[i].entry];
            if (slots_[i].hash == hash && entry.id == id) return {&entry.place, false};
        }
        slots_[i] = {hash, static_cast<int32_t>(entries_.size())};
        entries_.push_back({id, place});
        return {&entries_.back().place, true};
    }
    const IdPlace* find(std::string_view id) const {
        if (slots_.empty()) return nullptr;
        const uint32_t hash = static_cast<uint32_t>(std::hash<std::string_view>()(id));
        for (size_t i = hash & (slots_.size() - 1); slots_[i].entry >= 0; i = (i + 1) & (slots_.size() - 1))
            if (slots_[i].hash == hash && entries_[slots_[i].entry].id == id) return &entries_[slots_[i].entry].place;
        return nullptr;
    }

private:
    struct Slot {
        uint32_t hash = 0;
        int32_t entry = -1;   // index in entries_; -1 for an empty slot
    };
    struct Entry {
        std::string_view id;
        IdPlace place;
    };
    std::vector<Slot> slots_;
    std::vector<Entry> entries_;   // never reallocates after reset(): add() returns pointers into it
};

// Every id of the workspace, filled first; then only read, by two threads in a large workspace.
struct IdTables {
    IdTable all;                 // every id, all kinds: uniqueness, and what a wrong reference names
    IdTable people, criteria;    // small and hot: most references are to these
};

// From this many accounts, a helper thread checks some of them, taking chunks of this many.
constexpr size_t kAccountsWorthAThread = 1000;
constexpr size_t kAccountsPerChunk = 64;

class Validator {
public:
    explicit Validator(const Workspace& ws) : Validator(ws, own_ids_) {}
    std::vector<Problem> run();

private:
    // A helper's validator: the same workspace and the ids the main one claimed.
    Validator(const Workspace& ws, const IdTables& ids) : ws_(ws), ids_(ids) {}

    const Workspace& ws_;
    IdTables own_ids_;
    const IdTables& ids_;              // own_ids_, or those of the validator this one helps
    std::vector<Problem> problems_;
    // Scratch space reused across accounts: the account's contacts by id (sorted), and keys for duplicate checks.
    IdTable contacts_;
    std::vector<std::pair<std::string_view, int>> single_keys_;
    std::vector<std::pair<std::pair<int, int>, int>> pair_keys_;
    std::vector<std::pair<std::tuple<int, int, int>, int>> link_keys_;

    void add(std::string path, std::string message) { problems_.push_back({std::move(path), std::move(message)}); }
    void claim_id(const Id& id, IdPlace place);
    int find(const Id& id, IdKind kind) const;
    std::string unresolved(const Id& id, IdKind kind) const;
    template <typename PathFn> int check_ref(const Id& id, IdKind kind, bool optional, PathFn&& path);
    template <typename PathFn> void check_range(long long v, long long lo, long long hi, PathFn&& path);
    template <typename PathFn> void check_date(const std::string& date, bool optional, PathFn&& path);
    template <typename PathFn> void check_finite(double v, PathFn&& path);

    void claim_ids();
    void check_accounts(size_t begin, size_t end);
    void check_snapshots();
    void check_team();
    void check_criteria();
    void check_tier_scheme();
    void check_account(int a);
    void check_contacts(int a);
    void check_links(int a);
    void check_coverage(int a);
    void check_plan(int a);
    void check_swot(int a, const char* list, const std::vector<SwotItem>& items);
    template <typename At>
    void check_cell_link(const Plan& plan, const SwotItem& item, const At& at);
    void check_whitespace(int a);
    void check_offerings();
    void check_figures_and_reviews(int a);
    void check_investigations(int a);
    void check_health_history(int a);
    void check_review_settings(const std::string& base, const std::string& currency, const DeviationRules* rules,
                               const std::optional<int>* cadence);
};

std::vector<Problem> Validator::run() {
    size_t id_count = ws_.team.size() + ws_.criteria.size() + ws_.accounts.size();
    for (const Account& a : ws_.accounts) id_count += a.contacts.size();
    own_ids_.all.reset(id_count);
    own_ids_.people.reset(ws_.team.size());
    own_ids_.criteria.reset(ws_.criteria.size());
    // All ids first (in document order, so "also at" names the earlier one): then a reference to a contact
    // of another account is recognised as such wherever the two accounts are.
    claim_ids();
    check_team();
    check_criteria();
    check_tier_scheme();
    check_offerings();
    const ReviewDefaults& defaults = ws_.review_defaults;
    std::optional<int> cadence[kReviewKinds];
    for (size_t k = 0; k < kReviewKinds; k++) cadence[k] = defaults.cadence[k];
    if (defaults.currency.empty()) add("/review_defaults/currency", kMustNotBeEmpty);
    check_review_settings("/review_defaults", defaults.currency, &defaults.deviation_rules, cadence);
    for (FieldProblem& p : health_rules_problems(ws_.health_rules)) add("/health_rules/" + p.field, std::move(p.message));
    check_snapshots();
    const size_t count = ws_.accounts.size();
    if (count < kAccountsWorthAThread) {
        check_accounts(0, count);
        return std::move(problems_);
    }
    // In chunks that this thread and the helper take as each is free (see parallel_for): each chunk's
    // problems are kept apart, then joined in document order.
    Validator helper(ws_, ids_);
    Validator* workers[2] = {this, &helper};
    const size_t chunks = (count + kAccountsPerChunk - 1) / kAccountsPerChunk;
    std::vector<std::vector<Problem>> found(chunks);
    std::vector<Problem> problems = std::move(problems_);   // of the workspace's other sections
    parallel_for(chunks, [&](size_t c, int worker) {
        Validator& v = *workers[worker];
        v.check_accounts(c * kAccountsPerChunk, std::min(count, (c + 1) * kAccountsPerChunk));
        found[c] = std::exchange(v.problems_, {});
    });
    for (std::vector<Problem>& chunk : found)
        for (Problem& p : chunk) problems.push_back(std::move(p));
    return problems;
}

void Validator::check_accounts(size_t begin, size_t end) {
    for (size_t a = begin; a < end; a++) check_account(static_cast<int>(a));
}

void Validator::claim_id(const Id& id, IdPlace place) {
    if (id.empty()) {
        add(id_path(place), kMustNotBeEmpty);
        return;
    }
    auto [first, added] = own_ids_.all.add(id, place);
    if (!added) add(id_path(place), "duplicate id " + quote(id) + " (also at " + id_path(*first) + ")");
    if (place.kind == IdKind::Person) own_ids_.people.add(id, place);
    if (place.kind == IdKind::Criterion) own_ids_.criteria.add(id, place);
}

// Index of what id names: the person in ws.team, the criterion, or the contact in the current account
// (contacts_ holds those); -1 when it names nothing of that kind.
int Validator::find(const Id& id, IdKind kind) const {
    if (kind == IdKind::Contact) {
        const IdPlace* place = contacts_.find(id);
        return place ? place->index : -1;
    }
    const IdPlace* place = (kind == IdKind::Person ? ids_.people : ids_.criteria).find(id);
    return place ? place->index : -1;
}

// Why find() failed.
std::string Validator::unresolved(const Id& id, IdKind kind) const {
    const IdPlace* place = ids_.all.find(id);
    if (kind == IdKind::Contact && place && place->kind == IdKind::Contact)
        return "contact " + quote(id) + " belongs to another account (" + account_path(place->account) + ")";
    return "unknown " + std::string(kIdKindNames[static_cast<int>(kind)]) + " id " + quote(id);
}

// Index of what the reference names (see find), or -1 after reporting why it names nothing.
template <typename PathFn>
int Validator::check_ref(const Id& id, IdKind kind, bool optional, PathFn&& path) {
    if (id.empty()) {
        if (!optional) add(path(), kMustNotBeEmpty);
        return -1;
    }
    const int index = find(id, kind);
    if (index < 0) add(path(), unresolved(id, kind));
    return index;
}

template <typename PathFn>
void Validator::check_range(long long v, long long lo, long long hi, PathFn&& path) {
    if (v < lo || v > hi) add(path(), range_message(lo, hi, v));
}

template <typename PathFn>
void Validator::check_date(const std::string& date, bool optional, PathFn&& path) {
    if (date.empty() && optional) return;
    if (date.empty()) add(path(), "missing date (expected YYYY-MM-DD)");
    else if (!is_valid_date(date)) add(path(), "expected a date YYYY-MM-DD, got " + quote(date));
}

template <typename PathFn>
void Validator::check_finite(double v, PathFn&& path) {
    if (!std::isfinite(v)) add(path(), "expected a finite number, got " + format_number(v));
}

// A snapshot is what the workspace was: its accounts are checked as they were read, not against the
// rules of now (a contact may name a team member who has left since). Its own ids must hold.
void Validator::check_snapshots() {
    std::unordered_set<std::string_view> ids;
    for (size_t i = 0; i < ws_.snapshots.size(); i++) {
        const Snapshot& s = ws_.snapshots[i];
        const std::string at = "/snapshots/" + std::to_string(i);
        if (s.id.empty()) add(at + "/id", kMustNotBeEmpty);
        else if (!ids.insert(s.id).second) add(at + "/id", "duplicate snapshot id " + quote(s.id));
        check_date(s.taken, false, [&] { return at + "/taken"; });
        std::unordered_set<std::string_view> accounts;
        for (size_t k = 0; k < s.accounts.size(); k++) {
            const Id& id = s.accounts[k]->id;
            if (id.empty()) add(at + "/accounts/" + std::to_string(k) + "/id", kMustNotBeEmpty);
            else if (!accounts.insert(id).second) add(at + "/accounts/" + std::to_string(k) + "/id", "the snapshot holds account " + quote(id) + " twice");
        }
    }
}

void Validator::claim_ids() {
    for (size_t i = 0; i < ws_.team.size(); i++) claim_id(ws_.team[i].id, {IdKind::Person, -1, static_cast<int>(i)});
    for (size_t i = 0; i < ws_.criteria.size(); i++)
        claim_id(ws_.criteria[i].id, {IdKind::Criterion, -1, static_cast<int>(i)});
    for (size_t a = 0; a < ws_.accounts.size(); a++) {
        claim_id(ws_.accounts[a].id, {IdKind::Account, -1, static_cast<int>(a)});
        for (size_t i = 0; i < ws_.accounts[a].contacts.size(); i++)
            claim_id(ws_.accounts[a].contacts[i].id, {IdKind::Contact, static_cast<int>(a), static_cast<int>(i)});
    }
}

void Validator::check_team() {
    for (size_t i = 0; i < ws_.team.size(); i++) {
        if (ws_.team[i].name.empty()) add("/team/" + std::to_string(i) + "/name", kMustNotBeEmpty);
        if (!enum_in_range(kSeniorityKeys, ws_.team[i].seniority)) add("/team/" + std::to_string(i) + "/seniority", "unknown seniority");
    }
}

void Validator::check_criteria() {
    bool any_positive = false;
    for (size_t i = 0; i < ws_.criteria.size(); i++) {
        const Criterion& c = ws_.criteria[i];
        auto at = [&](const char* field) { return "/criteria/" + std::to_string(i) + "/" + field; };
        if (c.name.empty()) add(at("name"), kMustNotBeEmpty);
        if (!(c.weight >= 0) || std::isinf(c.weight))
            add(at("weight"), "expected a finite number >= 0, got " + format_number(c.weight));
        else if (c.weight > 0)
            any_positive = true;
        if (!enum_in_range(kAxisKeys, c.axis)) add(at("axis"), "unknown axis");
    }
    // Shares are weight / sum of weights: with every weight at zero no account could be scored.
    if (!ws_.criteria.empty() && !any_positive) add("/criteria", "at least one criterion needs a weight above 0");
}

void Validator::check_tier_scheme() {
    const std::vector<Tier>& tiers = ws_.tier_scheme.tiers;
    single_keys_.clear();
    for (size_t i = 0; i < tiers.size(); i++) {
        auto at = [&](const char* field) { return "/tier_scheme/tiers/" + std::to_string(i) + "/" + field; };
        const double score = tiers[i].min_score;
        if (tiers[i].name.empty()) add(at("name"), kMustNotBeEmpty);
        else single_keys_.push_back({tiers[i].name, static_cast<int>(i)});
        if (!(score >= 0 && score <= 100)) {
            add(at("min_score"), "expected 0..100, got " + format_number(score));
        } else if (i > 0 && tiers[i - 1].min_score >= 0 && tiers[i - 1].min_score <= 100 &&
                   score >= tiers[i - 1].min_score) {
            // Best tier first: an account takes the first tier whose threshold it reaches.
            add(at("min_score"), "expected below " + format_number(tiers[i - 1].min_score) +
                                     " (the tier above), got " + format_number(score));
        }
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add("/tier_scheme/tiers/" + std::to_string(later) + "/name",
            "duplicate tier name " + quote(tiers[later].name) + " (also at /tier_scheme/tiers/" +
                std::to_string(first) + "/name)");
    });
    if (!enum_in_range(kMissingScoresKeys, ws_.tier_scheme.missing)) add("/tier_scheme/missing", "unknown value");
    if (ws_.tier_scheme.top_tier_capacity < 0)
        add("/tier_scheme/top_tier_capacity",
            "expected >= 0, got " + std::to_string(ws_.tier_scheme.top_tier_capacity));
}

void Validator::check_account(int ai) {
    const Account& a = ws_.accounts[ai];
    const std::string base = account_path(ai);
    auto at = [&](std::string_view field) { return base + "/" + std::string(field); };
    contacts_.reset(a.contacts.size());   // the first of duplicate ids wins, as in ids_.all
    for (size_t i = 0; i < a.contacts.size(); i++)
        contacts_.add(a.contacts[i].id, {IdKind::Contact, ai, static_cast<int>(i)});
    if (a.name.empty()) add(at("name"), kMustNotBeEmpty);
    if (a.industry_rank < 0) add(at("industry_rank"), "expected >= 0, got " + std::to_string(a.industry_rank));
    check_ref(a.manager, IdKind::Person, true, [&] { return at("manager"); });
    check_ref(a.mentor, IdKind::Person, true, [&] { return at("mentor"); });
    single_keys_.clear();
    for (size_t i = 0; i < a.team.size(); i++) {
        check_ref(a.team[i], IdKind::Person, false, [&] { return at("team/" + std::to_string(i)); });
        single_keys_.push_back({a.team[i], static_cast<int>(i)});
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(at("team/" + std::to_string(later)),
            quote(a.team[later]) + " is listed twice (also at " + at("team/" + std::to_string(first)) + ")");
    });
    if (!enum_in_range(kStageKeys, a.stage)) add(at("stage"), "unknown stage");
    if (!enum_in_range(kPartnershipLevelKeys, a.partnership)) add(at("partnership"), "unknown relationship level");
    for (size_t i = 0; i < a.stage_history.size(); i++)
        check_date(a.stage_history[i].date, false, [&] { return at("stage_history/" + std::to_string(i) + "/date"); });
    for (size_t i = 0; i < a.level_history.size(); i++)
        check_date(a.level_history[i].date, false, [&] { return at("level_history/" + std::to_string(i) + "/date"); });
    check_finite(a.annual_sales, [&] { return at("annual_sales"); });
    for (const auto& entry : a.scores) {
        const Id& criterion = entry.first;   // not a structured binding: clang 14 cannot capture one
        const double score = entry.second;
        auto path = [&] { return at("scores/" + pointer_token(criterion)); };
        check_ref(criterion, IdKind::Criterion, false, path);
        if (std::string problem = score_problem(score); !problem.empty()) add(path(), std::move(problem));
    }
    if (a.tier_override) {
        const std::vector<Tier>& tiers = ws_.tier_scheme.tiers;
        const std::string& tier = a.tier_override->tier;
        bool known = std::any_of(tiers.begin(), tiers.end(), [&](const Tier& t) { return t.name == tier; });
        if (tier.empty()) add(at("tier_override/tier"), kMustNotBeEmpty);
        else if (!known) add(at("tier_override/tier"), "unknown tier " + quote(tier));
        if (a.tier_override->reason.empty())
            add(at("tier_override/reason"), "must not be empty (say why the tier is overridden)");
    }
    check_contacts(ai);
    check_links(ai);
    check_coverage(ai);
    check_plan(ai);
    check_figures_and_reviews(ai);
}

void Validator::check_contacts(int ai) {
    const Account& a = ws_.accounts[ai];
    for (size_t i = 0; i < a.contacts.size(); i++) {
        const Contact& c = a.contacts[i];
        auto at = [&](const char* field) {
            return account_path(ai) + "/contacts/" + std::to_string(i) + "/" + field;
        };
        if (c.name.empty()) add(at("name"), kMustNotBeEmpty);
        if (c.level < 0) add(at("level"), "expected >= 0, got " + std::to_string(c.level));
        if (!enum_in_range(kBuyingRoleKeys, c.role)) add(at("role"), "unknown buying role");
        if (!enum_in_range(kChessPieceKeys, c.piece)) add(at("piece"), "unknown chess piece");
        check_range(c.power, kPowerMin, kPowerMax, [&] { return at("power"); });
        check_range(c.attitude, kAttitudeMin, kAttitudeMax, [&] { return at("attitude"); });
        check_finite(c.x, [&] { return at("x"); });
        check_finite(c.y, [&] { return at("y"); });
        if (c.development != Development{}) {
            const Development& d = c.development;
            if (!enum_in_range(kRelationshipLevelKeys, d.now)) add(at("development/now"), "unknown relationship level");
            if (!enum_in_range(kRelationshipLevelKeys, d.target)) add(at("development/target"), "unknown relationship level");
            check_ref(d.developer, IdKind::Person, true, [&] { return at("development/developer"); });
            check_date(d.by, true, [&] { return at("development/by"); });
        }
    }
}

void Validator::check_links(int ai) {
    const Account& a = ws_.accounts[ai];
    auto at = [&](size_t i) { return account_path(ai) + "/links/" + std::to_string(i); };
    link_keys_.clear();
    for (size_t i = 0; i < a.links.size(); i++) {
        const Link& l = a.links[i];
        const int from = check_ref(l.from, IdKind::Contact, false, [&] { return at(i) + "/from"; });
        const int to = check_ref(l.to, IdKind::Contact, false, [&] { return at(i) + "/to"; });
        if (!l.from.empty() && l.from == l.to) add(at(i), "a link from a contact to itself (" + quote(l.from) + ")");
        if (!enum_in_range(kLinkKindKeys, l.kind)) add(at(i) + "/kind", "unknown link kind");
        check_range(l.strength, kLinkStrengthMin, kLinkStrengthMax, [&] { return at(i) + "/strength"; });
        if (from >= 0 && to >= 0) link_keys_.push_back({{from, to, static_cast<int>(l.kind)}, static_cast<int>(i)});
    }
    for_each_duplicate(link_keys_, [&](int later, int first) {
        add(at(later), "duplicate link (also at " + at(first) + ")");
    });
}

void Validator::check_coverage(int ai) {
    const Account& a = ws_.accounts[ai];
    auto at = [&](size_t i) { return account_path(ai) + "/coverage/" + std::to_string(i); };
    pair_keys_.clear();
    for (size_t i = 0; i < a.coverage.size(); i++) {
        const Coverage& c = a.coverage[i];
        const int person = check_ref(c.person, IdKind::Person, false, [&] { return at(i) + "/person"; });
        const int contact = check_ref(c.contact, IdKind::Contact, false, [&] { return at(i) + "/contact"; });
        check_range(c.strength, kCoverageMin, kCoverageMax, [&] { return at(i) + "/strength"; });
        check_date(c.last_contact, true, [&] { return at(i) + "/last_contact"; });
        if (person >= 0 && contact >= 0) pair_keys_.push_back({{person, contact}, static_cast<int>(i)});
    }
    for_each_duplicate(pair_keys_, [&](int later, int first) {
        add(at(later), "duplicate coverage of " + quote(a.coverage[later].contact) + " by " +
                           quote(a.coverage[later].person) + " (also at " + at(first) + ")");
    });
}

// An objective of the account's plan, by id: its index, or -1 (with the problem reported).
template <typename PathFn>
static int objective_index(const Plan& plan, const Id& id, PathFn&& path, std::vector<Problem>& problems) {
    for (size_t i = 0; i < plan.objectives.size(); i++)
        if (plan.objectives[i].id == id) return static_cast<int>(i);
    problems.push_back({path(), "unknown objective id " + quote(id) + " (not in this account's plan)"});
    return -1;
}

// A link to a cell names one of the account's units and one of our offerings.
template <typename At>
void Validator::check_cell_link(const Plan& plan, const SwotItem& item, const At& at) {
    if (!plan.find_unit(item.target))
        add(at("target"), "unknown unit id " + quote(item.target) + " (not in this account's plan)");
    if (!ws_.find_offering(item.offering))
        add(at("offering"), "unknown offering id " + quote(item.offering));
}

void Validator::check_swot(int ai, const char* list, const std::vector<SwotItem>& items) {
    const Plan& plan = ws_.accounts[ai].plan;
    for (size_t i = 0; i < items.size(); i++) {
        const SwotItem& item = items[i];
        auto at = [&](const char* field) {
            return account_path(ai) + "/plan/" + list + "/" + std::to_string(i) + "/" + field;
        };
        if (!enum_in_range(kVisibilityKeys, item.visibility)) add(at("visibility"), "unknown visibility");
        if (item.link == ItemLink::Contact) check_ref(item.target, IdKind::Contact, false, [&] { return at("target"); });
        else if (item.link == ItemLink::Objective && item.target.empty()) add(at("target"), kMustNotBeEmpty);
        else if (item.link == ItemLink::Objective) objective_index(plan, item.target, [&] { return at("target"); }, problems_);
        else if (item.link == ItemLink::Cell) check_cell_link(plan, item, at);
        else if (item.link != ItemLink::None) add(at("link"), "unknown link");
    }
}

void Validator::check_offerings() {
    single_keys_.clear();
    for (size_t i = 0; i < ws_.offerings.size(); i++) {
        const Offering& o = ws_.offerings[i];
        auto at = [&](const char* field) { return "/offerings/" + std::to_string(i) + "/" + field; };
        if (o.id.empty()) add(at("id"), kMustNotBeEmpty);
        else single_keys_.push_back({o.id, static_cast<int>(i)});
        if (o.name.empty()) add(at("name"), kMustNotBeEmpty);
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add("/offerings/" + std::to_string(later) + "/id", "duplicate offering id " + quote(ws_.offerings[later].id) +
                                                             " (also at /offerings/" + std::to_string(first) + "/id)");
    });
}

// The grid's rows are the account's units, its columns the workspace's offerings; one cell each at most.
void Validator::check_whitespace(int ai) {
    const Plan& plan = ws_.accounts[ai].plan;
    const std::string base = account_path(ai) + "/plan/";
    single_keys_.clear();
    for (size_t i = 0; i < plan.units.size(); i++) {
        const BusinessUnit& u = plan.units[i];
        if (u.id.empty()) add(base + "units/" + std::to_string(i) + "/id", kMustNotBeEmpty);
        else single_keys_.push_back({u.id, static_cast<int>(i)});
        if (u.name.empty()) add(base + "units/" + std::to_string(i) + "/name", kMustNotBeEmpty);
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(base + "units/" + std::to_string(later) + "/id", "duplicate unit id " + quote(plan.units[later].id) +
                                                                " (also at " + base + "units/" + std::to_string(first) + "/id)");
    });
    std::vector<std::pair<std::pair<std::string_view, std::string_view>, int>> cells;
    for (size_t i = 0; i < plan.whitespace.size(); i++) {
        const WhitespaceCell& c = plan.whitespace[i];
        auto at = [&](const std::string& field) { return base + "whitespace/" + std::to_string(i) + "/" + field; };
        if (!plan.find_unit(c.unit)) add(at("unit"), "unknown unit id " + quote(c.unit) + " (not in this account's plan)");
        if (!ws_.find_offering(c.offering)) add(at("offering"), "unknown offering id " + quote(c.offering));
        if (!enum_in_range(kCellStatusKeys, c.status)) add(at("status"), "unknown status");
        if (!(c.value >= 0) || std::isinf(c.value)) add(at("value"), "expected a finite number >= 0, got " + format_number(c.value));
        for (size_t k = 0; k < c.contacts.size(); k++)
            check_ref(c.contacts[k], IdKind::Contact, false, [&] { return at("contacts/" + std::to_string(k)); });
        cells.push_back({{c.unit, c.offering}, static_cast<int>(i)});
    }
    for_each_duplicate(cells, [&](int later, int first) {
        add(base + "whitespace/" + std::to_string(later), "a second cell for the same unit and offering (also at " + base +
                                                              "whitespace/" + std::to_string(first) + ")");
    });
}

void Validator::check_plan(int ai) {
    const Plan& plan = ws_.accounts[ai].plan;
    const std::string base = account_path(ai) + "/plan/";
    auto item_at = [&](const char* list, size_t i, const char* field) {
        return base + list + "/" + std::to_string(i) + "/" + field;
    };
    check_date(plan.valid_until, true, [&] { return base + "valid_until"; });
    if (!enum_in_range(kPlanStatusKeys, plan.status)) add(base + "status", "unknown plan status");
    single_keys_.clear();
    for (size_t i = 0; i < plan.agreed.size(); i++) {
        const Agreement& agreement = plan.agreed[i];
        check_ref(agreement.person, IdKind::Person, false, [&] { return item_at("agreed", i, "person"); });
        check_date(agreement.date, true, [&] { return item_at("agreed", i, "date"); });
        single_keys_.push_back({agreement.person, static_cast<int>(i)});
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(item_at("agreed", later, "person"), quote(plan.agreed[later].person) + " agreed twice (also at " +
                                                    item_at("agreed", first, "person") + ")");
    });
    for (size_t i = 0; i < plan.competitors.size(); i++) {
        if (plan.competitors[i].name.empty()) add(item_at("competitors", i, "name"), kMustNotBeEmpty);
        if (!enum_in_range(kThreatLevelKeys, plan.competitors[i].threat)) add(item_at("competitors", i, "threat"), "unknown threat");
    }
    check_swot(ai, "strengths", plan.strengths);
    check_swot(ai, "weaknesses", plan.weaknesses);
    check_swot(ai, "opportunities", plan.opportunities);
    check_swot(ai, "threats", plan.threats);
    for (size_t i = 0; i < plan.value_added.size(); i++) {
        const ValueItem& v = plan.value_added[i];
        check_ref(v.for_contact, IdKind::Contact, true, [&] { return item_at("value_added", i, "for_contact"); });
        if (!(v.value_per_year >= 0) || std::isinf(v.value_per_year))
            add(item_at("value_added", i, "value_per_year"), "expected a finite number >= 0, got " + format_number(v.value_per_year));
        if (!enum_in_range(kValueStatusKeys, v.status)) add(item_at("value_added", i, "status"), "unknown status");
    }
    single_keys_.clear();
    for (size_t i = 0; i < plan.objectives.size(); i++) {
        const Objective& o = plan.objectives[i];
        if (o.id.empty()) add(item_at("objectives", i, "id"), kMustNotBeEmpty);
        else single_keys_.push_back({o.id, static_cast<int>(i)});
        if (!enum_in_range(kObjectiveKindKeys, o.kind)) add(item_at("objectives", i, "kind"), "unknown kind");
        if (!enum_in_range(kObjectiveStatusKeys, o.status)) add(item_at("objectives", i, "status"), "unknown status");
        check_finite(o.start, [&] { return item_at("objectives", i, "start"); });
        check_finite(o.target, [&] { return item_at("objectives", i, "target"); });
        check_finite(o.current, [&] { return item_at("objectives", i, "current"); });
        check_date(o.due, true, [&] { return item_at("objectives", i, "due"); });
        check_ref(o.owner, IdKind::Person, true, [&] { return item_at("objectives", i, "owner"); });
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(item_at("objectives", later, "id"), "duplicate objective id " + quote(plan.objectives[later].id) +
                                                    " (also at " + item_at("objectives", first, "id") + ")");
    });
    check_whitespace(ai);
    for (size_t i = 0; i < plan.actions.size(); i++) {
        const Action& action = plan.actions[i];
        if (!action.objective.empty())
            objective_index(plan, action.objective, [&] { return item_at("actions", i, "objective"); }, problems_);
        check_ref(action.owner, IdKind::Person, true, [&] { return item_at("actions", i, "owner"); });
        check_date(action.due, true, [&] { return item_at("actions", i, "due"); });
        check_date(action.done_on, true, [&] { return item_at("actions", i, "done_on"); });
        if (!enum_in_range(kActionStatusKeys, action.status)) add(item_at("actions", i, "status"), "unknown status");
    }
}

void Validator::check_figures_and_reviews(int ai) {
    const Account& a = ws_.accounts[ai];
    auto month_at = [&](size_t i) { return account_path(ai) + "/months/" + std::to_string(i); };
    single_keys_.clear();
    for (size_t i = 0; i < a.months.size(); i++) {
        const MonthFigures& m = a.months[i];
        if (m.month.empty())
            add(month_at(i) + "/month", "missing month (expected YYYY-MM)");
        else if (!is_valid_month(m.month))
            add(month_at(i) + "/month", "expected a month YYYY-MM, got " + quote(m.month));
        for (const auto& [figure, field] : {std::pair{&m.forecast, "/forecast"}, std::pair{&m.actual, "/actual"}})
            if (*figure && !is_sane_figure(**figure))
                add(month_at(i) + field, "expected an amount within -1e12..1e12, got " + format_number(**figure));
        single_keys_.push_back({m.month, static_cast<int>(i)});
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(month_at(later) + "/month",
            "duplicate month " + quote(a.months[later].month) + " (also at " + month_at(first) + "/month)");
    });
    for (size_t i = 0; i < a.reviews.size(); i++) {
        const Review& r = a.reviews[i];
        auto at = [&](const std::string& field) { return account_path(ai) + "/reviews/" + std::to_string(i) + "/" + field; };
        check_date(r.date, false, [&] { return at("date"); });
        if (!enum_in_range(kReviewKindKeys, r.kind)) add(at("kind"), "unknown review kind");
        check_ref(r.reviewer, IdKind::Person, true, [&] { return at("reviewer"); });
        for (size_t j = 0; j < r.attendees.size(); j++)
            check_ref(r.attendees[j], IdKind::Person, false, [&] { return at("attendees/" + std::to_string(j)); });
        for (size_t j = 0; j < r.contacts.size(); j++)
            check_ref(r.contacts[j], IdKind::Contact, false, [&] { return at("contacts/" + std::to_string(j)); });
    }
    check_investigations(ai);
    check_review_settings(account_path(ai), a.currency, a.deviation_rules ? &*a.deviation_rules : nullptr, a.cadence.data());
    check_health_history(ai);
}

// Months in order, each once (a trend reads them so), scores on the 0..100 scale.
void Validator::check_health_history(int ai) {
    const std::vector<HealthPoint>& history = ws_.accounts[static_cast<size_t>(ai)].health_history;
    auto at = [&](size_t i, const char* field) { return account_path(ai) + "/health_history/" + std::to_string(i) + "/" + field; };
    for (size_t i = 0; i < history.size(); i++) {
        const HealthPoint& h = history[i];
        if (!is_valid_month(h.month)) add(at(i, "month"), "expected a month YYYY-MM, got " + quote(h.month));
        else if (i > 0 && is_valid_month(history[i - 1].month) && h.month <= history[i - 1].month)
            add(at(i, "month"), "expected a month after " + quote(history[i - 1].month) + " (oldest first, each once), got " + quote(h.month));
        if (h.score < 0 || h.score > 100) add(at(i, "score"), range_message(0, 100, h.score));
    }
}

// One investigation per month, of a real month; one action of the plan answers each investigated month.
void Validator::check_investigations(int ai) {
    const Account& a = ws_.accounts[ai];
    auto at = [&](size_t i, const char* field) { return account_path(ai) + "/investigations/" + std::to_string(i) + "/" + field; };
    single_keys_.clear();
    for (size_t i = 0; i < a.investigations.size(); i++) {
        const Investigation& inv = a.investigations[i];
        if (!is_valid_month(inv.month)) add(at(i, "month"), "expected a month YYYY-MM, got " + quote(inv.month));
        if (!enum_in_range(kDeviationCauseKeys, inv.cause)) add(at(i, "cause"), "unknown cause");
        check_ref(inv.owner, IdKind::Person, true, [&] { return at(i, "owner"); });
        single_keys_.push_back({inv.month, static_cast<int>(i)});
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(at(later, "month"), "a second investigation of " + quote(a.investigations[later].month) + " (also at " + at(first, "month") + ")");
    });
    single_keys_.clear();
    const std::vector<Action>& actions = a.plan.actions;
    auto action_at = [&](size_t i) { return account_path(ai) + "/plan/actions/" + std::to_string(i) + "/deviation"; };
    for (size_t i = 0; i < actions.size(); i++) {
        if (actions[i].deviation.empty()) continue;
        if (!is_valid_month(actions[i].deviation)) add(action_at(i), "expected a month YYYY-MM, got " + quote(actions[i].deviation));
        single_keys_.push_back({actions[i].deviation, static_cast<int>(i)});
    }
    for_each_duplicate(single_keys_, [&](int later, int first) {
        add(action_at(later), "a second action answering " + quote(actions[later].deviation) + " (also at " + action_at(first) + ")");
    });
}

// The workspace's review defaults or an account's overrides: an empty currency or no
// rules means "as the workspace"; an unset cadence too.
void Validator::check_review_settings(const std::string& base, const std::string& currency, const DeviationRules* rules,
                                      const std::optional<int>* cadence) {
    if (!currency.empty())
        if (std::string problem = currency_problem(currency); !problem.empty()) add(base + "/currency", std::move(problem));
    if (rules)
        for (FieldProblem& p : deviation_rules_problems(*rules))
            add(base + "/deviation_rules/" + p.field, std::move(p.message));
    for (size_t k = 0; k < kReviewKinds; k++)
        if (cadence[k])
            if (std::string problem = cadence_problem(*cadence[k]); !problem.empty())
                add(base + "/cadence/" + std::string(kReviewKindKeys[k]), std::move(problem));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public functions
//-----------------------------------------------------------------------------

std::vector<Problem> validate_workspace(const Workspace& ws) {
    return Validator(ws).run();
}

std::vector<Problem> validate_selection(const Workspace& ws, const std::vector<Criterion>& criteria,
                                        const TierScheme& scheme, const std::vector<Account>& accounts) {
    Workspace part;
    part.team = ws.team;
    part.offerings = ws.offerings;
    part.criteria = criteria;
    part.tier_scheme = scheme;
    part.accounts = accounts;
    return Validator(part).run();
}

std::string score_problem(double score) {
    if (score >= kScoreMin && score <= kScoreMax) return {};
    return "expected " + format_number(kScoreMin) + ".." + format_number(kScoreMax) + ", got " + format_number(score);
}

std::string currency_problem(std::string_view code) {
    const bool ok = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return ok ? "" : "expected a currency code of three capital letters (EUR, USD, SEK), got " + quote(code);
}

std::vector<FieldProblem> deviation_rules_problems(const DeviationRules& r) {
    std::vector<FieldProblem> problems;
    auto check = [&](const char* field, double v, double hi) {
        if (!(v >= 0 && v <= hi)) problems.push_back({field, "expected 0.." + format_number(hi) + ", got " + format_number(v)});
    };
    check("share_percent", r.share_percent, 1000);
    check("amount", r.amount, kMaxFigure);
    check("bias_months", r.bias_months, 24);   // 0: no bias rule
    check("decline_percent", r.decline_percent, 100);
    return problems;
}

std::vector<FieldProblem> health_rules_problems(const HealthRules& r) {
    std::vector<FieldProblem> problems;
    double sum = 0;
    for (size_t i = 0; i < kHealthParts; i++) {
        const double w = r.weights[i];
        if (!(w >= 0 && w <= kMaxHealthWeight))
            problems.push_back({"weights/" + std::string(kHealthPartKeys[i]), "expected 0.." + format_number(kMaxHealthWeight) + ", got " + format_number(w)});
        else sum += w;
    }
    if (problems.empty() && sum <= 0) problems.push_back({"weights", "at least one part must weigh more than 0"});
    if (!(r.healthy >= 0 && r.healthy <= 100)) problems.push_back({"healthy", "expected 0..100, got " + format_number(r.healthy)});
    if (!(r.watch >= 0 && r.watch <= 100)) problems.push_back({"watch", "expected 0..100, got " + format_number(r.watch)});
    else if (r.watch >= r.healthy) problems.push_back({"watch", "expected below healthy (" + format_number(r.healthy) + "), got " + format_number(r.watch)});
    if (r.contact_days < 1 || r.contact_days > kMaxContactDays) problems.push_back({"contact_days", range_message(1, kMaxContactDays, r.contact_days)});
    return problems;
}

std::string cadence_problem(int months) {
    return months >= 0 && months <= kMaxCadenceMonths ? "" : range_message(0, kMaxCadenceMonths, months);
}

// The number in "a12" (letters then digits); nullopt for any other shape.
static std::optional<uint64_t> id_number(std::string_view id) {
    size_t letters = 0;
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    while (letters < id.size() && is_letter(id[letters])) letters++;
    if (letters == 0 || letters == id.size()) return std::nullopt;
    uint64_t n = 0;
    for (size_t i = letters; i < id.size(); i++) {
        if (id[i] < '0' || id[i] > '9') return std::nullopt;
        const uint64_t digit = static_cast<uint64_t>(id[i] - '0');
        if (n > (UINT64_MAX - digit) / 10) return UINT64_MAX;   // saturate: absurd, but never wrap around
        n = n * 10 + digit;
    }
    return n;
}

void bump_next_id(Workspace& ws) {
    auto bump = [&](const Id& id) {
        if (std::optional<uint64_t> n = id_number(id); n && *n >= ws.next_id)
            ws.next_id = *n == UINT64_MAX ? UINT64_MAX : *n + 1;
    };
    for (const Person& p : ws.team) bump(p.id);
    for (const Criterion& c : ws.criteria) bump(c.id);
    for (const Offering& o : ws.offerings) bump(o.id);
    auto bump_account = [&](const Account& a) {
        bump(a.id);
        for (const Contact& c : a.contacts) bump(c.id);
        for (const Objective& o : a.plan.objectives) bump(o.id);
        for (const BusinessUnit& u : a.plan.units) bump(u.id);
    };
    for (const Account& a : ws.accounts) bump_account(a);
    // A contact gone since a snapshot keeps its id there: a new one must not take it (the comparison
    // would take the two for one person).
    for (const Snapshot& s : ws.snapshots) {
        bump(s.id);
        for (const auto& a : s.accounts) bump_account(*a);
    }
}

}  // namespace kam

// KAM Canvas: synthetic workspaces (see generate_workspace.h).
// This file is UTF-8: generated names include "Å", "ß", "Ł", "Ñ" on purpose, so benchmarks
// and stress tests exercise the same text paths as real data.
//
// Determinism: one splitmix64 stream drives every choice, only integer arithmetic decides
// anything, and every double stored is an integer or a half (exact in binary), so the same
// arguments give byte-identical workspaces on every platform.
//
// Index
// [SECTION] Random numbers
// [SECTION] Word lists
// [SECTION] Building blocks
// [SECTION] generate_workspace()
// [SECTION] generate_relationship_map()

#include "core/generate_workspace.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_set>

namespace kam {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Random numbers
//-----------------------------------------------------------------------------

// splitmix64 (Steele, Lea, Flood 2014): tiny, well mixed, and fully specified, unlike the
// <random> distributions whose output differs between standard libraries.
struct Rng {
    uint64_t state;
    explicit Rng(uint32_t seed) : state(0x4B414D43414E5641ull ^ seed) {}   // "KAMCANVA"
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Inclusive range; the modulo bias is far below anything a benchmark could notice.
    int range(int lo, int hi) { return lo + (int)(next() % (uint64_t)(hi - lo + 1)); }
    bool percent(int p) { return range(0, 99) < p; }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N]) { return items[next() % N]; }
};

//-----------------------------------------------------------------------------
// [SECTION] Word lists
//-----------------------------------------------------------------------------

const char* const kFirstNames[] = {
    "Åsa", "Jürgen", "Łukasz", "Carmen", "Søren", "Zoë", "Björn", "Aleksandra", "Niamh", "Matteo",
    "Chloé", "Ibrahim", "Eero", "Dóra", "Jiří", "Inês", "Henrik", "Marta", "Pieter", "Ana",
    "Dimitris", "Katarzyna", "Luca", "Sinéad", "Gunnar", "Élodie", "Tomás", "Ingrid", "Mehmet", "Sofia",
};
const char* const kLastNames[] = {
    "Öberg", "Groß", "Nowak", "Ñuñez", "Jensen", "Müller", "Kowalski", "Rossi", "García", "Dubois",
    "Virtanen", "Horváth", "Novák", "O'Brien", "Papadopoulos", "Silva", "Lindqvist", "Janssen", "Şahin", "Ferreira",
    "Wójcik", "Bianchi", "Fernández", "Kelly", "Andersson", "Lefèvre", "Černý", "Hansen", "Schäfer", "Costa",
};
const char* const kOurRoles[] = {
    "Key account manager", "Solution architect", "Service delivery manager", "Sales director (mentor)",
    "Finance controller", "IoT platform lead", "Customer success manager", "Business development manager",
};
const char* const kRegions[] = {
    "Nordic", "Alpine", "Baltic", "Atlantic", "Iberian", "Danube", "Rhine", "Carpathian", "Adriatic", "Celtic", "Boreal", "Meridian",
};
struct IndustryWord { const char* name_part; const char* industry; };
const IndustryWord kIndustries[] = {
    {"Logistics", "Logistics and warehousing"}, {"Chemie", "Specialty chemicals"}, {"Foods", "Food and beverage"},
    {"Steel", "Metals"}, {"Paper", "Pulp and paper"}, {"Pharma", "Pharmaceuticals"}, {"Rail", "Rail maintenance"},
    {"Water", "Water utilities"}, {"Energy", "Energy"}, {"Automotive", "Automotive suppliers"},
    {"Plastics", "Plastics"}, {"Terminals", "Ports and terminals"},
};
const char* const kCities[] = {
    "Copenhagen", "Aarhus", "Göteborg", "Hamburg", "München", "Kraków", "Madrid", "València", "Milano", "Lyon",
    "Brno", "Dublin", "Tampere", "Porto", "Gdańsk", "Zürich", "Rotterdam", "Malmö",
};
const char* const kDepartments[] = {"Operations", "IT", "Procurement", "Finance", "Engineering", "Quality", "Logistics"};
const char* const kProductLines[] = {"Warehouse automation", "Production automation", "IoT platform", "Crane and asset monitoring", "Cold-chain monitoring"};
const char* const kLevel4Titles[] = {"Engineer", "Specialist", "Analyst", "Coordinator", "Planner"};
const char* const kPositions[] = {"Preferred supplier", "One of several suppliers", "Challenger", "Newcomer", "Sole supplier"};
const char* const kStrengths[] = {"Stable delivery record", "Champion at board level", "Platform already installed", "Strong engineering relationships"};
const char* const kWeaknesses[] = {"Thin coverage in finance", "No access to procurement", "Single point of contact", "Price seen as high"};
const char* const kOpportunities[] = {"New plant planned", "Framework agreement coming up", "Retrofit of older lines", "Predictive maintenance pilot"};
const char* const kThreats[] = {"Incumbent offers bundle discount", "Capex freeze", "Multi-vendor tender", "Key sponsor may leave"};
const char* const kObjectives[] = {"Renew the service contract", "Win the pilot", "Reach the CFO", "Expand to a second site"};
const char* const kActions[] = {"Value workshop with operations", "TCO model for finance", "Reference visit", "Architecture review", "Executive sponsor meeting"};
const char* const kReviewNotes[] = {"On plan.", "Below forecast; delivery slipped.", "Above forecast.", "Coverage gaps discussed.", "New sponsor identified."};

//-----------------------------------------------------------------------------
// [SECTION] Building blocks
//-----------------------------------------------------------------------------

constexpr int kMaxLevel = 4;
constexpr float kSlotWidth = 220.0f, kRowHeight = 140.0f;

// Never draw twice within one expression: the order in which function arguments or operands
// of an overloaded operator are evaluated is unspecified (GCC and clang differ), and the
// workspace would then depend on the compiler. One draw per statement.
std::string date_2026(Rng& rng, int month_lo, int month_hi) {
    const int month = rng.range(month_lo, month_hi);
    const int day = rng.range(1, 28);
    char buf[32];   // roomy enough that the compiler can prove no truncation
    snprintf(buf, sizeof(buf), "2026-%02d-%02d", month, day);
    return buf;
}

std::string person_name(Rng& rng) {
    std::string name = rng.pick(kFirstNames);
    name += " ";
    name += rng.pick(kLastNames);
    return name;
}

void add_team(Workspace& ws, Rng& rng, int team_size) {
    for (int i = 0; i < team_size; i++) {
        Person p;
        p.id = ws.new_id('p');
        p.name = person_name(rng);
        p.role = kOurRoles[i % (int)std::size(kOurRoles)];
        p.email = "user" + std::to_string(i + 1) + "@generated.example";
        ws.team.push_back(p);
    }
}

// A new account with its profile, people and scores; no contacts yet.
Account make_account(Workspace& ws, Rng& rng, std::set<std::string>& used_names) {
    Account acc;
    acc.id = ws.new_id('a');
    const IndustryWord& industry = rng.pick(kIndustries);
    std::string name = std::string(rng.pick(kRegions)) + " " + industry.name_part;
    for (int n = 2; used_names.count(name); n++)   // keep names unique so lists stay readable
        name = std::string(rng.pick(kRegions)) + " " + industry.name_part + " " + std::to_string(n);
    used_names.insert(name);
    acc.name = name;
    acc.industry = industry.industry;
    acc.industry_rank = rng.range(0, 20);
    acc.competitive_position = rng.pick(kPositions);
    acc.stage = (Stage)rng.range(0, (int)Stage::COUNT - 1);
    acc.annual_sales = rng.range(0, 500) * 10000.0;

    const int team_size = (int)ws.team.size();
    if (team_size > 0) {
        int manager = rng.range(0, team_size - 1);
        acc.manager = ws.team[manager].id;
        acc.team.push_back(acc.manager);
        if (team_size > 1) {
            int mentor = (manager + rng.range(1, team_size - 1)) % team_size;
            acc.mentor = ws.team[mentor].id;
        }
        int extra = std::min(team_size - 1, rng.range(1, 4));
        for (int k = 1; k <= extra; k++)   // consecutive people after the manager: distinct by construction
            acc.team.push_back(ws.team[(manager + k) % team_size].id);
    }
    // Halves are exact in binary, so scores compare equal across platforms.
    for (const Criterion& c : ws.criteria)
        acc.scores[c.id] = rng.range(0, 20) * 0.5;
    if (rng.percent(8) && !ws.tier_scheme.tiers.empty())
        acc.tier_override = TierOverride{ws.tier_scheme.tiers[rng.range(0, (int)ws.tier_scheme.tiers.size() - 1)].name,
                                         "Strategic decision by the sales board"};
    return acc;
}

// Contacts in one reporting tree: the first `with_manager` contacts after the root each
// report to a uniformly drawn earlier contact (a random recursive tree: the top gets about
// ln(n) direct reports, like a real board), climbing up when that one is already at
// kMaxLevel. The rest are further roots.
void add_contacts(Workspace& ws, Rng& rng, Account& acc, int count, int with_manager) {
    std::vector<int> parent(count, -1);
    const int location_count = rng.range(2, 3);
    const int city0 = rng.range(0, (int)std::size(kCities) - 1);
    const int department0 = rng.range(0, (int)std::size(kDepartments) - 1);
    int heads = 0;   // level-1 contacts so far: each heads the next department in the list
    acc.contacts.reserve(acc.contacts.size() + count);
    for (int i = 0; i < count; i++) {
        Contact c;
        c.id = ws.new_id('c');
        c.name = person_name(rng);
        if (i > 0 && i <= with_manager) {
            int p = rng.range(0, i - 1);
            while (acc.contacts[p].level >= kMaxLevel)
                p = parent[p];
            parent[i] = p;
        }
        const Contact* manager = parent[i] >= 0 ? &acc.contacts[parent[i]] : nullptr;
        c.level = manager ? manager->level + 1 : 0;
        // Below the first level people stay in their manager's department (a coherent chart).
        c.department = c.level == 0 ? "Executive board"
                     : c.level == 1 ? kDepartments[(department0 + heads++) % (int)std::size(kDepartments)]
                                    : manager->department;
        // Two or three cities per account; most people sit where their manager sits.
        const int city = manager ? city0 + rng.range(0, location_count - 1) : city0;
        c.location = kCities[city % (int)std::size(kCities)];
        if (manager && manager->level > 0 && rng.percent(70))
            c.location = manager->location;
        c.product_line = c.level == 0 ? "All lines" : kProductLines[rng.range(0, (int)std::size(kProductLines) - 1)];
        switch (c.level) {
        case 0: c.title = "Chief Executive Officer"; break;
        case 1: c.title = "Head of " + c.department; break;
        case 2: c.title = c.department + " Director"; break;
        case 3: c.title = c.department + " Manager"; break;
        default: c.title = c.department + " " + rng.pick(kLevel4Titles); break;
        }
        c.role = c.level == 0 ? BuyingRole::DecisionMaker : (BuyingRole)rng.range(0, (int)BuyingRole::COUNT - 1);
        static const ChessPiece kPieceByLevel[][2] = {
            {ChessPiece::King, ChessPiece::King}, {ChessPiece::Queen, ChessPiece::Rook}, {ChessPiece::Bishop, ChessPiece::Knight},
            {ChessPiece::Knight, ChessPiece::Pawn}, {ChessPiece::Pawn, ChessPiece::None},
        };
        c.piece = kPieceByLevel[std::min(c.level, kMaxLevel)][rng.range(0, 1)];
        c.power = std::clamp(kPowerMax - c.level + rng.range(-1, 1), kPowerMin, kPowerMax);
        c.attitude = rng.range(kAttitudeMin, kAttitudeMax);
        if (rng.percent(10))
            c.notes = "Met at the " + std::string(rng.pick(kCities)) + " trade fair.";
        acc.contacts.push_back(std::move(c));
    }
    for (int i = 0; i < count; i++)
        if (parent[i] >= 0)
            acc.links.push_back({acc.contacts[i].id, acc.contacts[parent[i]].id, LinkKind::ReportsTo, rng.range(kLinkStrengthMin, kLinkStrengthMax)});
}

// Influence and conflict links between distinct contacts, no (from, to, kind) twice.
// Random draws first; if they keep colliding (a dense request), a sweep fills the rest in
// order, so the requested count is met whenever it fits.
void add_cross_links(Rng& rng, Account& acc, int count, int conflict_percent) {
    const int64_t n = (int64_t)acc.contacts.size();
    if (n < 2 || count <= 0)
        return;
    count = (int)std::min<int64_t>(count, 2 * n * (n - 1));
    std::unordered_set<uint64_t> used;
    auto key = [n](int64_t from, int64_t to, LinkKind kind) { return (uint64_t)((from * n + to) * 2 + (kind == LinkKind::Conflict ? 1 : 0)); };
    auto add = [&](int from, int to, LinkKind kind, int strength) {
        if (from == to || !used.insert(key(from, to, kind)).second)
            return false;
        acc.links.push_back({acc.contacts[from].id, acc.contacts[to].id, kind, strength});
        return true;
    };
    int added = 0;
    for (int64_t attempts = 4 * (int64_t)count + 64; added < count && attempts > 0; attempts--) {
        const LinkKind kind = rng.percent(conflict_percent) ? LinkKind::Conflict : LinkKind::Influence;
        const int from = rng.range(0, (int)n - 1);
        const int to = rng.range(0, (int)n - 1);
        const int strength = rng.range(kLinkStrengthMin, kLinkStrengthMax);
        if (add(from, to, kind, strength))
            added++;
    }
    for (int from = 0; from < n && added < count; from++)
        for (int to = 0; to < n && added < count; to++)
            for (LinkKind kind : {LinkKind::Influence, LinkKind::Conflict})
                if (added < count && add(from, to, kind, kLinkStrengthMin))
                    added++;
}

// Each person on the account team covers `per_person` distinct contacts.
void add_coverage(Rng& rng, Account& acc, int per_person) {
    const int n = (int)acc.contacts.size();
    if (n == 0)
        return;
    per_person = std::min(per_person, n);
    for (const Id& person : acc.team) {
        std::set<int> covered;
        for (int attempts = 4 * per_person + 16; (int)covered.size() < per_person && attempts > 0; attempts--) {
            int c = rng.range(0, n - 1);
            if (!covered.insert(c).second)
                continue;
            Coverage cov;
            cov.person = person;
            cov.contact = acc.contacts[c].id;
            cov.strength = rng.range(kCoverageMin, kCoverageMax);
            cov.last_contact = rng.percent(90) ? date_2026(rng, 1, 10) : "";
            acc.coverage.push_back(cov);
        }
    }
}

void add_plan_figures_reviews(Rng& rng, Workspace& ws, Account& acc) {
    Plan& plan = acc.plan;
    plan.period = "FY 2027";
    plan.valid_until = "2027-12-31";
    plan.status = static_cast<PlanStatus>(rng.range(0, 2));
    plan.strengths = {{rng.pick(kStrengths)}};
    plan.weaknesses = {{rng.pick(kWeaknesses)}};
    plan.opportunities = {{rng.pick(kOpportunities)}};
    plan.threats = {{rng.pick(kThreats)}};
    ValueItem value;
    value.text = "Less unplanned downtime, measured per asset.";
    value.value_per_year = 1000.0 * rng.range(10, 200);
    value.status = static_cast<ValueStatus>(rng.range(0, 2));
    plan.value_added = {value};
    for (int i = rng.range(1, 3); i > 0; i--) {
        Objective objective;
        objective.id = ws.new_id('o');
        objective.text = rng.pick(kObjectives);
        objective.kind = static_cast<ObjectiveKind>(rng.range(0, 3));
        objective.measure = "Annual revenue (k)";
        objective.start = 100.0 * rng.range(0, 10);
        objective.target = objective.start + 100.0 * rng.range(1, 10);
        objective.current = objective.start + 50.0 * rng.range(0, 4);
        objective.due = date_2026(rng, 6, 12);
        objective.status = rng.percent(25) ? ObjectiveStatus::Achieved : ObjectiveStatus::OnTrack;
        plan.objectives.push_back(objective);
    }
    for (int i = rng.range(2, 4); i > 0; i--) {
        Action action;
        action.text = rng.pick(kActions);
        action.objective = plan.objectives[rng.range(0, (int)plan.objectives.size() - 1)].id;
        action.owner = acc.team.empty() ? Id() : acc.team[rng.range(0, (int)acc.team.size() - 1)];
        action.due = date_2026(rng, 9, 12);
        action.status = rng.percent(30) ? ActionStatus::Done : ActionStatus::Open;
        plan.actions.push_back(action);
    }

    // Six months; the last two have a forecast only (not closed yet). Whole thousands: exact.
    const int base = rng.range(10, 500);
    for (int m = 1; m <= 6; m++) {
        MonthFigures f;
        char month[24];   // roomy enough that the compiler can prove no truncation
        snprintf(month, sizeof(month), "2026-%02d", m);
        f.month = month;
        int forecast = std::max(0, base + rng.range(-20, 20));
        f.forecast = forecast * 1000.0;
        if (m <= 4)
            f.actual = std::max(0, forecast + rng.range(-40, 40)) * 1000.0;
        acc.months.push_back(f);
    }

    auto add_review = [&](int month, ReviewKind kind, const Id& reviewer) {
        Review review;
        review.date = date_2026(rng, month, month);
        review.kind = kind;
        review.reviewer = reviewer;
        review.notes = rng.pick(kReviewNotes);
        acc.reviews.push_back(review);
    };
    add_review(2, ReviewKind::Executive, acc.manager);
    if (!acc.mentor.empty())
        add_review(4, ReviewKind::Mentor, acc.mentor);
    add_review(5, ReviewKind::Executive, acc.manager);
}

// Rows by level, people of one level side by side (a rough org chart).
void layout_by_level(Account& acc) {
    int next_in_row[kMaxLevel + 1] = {};
    for (Contact& c : acc.contacts) {
        int row = std::clamp(c.level, 0, kMaxLevel);
        c.x = (float)next_in_row[row]++ * kSlotWidth;
        c.y = (float)row * kRowHeight;
    }
}

// A square grid in contact order (parents come before their reports).
void layout_grid(Account& acc) {
    int columns = 1;
    while (columns * columns < (int)acc.contacts.size())
        columns++;
    for (int i = 0; i < (int)acc.contacts.size(); i++) {
        acc.contacts[i].x = (float)(i % columns) * kSlotWidth;
        acc.contacts[i].y = (float)(i / columns) * kRowHeight;
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] generate_workspace()
//-----------------------------------------------------------------------------

Workspace generate_workspace(int accounts, int contacts_per_account, int team_size, uint32_t seed) {
    accounts = std::max(0, accounts);
    contacts_per_account = std::max(0, contacts_per_account);
    team_size = std::max(0, team_size);

    Rng rng(seed);
    Workspace ws = make_empty_workspace();
    ws.name = "Generated workspace (seed " + std::to_string(seed) + ")";
    add_team(ws, rng, team_size);

    std::set<std::string> used_names;
    ws.accounts.reserve(accounts);
    for (int a = 0; a < accounts; a++) {
        Account acc = make_account(ws, rng, used_names);
        const int n = contacts_per_account;
        add_contacts(ws, rng, acc, n, n - 1);
        add_cross_links(rng, acc, n / 3, 15);
        add_coverage(rng, acc, rng.range(1, 4));
        add_plan_figures_reviews(rng, ws, acc);
        layout_by_level(acc);
        ws.accounts.push_back(std::move(acc));
    }
    return ws;
}

//-----------------------------------------------------------------------------
// [SECTION] generate_relationship_map()
//-----------------------------------------------------------------------------

Workspace generate_relationship_map(int contacts, int links, int team_size, uint32_t seed) {
    contacts = std::max(0, contacts);
    links = std::max(0, links);
    team_size = std::max(0, team_size);

    Rng rng(seed);
    Workspace ws = make_empty_workspace();
    ws.name = "Generated relationship map (" + std::to_string(contacts) + " contacts, seed " + std::to_string(seed) + ")";
    add_team(ws, rng, team_size);

    std::set<std::string> used_names;
    Account acc = make_account(ws, rng, used_names);
    // The whole team works this account, so coverage spreads over all of them.
    acc.team.clear();
    for (const Person& p : ws.team)
        acc.team.push_back(p.id);
    if (!ws.team.empty()) {
        acc.manager = ws.team[0].id;
        acc.mentor = ws.team.size() > 1 ? ws.team[1].id : Id();
    }

    const int tree_links = std::min(links, std::max(0, contacts - 1));
    add_contacts(ws, rng, acc, contacts, tree_links);
    add_cross_links(rng, acc, links - tree_links, 15);
    add_coverage(rng, acc, team_size > 0 ? 2 + contacts / (4 * team_size) : 0);
    add_plan_figures_reviews(rng, ws, acc);
    layout_grid(acc);
    ws.accounts.push_back(std::move(acc));
    return ws;
}

}  // namespace kam

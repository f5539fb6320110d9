// KAM Canvas: the workspace document.
// Plain C++20 data: no UI, no browser, no files. Everything the user keeps lives here;
// view state (zoom, window positions, selection) does not.
//
// Index
// [SECTION] Enumerations (with their stable JSON names)
// [SECTION] Our team
// [SECTION] Selection criteria and tiers
// [SECTION] The client's people and the lines between them
// [SECTION] Plan, figures, reviews
// [SECTION] Account and Workspace
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// Ids are short stable strings ("a12", "p3", "c140"). They survive export and import;
// every reference by id is checked when a file is read.
using Id = std::string;

//-----------------------------------------------------------------------------
// [SECTION] Enumerations (with their stable JSON names)
//-----------------------------------------------------------------------------

// Relationship stage of an account, in the order an account moves through them.
enum class Stage { PreSales, Negotiation, Delivery, Review, Exploitation, COUNT };

// What a contact does in the buying decision.
enum class BuyingRole { None, DecisionMaker, Influencer, Specifier, User, Gatekeeper, Coach, COUNT };

// Our own summary of a contact's power in the game (see the map's legend).
enum class ChessPiece { None, King, Queen, Rook, Bishop, Knight, Pawn, COUNT };

// Lines between two client contacts. ReportsTo: 'from' reports to 'to'.
// Influence: 'from' influences 'to'. Conflict: 'from' does not want us to talk to 'to'.
enum class LinkKind { ReportsTo, Influence, Conflict, COUNT };

// Which axis of the portfolio matrix a selection criterion feeds.
enum class Axis { Attractiveness, RelativeStrength, COUNT };

// The meetings of the review rhythm: senior executives' monthly review of the account, the mentor's
// review of the long-term plan, the account team's own review, and planning with the customer.
enum class ReviewKind { Executive, Mentor, Team, Joint, COUNT };

// The names used in JSON files (stable: never rename) and for display.
// Index = enum value; parse_enum() returns nullopt for an unknown name.
inline constexpr std::array<std::string_view, 5> kStageKeys = {"pre-sales", "negotiation", "delivery", "review", "exploitation"};
inline constexpr std::array<std::string_view, 5> kStageLabels = {"Pre-sales", "Contract negotiation", "Implementation and delivery", "Review", "Exploitation"};
inline constexpr std::array<std::string_view, 7> kBuyingRoleKeys = {"none", "decision-maker", "influencer", "specifier", "user", "gatekeeper", "coach"};
inline constexpr std::array<std::string_view, 7> kBuyingRoleLabels = {"None", "Decision maker", "Influencer", "Specifier", "User", "Gatekeeper", "Coach / sponsor"};
inline constexpr std::array<std::string_view, 7> kChessPieceKeys = {"none", "king", "queen", "rook", "bishop", "knight", "pawn"};
inline constexpr std::array<std::string_view, 3> kLinkKindKeys = {"reports-to", "influence", "conflict"};
inline constexpr std::array<std::string_view, 2> kAxisKeys = {"attractiveness", "relative-strength"};
inline constexpr std::array<std::string_view, 4> kReviewKindKeys = {"executive", "mentor", "team", "joint"};
inline constexpr std::array<std::string_view, 4> kReviewKindLabels = {"Executive review", "Mentor review", "Team review", "Joint planning"};
inline constexpr size_t kReviewKinds = static_cast<size_t>(ReviewKind::COUNT);

template <typename Enum, size_t N>
std::optional<Enum> parse_enum(const std::array<std::string_view, N>& keys, std::string_view name) {
    for (size_t i = 0; i < N; i++)
        if (keys[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}
template <size_t N, typename Enum>
std::string_view enum_key(const std::array<std::string_view, N>& keys, Enum e) {
    return keys[static_cast<size_t>(e)];
}

//-----------------------------------------------------------------------------
// [SECTION] Our team
//-----------------------------------------------------------------------------

// How senior one of our people is: each of the customer's top people should know one of our
// executives (the coverage analysis checks it).
enum class Seniority { Staff, Management, Executive, COUNT };
inline constexpr std::array<std::string_view, 3> kSeniorityKeys = {"staff", "management", "executive"};
inline constexpr std::array<std::string_view, 3> kSeniorityLabels = {"Staff", "Management", "Executive"};

struct Person {
    Id id;
    std::string name;
    std::string role;   // e.g. "Account manager", "Solution architect"
    std::string email;
    Seniority seniority = Seniority::Staff;
    bool operator==(const Person&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Selection criteria and tiers
//-----------------------------------------------------------------------------

inline constexpr double kScoreMin = 0.0;   // every criterion is scored on 0..10
inline constexpr double kScoreMax = 10.0;

struct Criterion {
    Id id;
    std::string name;
    std::string description;
    double weight = 1.0;                 // >= 0; shares are weight / sum of weights
    Axis axis = Axis::Attractiveness;
    std::string guide_low, guide_mid, guide_high;   // what a 1, a 5 and a 10 mean
    bool operator==(const Criterion&) const = default;
};

struct Tier {
    std::string name;
    uint32_t color = 0xFFFFFFFF;   // 0xRRGGBBAA
    double min_score = 0.0;        // weighted total (0..100) needed to reach this tier
    bool operator==(const Tier&) const = default;
};

// What a missing score does to the weighted total: the total is taken over the scored criteria only
// (Exclude), the missing score counts as 0 (CountAsZero), or the account has no total until every
// criterion is scored (NoTotal: it is shown as missing and gets no tier).
enum class MissingScores { Exclude, CountAsZero, NoTotal, COUNT };
inline constexpr std::array<std::string_view, 3> kMissingScoresKeys = {"exclude", "zero", "no-total"};
inline constexpr std::array<std::string_view, 3> kMissingScoresLabels = {
    "Leave out (total over the scored criteria)", "Count as 0", "No total until every criterion is scored"};

struct TierScheme {
    std::vector<Tier> tiers;          // best first; thresholds strictly descending
    MissingScores missing = MissingScores::Exclude;
    int top_tier_capacity = 0;        // 0 = no limit; warn when the top tier holds more
    bool operator==(const TierScheme&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] The client's people and the lines between them
//-----------------------------------------------------------------------------

inline constexpr int kPowerMin = 0, kPowerMax = 5;
inline constexpr int kAttitudeMin = -2, kAttitudeMax = 2;   // opponent .. champion
inline constexpr int kLinkStrengthMin = 1, kLinkStrengthMax = 3;
inline constexpr int kCoverageMin = 0, kCoverageMax = 3;

// How far our relationship with one contact goes, on a ladder account teams recognise.
enum class RelationshipLevel { None, Vendor, CredibleSource, ProblemSolver, TrustedAdvisor, COUNT };
inline constexpr std::array<std::string_view, 5> kRelationshipLevelKeys = {"none", "vendor", "credible-source", "problem-solver", "trusted-advisor"};
inline constexpr std::array<std::string_view, 5> kRelationshipLevelLabels = {"None", "Vendor", "Credible source", "Problem solver", "Trusted advisor"};

// The relationship development plan for one contact: where the relationship is, where we want
// it, who of ours develops it, by when, and the next step.
struct Development {
    RelationshipLevel now = RelationshipLevel::None;
    RelationshipLevel target = RelationshipLevel::None;   // None: no target
    Id developer;                       // our team member, or empty
    std::string by;                     // "YYYY-MM-DD" or empty
    std::string next_step;
    bool has_target() const { return target != RelationshipLevel::None; }
    bool reached() const { return now >= target; }
    bool operator==(const Development&) const = default;
};

struct Contact {
    Id id;
    std::string name;
    std::string title;
    std::string department;
    std::string location;
    std::string product_line;
    int level = 0;                      // 0 = top of the organisation
    BuyingRole role = BuyingRole::None;
    ChessPiece piece = ChessPiece::None;
    int power = 0;                      // decision power kPowerMin..kPowerMax
    int attitude = 0;                   // kAttitudeMin..kAttitudeMax
    std::string notes;                  // private: hidden in the customer-safe view
    float x = 0.0f, y = 0.0f;           // position on the map canvas
    Development development;
    bool operator==(const Contact&) const = default;
};

struct Link {
    Id from, to;                        // contact ids in the same account
    LinkKind kind = LinkKind::ReportsTo;
    int strength = 1;                   // kLinkStrengthMin..kLinkStrengthMax
    bool operator==(const Link&) const = default;
};

// One of our people covering one of their people.
struct Coverage {
    Id person;                          // our team member
    Id contact;                         // their contact
    int strength = 1;                   // kCoverageMin..kCoverageMax
    std::string last_contact;           // "YYYY-MM-DD" or empty
    bool operator==(const Coverage&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Plan, figures, reviews
//-----------------------------------------------------------------------------

// The account plan. Who drafted it is the account's manager; when the mentor last reviewed it is
// the newest mentor review in Account::reviews. core/planning/ computes from it (progress,
// overdue, completeness, what the customer may see).
enum class PlanStatus { Draft, Agreed, Shared, COUNT };
inline constexpr std::array<std::string_view, 3> kPlanStatusKeys = {"draft", "agreed", "shared"};
inline constexpr std::array<std::string_view, 3> kPlanStatusLabels = {"Draft", "Agreed by the team", "Shared with the customer"};

// Who may see a plan item in the customer-safe view: by its section's rule (Default: objectives,
// value-added, strengths and opportunities show; weaknesses, threats and actions do not), never
// (Internal), or always (Shared: e.g. an action agreed with the customer).
enum class Visibility { Default, Internal, Shared, COUNT };
inline constexpr std::array<std::string_view, 3> kVisibilityKeys = {"default", "internal", "shared"};
inline constexpr std::array<std::string_view, 3> kVisibilityLabels = {"Default", "Internal", "Shared"};

enum class ThreatLevel { Low, Medium, High, COUNT };
inline constexpr std::array<std::string_view, 3> kThreatLevelKeys = {"low", "medium", "high"};
inline constexpr std::array<std::string_view, 3> kThreatLevelLabels = {"Low", "Medium", "High"};

enum class ValueStatus { Proposed, Delivered, Recognised, COUNT };
inline constexpr std::array<std::string_view, 3> kValueStatusKeys = {"proposed", "delivered", "recognised"};
inline constexpr std::array<std::string_view, 3> kValueStatusLabels = {"Proposed", "Delivered", "Recognised by the customer"};

enum class ObjectiveKind { Revenue, Relationship, BusinessDevelopment, CustomerSuccess, COUNT };
inline constexpr std::array<std::string_view, 4> kObjectiveKindKeys = {"revenue", "relationship", "business-development", "customer-success"};
inline constexpr std::array<std::string_view, 4> kObjectiveKindLabels = {"Revenue", "Relationship", "Business development", "Customer success"};

enum class ObjectiveStatus { OnTrack, AtRisk, OffTrack, Achieved, Dropped, COUNT };
inline constexpr std::array<std::string_view, 5> kObjectiveStatusKeys = {"on-track", "at-risk", "off-track", "achieved", "dropped"};
inline constexpr std::array<std::string_view, 5> kObjectiveStatusLabels = {"On track", "At risk", "Off track", "Achieved", "Dropped"};

enum class ActionStatus { Open, InProgress, Done, Cancelled, COUNT };
inline constexpr std::array<std::string_view, 4> kActionStatusKeys = {"open", "in-progress", "done", "cancelled"};
inline constexpr std::array<std::string_view, 4> kActionStatusLabels = {"Open", "In progress", "Done", "Cancelled"};

// What a SWOT item points at; a click on it follows the link. A cell of the whitespace grid is
// named by its unit (target) and offering (format version 3).
enum class ItemLink { None, Contact, Objective, Cell, COUNT };
inline constexpr std::array<std::string_view, 4> kItemLinkKeys = {"none", "contact", "objective", "cell"};

// One team member's agreement to the plan.
struct Agreement {
    Id person;                          // our team member
    std::string date;                   // "YYYY-MM-DD"
    bool operator==(const Agreement&) const = default;
};

// A competitor active in the account.
struct Competitor {
    std::string name;
    std::string offering;               // what they sell there
    std::string position;               // e.g. "incumbent on packaging lines"
    ThreatLevel threat = ThreatLevel::Medium;
    bool operator==(const Competitor&) const = default;
};

// One line of a SWOT list.
struct SwotItem {
    std::string text;
    Visibility visibility = Visibility::Default;
    ItemLink link = ItemLink::None;
    Id target;                          // the contact, objective or unit linked to
    Id offering;                        // with a unit: the cell's column
    bool operator==(const SwotItem&) const = default;

    void unlink() { link = ItemLink::None, target.clear(), offering.clear(); }
};

// What we add beyond the product, for whom, and what it is worth to them.
struct ValueItem {
    std::string text;
    Id for_contact;                     // their contact, or empty
    std::string evidence;
    double value_per_year = 0.0;        // >= 0, in the account's money
    ValueStatus status = ValueStatus::Proposed;
    Visibility visibility = Visibility::Default;
    bool operator==(const ValueItem&) const = default;
};

struct Objective {
    Id id;                              // 'o' ids; actions and SWOT items refer to it
    std::string text;
    ObjectiveKind kind = ObjectiveKind::Revenue;
    std::string measure;                // e.g. "Annual revenue (EUR k)"
    double start = 0.0, target = 0.0, current = 0.0;
    std::string due;                    // "YYYY-MM-DD" or empty
    Id owner;                           // our team member, or empty
    ObjectiveStatus status = ObjectiveStatus::OnTrack;
    Visibility visibility = Visibility::Default;
    bool operator==(const Objective&) const = default;
};

struct Action {
    std::string text;
    Id objective;                       // the objective it serves, or empty
    Id owner;                           // our team member, or empty
    std::string due;                    // "YYYY-MM-DD" or empty
    ActionStatus status = ActionStatus::Open;
    std::string done_on;                // "YYYY-MM-DD" when done, or empty
    Visibility visibility = Visibility::Default;
    std::string deviation;              // "YYYY-MM": the investigated month this action answers, or empty
    bool operator==(const Action&) const = default;
};

// The whitespace grid: the customer's business units or sites (rows, per account) against our
// offerings (columns, a catalogue kept for the whole workspace). Each cell says where we stand.
struct Offering {
    Id id;                              // 'f' ids
    std::string name;
    bool operator==(const Offering&) const = default;
};

struct BusinessUnit {
    Id id;                              // 'u' ids
    std::string name;                   // a business unit, division or site of the customer
    bool operator==(const BusinessUnit&) const = default;
};

// Sold: its value is the current annual value. In progress: the pipeline value. Opportunity: the
// potential value. Competitor: a competitor holds it (named). Not relevant: no business there.
enum class CellStatus { Unknown, Sold, InProgress, Opportunity, Competitor, NotRelevant, COUNT };
inline constexpr std::array<std::string_view, 6> kCellStatusKeys = {"unknown", "sold", "in-progress", "opportunity", "competitor", "not-relevant"};
inline constexpr std::array<std::string_view, 6> kCellStatusLabels = {"Not assessed", "Sold", "In progress", "Opportunity", "Held by a competitor", "Not relevant"};

struct WhitespaceCell {
    Id unit, offering;                  // the row and the column
    CellStatus status = CellStatus::Unknown;
    double value = 0.0;                 // >= 0; what it means depends on the status (see above)
    std::string competitor;             // who holds it (status Competitor)
    std::vector<Id> contacts;           // their people involved: users and specifiers
    bool operator==(const WhitespaceCell&) const = default;
};

struct Plan {
    std::string period;                 // e.g. "FY 2027"
    std::string valid_until;            // "YYYY-MM-DD" or empty
    PlanStatus status = PlanStatus::Draft;
    std::vector<Agreement> agreed;      // one per team member at most
    // The customer: where they are going, and how they buy.
    std::vector<std::string> customer_objectives;
    std::string buying_process, budget_cycle, key_dates;
    std::vector<Competitor> competitors;
    std::vector<SwotItem> strengths, weaknesses, opportunities, threats;
    std::vector<ValueItem> value_added;
    std::vector<Objective> objectives;
    std::vector<Action> actions;
    std::vector<BusinessUnit> units;    // the whitespace grid's rows
    std::vector<WhitespaceCell> whitespace;   // only the cells assessed; at most one per unit and offering
    bool operator==(const Plan&) const = default;

    const Objective* find_objective(const Id& id) const;   // nullptr when absent
    const BusinessUnit* find_unit(const Id& id) const;
    const WhitespaceCell* find_cell(const Id& unit, const Id& offering) const;
    // The four SWOT lists, for what goes through all of them (links to what is gone).
    std::array<std::vector<SwotItem>*, 4> swot_lists() { return {&strengths, &weaknesses, &opportunities, &threats}; }
    std::array<const std::vector<SwotItem>*, 4> swot_lists() const { return {&strengths, &weaknesses, &opportunities, &threats}; }
};

// Forecast and actual sales for one month; either may be missing. Beyond kMaxFigure in either
// direction an amount is a typing or export error, not any account's sales.
inline constexpr double kMaxFigure = 1e12;
// Within that range (false for NaN: no comparison holds for it).
inline bool is_sane_figure(double amount) { return std::fabs(amount) <= kMaxFigure; }
struct MonthFigures {
    std::string month;                  // "YYYY-MM", unique within an account
    std::optional<double> forecast;
    std::optional<double> actual;
    bool operator==(const MonthFigures&) const = default;
};

// Why a month's actual is off its forecast: what the investigation found.
enum class DeviationCause { CustomerDemand, LostBusiness, Price, Timing, OurDelivery, ForecastError, Other, COUNT };
inline constexpr std::array<std::string_view, 7> kDeviationCauseKeys = {"customer-demand", "lost-business", "price", "timing", "our-delivery", "forecast-error", "other"};
inline constexpr std::array<std::string_view, 7> kDeviationCauseLabels = {"Customer demand", "Lost business", "Price", "Timing", "Our delivery", "Forecast error", "Other"};

// The investigation of one flagged month (at most one per month). What is done about it is an action
// of the account plan (Action::deviation names the month), so it has one owner, due date and status.
struct Investigation {
    std::string month;                  // "YYYY-MM"
    DeviationCause cause = DeviationCause::Other;
    std::string explanation;
    Id owner;                           // our team member who investigates, or empty
    bool operator==(const Investigation&) const = default;
};

// When a month's figures are significant (core/reviews/deviation.h reads them): |actual - forecast|
// beyond both share_percent of the forecast and amount; bias_months in a row off the same way; an
// actual more than decline_percent below the same month last year.
struct DeviationRules {
    double share_percent = 10.0;
    double amount = 10000.0;
    int bias_months = 3;
    double decline_percent = 10.0;
    bool operator==(const DeviationRules&) const = default;
};

struct Review {
    std::string date;                   // "YYYY-MM-DD"
    ReviewKind kind = ReviewKind::Executive;
    Id reviewer;                        // who of ours led it, or empty
    std::vector<Id> attendees;          // our people
    std::vector<Id> contacts;           // their people (contacts of the account)
    std::string notes;                  // for a mentor review, the mentor's comments
    std::vector<std::string> decisions; // each may become an action of the plan
    bool plan_reviewed = false;         // a mentor review: the long-term plan was reviewed
    bool operator==(const Review&) const = default;
};

// How often each kind of review is due, in months (index = ReviewKind); 0 = not scheduled.
using ReviewCadence = std::array<int, kReviewKinds>;
inline constexpr ReviewCadence kDefaultCadence = {1, 3, 0, 0};
inline constexpr int kMaxCadenceMonths = 24;

// The review rhythm's defaults for every account of the workspace: the currency of figures (an ISO
// 4217 code), when a deviation is significant, and how often each review is due.
struct ReviewDefaults {
    std::string currency = "EUR";
    DeviationRules deviation_rules;
    ReviewCadence cadence = kDefaultCadence;
    bool operator==(const ReviewDefaults&) const = default;
};

// Account health: a 0..100 score made of parts the user can see (core/account_health.h computes
// it). Each part's weight is the workspace's; the bands' lower bounds are the user's too.
enum class HealthPart { Coverage, Attitude, Attainment, Actions, Reviews, Plan, Freshness, COUNT };
inline constexpr size_t kHealthParts = static_cast<size_t>(HealthPart::COUNT);
inline constexpr std::array<std::string_view, kHealthParts> kHealthPartKeys = {
    "coverage", "attitude", "attainment", "actions", "reviews", "plan", "freshness"};
inline constexpr std::array<std::string_view, kHealthParts> kHealthPartLabels = {
    "Key people covered", "Attitude of key people", "Forecast attainment", "Actions on time",
    "Reviews on time", "Plan completeness", "Recent contact"};
enum class HealthBand { Healthy, Watch, AtRisk, COUNT };
inline constexpr std::array<std::string_view, 3> kHealthBandKeys = {"healthy", "watch", "at-risk"};
inline constexpr std::array<std::string_view, 3> kHealthBandLabels = {"Healthy", "Watch", "At risk"};
inline constexpr double kMaxHealthWeight = 100.0;
inline constexpr int kMaxContactDays = 3650;

struct HealthRules {
    std::array<double, kHealthParts> weights = {20, 15, 20, 15, 10, 10, 10};   // index = HealthPart
    double healthy = 70.0;              // a score at least this is healthy ...
    double watch = 45.0;                // ... at least this is to watch; below, at risk
    int contact_days = 60;              // Freshness: a key person talked to within this many days
    bool operator==(const HealthRules&) const = default;
};

// An account's score as it was in one month: the newest score seen while that month ran.
struct HealthPoint {
    std::string month;                  // "YYYY-MM", ascending and unique within an account
    int score = 0;                      // 0..100
    bool operator==(const HealthPoint&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Account and Workspace
//-----------------------------------------------------------------------------

// How close the relationship with the account is, as it develops (or comes apart).
enum class PartnershipLevel { Exploratory, Basic, Cooperative, Interdependent, Integrated, Disintegrating, COUNT };
inline constexpr std::array<std::string_view, 6> kPartnershipLevelKeys = {"exploratory", "basic", "cooperative", "interdependent", "integrated", "disintegrating"};
inline constexpr std::array<std::string_view, 6> kPartnershipLevelLabels = {"Exploratory", "Basic", "Cooperative", "Interdependent", "Integrated", "Disintegrating"};

// A change of the account's process stage or relationship level, when it happened and why.
struct StageChange {
    std::string date;                   // "YYYY-MM-DD"
    Stage stage = Stage::PreSales;
    std::string note;
    bool operator==(const StageChange&) const = default;
};
struct LevelChange {
    std::string date;                   // "YYYY-MM-DD"
    PartnershipLevel level = PartnershipLevel::Exploratory;
    std::string note;
    bool operator==(const LevelChange&) const = default;
};

struct TierOverride {
    std::string tier;                   // a tier name of the scheme
    std::string reason;                 // required
    bool operator==(const TierOverride&) const = default;
};

struct Account {
    Id id;
    std::string name;
    std::string industry;
    int industry_rank = 0;              // position in its industry; 0 = unknown
    std::string competitive_position;
    std::string notes;                  // press releases, news
    Id manager;                         // accountable account manager (our person) or empty
    Id mentor;                          // our person or empty
    std::vector<Id> team;               // our people on the account team
    Stage stage = Stage::PreSales;
    PartnershipLevel partnership = PartnershipLevel::Exploratory;
    std::vector<StageChange> stage_history;   // oldest first
    std::vector<LevelChange> level_history;   // oldest first
    double annual_sales = 0.0;
    std::map<Id, double> scores;        // criterion id -> kScoreMin..kScoreMax
    std::optional<TierOverride> tier_override;
    std::vector<Contact> contacts;
    std::vector<Link> links;
    std::vector<Coverage> coverage;
    Plan plan;
    std::vector<MonthFigures> months;   // oldest first (set_figure and the file's reader keep them in order)
    std::vector<Investigation> investigations;
    std::vector<Review> reviews;
    // What this account does differently from the workspace: its currency ("" = the workspace's),
    // its deviation thresholds, and how often each review is due (unset = the workspace's).
    std::string currency;
    std::optional<DeviationRules> deviation_rules;
    std::array<std::optional<int>, kReviewKinds> cadence;
    // The health score of each month, oldest first, kept by the app as months go by (not an edit:
    // undo does not take it back). The current month's point follows the live score.
    std::vector<HealthPoint> health_history;
    bool operator==(const Account&) const = default;

    const Contact* find_contact(const Id& id) const;   // nullptr when absent
};

//-----------------------------------------------------------------------------
// [SECTION] Snapshots
//-----------------------------------------------------------------------------

// The workspace as it was when a team took a snapshot ("Q3 workshop"), to see later what changed
// (core/workshop/snapshot_diff.h). What it holds never changes, so snapshots share their accounts:
// one taken after a small edit holds the accounts of the one before, but for the edited ones.
struct Snapshot {
    Id id;                              // 's' ids
    std::string name;
    std::string taken;                  // "YYYY-MM-DD"
    std::vector<Person> team;
    std::vector<Criterion> criteria;
    TierScheme tier_scheme;
    std::vector<std::shared_ptr<const Account>> accounts;
    bool operator==(const Snapshot& other) const;   // by what the accounts hold, not where
};

struct Workspace {
    std::string name = "My workspace";
    std::vector<Person> team;
    std::vector<Criterion> criteria;
    TierScheme tier_scheme;
    std::vector<Offering> offerings;    // our product and service range: the whitespace grid's columns
    ReviewDefaults review_defaults;
    HealthRules health_rules;
    std::vector<Account> accounts;
    std::vector<Snapshot> snapshots;    // oldest first
    uint64_t next_id = 1;               // source of new ids; always above every id in use
    bool operator==(const Workspace&) const = default;

    // A new id with the given prefix ('a' account, 'p' person, 'c' contact, 'k' criterion, 'o' objective,
    // 'f' offering, 'u' business unit, 's' snapshot).
    Id new_id(char prefix) { return prefix + std::to_string(next_id++); }

    const Person* find_person(const Id& id) const;
    const Account* find_account(const Id& id) const;
    const Offering* find_offering(const Id& id) const;
    int account_index(const Id& id) const;   // -1 when absent
};

// Starting point for a new workspace: a few common criteria and a Gold/Silver/Bronze scheme.
Workspace make_empty_workspace();

}  // namespace kam

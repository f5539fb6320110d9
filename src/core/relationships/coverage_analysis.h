// KAM Canvas: coverage analysis: where our relationships with one account are missing,
// thin, one-sided, risky or cold. Each finding names the contact (and person) it is about,
// so the panel can fly the map there.
#pragma once

#include "core/model.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// In the order the panel shows them (most urgent first).
enum class FindingKind {
    Uncovered,          // a key person (decision maker, King or Queen) nobody covers
    WeakCoverage,       // a key person covered only weakly
    SingleThreaded,     // a contact only one of our people covers
    Opponent,           // a high-power contact against us
    BlockedPath,        // we cover someone a conflict line says we should not talk to
    Overloaded,         // a team member covering too many contacts
    Stale,              // a covered contact nobody has talked to for too long
    NoExecutive,        // one of their top people (level 0-1 or power 4-5) no executive of ours covers
    TargetOverdue,      // a relationship development target past its date and not reached
    NoTarget,           // a decision maker with no relationship development target
    COUNT
};
// Short names (for test hooks and file names) and headings, indexed by kind.
inline constexpr std::array<std::string_view, 10> kFindingKindKeys = {
    "uncovered", "weak", "single-threaded", "opponent", "blocked", "overloaded", "stale",
    "no-executive", "target-overdue", "no-target",
};
inline constexpr std::array<std::string_view, 10> kFindingKindLabels = {
    "Key people without coverage", "Key people with weak coverage", "Single-threaded contacts",
    "High-power opponents",        "Blocked paths",                 "Team members carrying too much",
    "No contact recently",         "Top people no executive of ours knows",
    "Development targets overdue", "Decision makers without a development target",
};

struct AnalysisOptions {
    std::string today;            // "YYYY-MM-DD", from the host; the stale rule needs it
    int stale_days = 90;          // Stale: newest last contact more than this many days ago
    int weak_strength = 1;        // WeakCoverage: best strength at most this (and above 0)
    int opponent_power = 4;       // Opponent: power at least this ...
    int opponent_attitude = -1;   // ... and attitude at most this
    int overload_limit = 0;       // Overloaded: more contacts than this; 0 = automatic (see .cpp)
    bool operator==(const AnalysisOptions&) const = default;
};

struct Finding {
    FindingKind kind = FindingKind::Uncovered;
    Id contact;          // the contact it is about (empty for Overloaded)
    Id person;           // our person involved (SingleThreaded, BlockedPath, Overloaded)
    Id other_contact;    // BlockedPath: the contact who objects (the conflict line's 'from')
    int severity = 0;    // higher is more urgent; findings of one kind are sorted by it
    std::string text;    // one line for people
};

struct CoverageAnalysis {
    std::vector<Finding> findings;   // grouped by kind (enum order), then severity descending
    std::array<int, (size_t)FindingKind::COUNT> counts{};
    std::string warning;             // a rule that could not run, e.g. today is not a date
};

// A decision maker, King or Queen: whose coverage matters most (account health reads it too).
bool is_key_person(const Contact& c);

// 'ws' supplies our people's names. Coverage entries naming unknown contacts or people are
// ignored (validation reports them), so this never fails on a half-edited account.
CoverageAnalysis analyse_coverage(const Account& account, const Workspace& ws, const AnalysisOptions& options = {});

}  // namespace kam

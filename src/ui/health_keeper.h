// KAM Canvas: keeps each account's health of this month in its history as the score moves, so the
// trend of past months can be shown (core/account_health.h). Not a view, and not an edit: it calls
// Document::keep_health, which saves like an edit but leaves undo alone.
#pragma once

#include "core/model.h"
#include "ui/seen_accounts.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kam {

struct AppState;

// What the keeper last looked at: each account's version then. An account is read again when it
// changed, and every account when the day, the health rules or the review defaults did.
struct HealthKeeper {
    uint64_t serial = 0;
    std::string today;
    HealthRules rules;
    ReviewDefaults defaults;
    SeenAccounts seen;
    size_t next = 0;                    // where the next pass starts: a long pass spans frames
};

}  // namespace kam

namespace kam::ui {

// Reads the accounts that changed for at most 'budget_seconds' (at least one account per call) and
// keeps the scores that moved. True while accounts are left to read: call again next frame.
bool keep_health_scores(AppState& app, double budget_seconds);

}  // namespace kam::ui

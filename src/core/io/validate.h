// KAM Canvas: the rules every workspace obeys.
// validate_workspace() checks them all and reports every broken rule with its JSON path, so a file
// that fails to load can be fixed in one pass. Reading a file runs it; so can tests and the UI.
#pragma once

#include "core/model.h"
#include "core/io/problems.h"

#include <string_view>
#include <vector>

namespace kam {

std::vector<Problem> validate_workspace(const Workspace& ws);

// The same rules for a proposed edit of the selection criteria, the tier scheme and some accounts,
// checked without copying the rest of a big workspace: ws provides the team the accounts refer to.
// Paths are those of a workspace holding only these accounts ("/accounts/0/...").
std::vector<Problem> validate_selection(const Workspace& ws, const std::vector<Criterion>& criteria,
                                        const TierScheme& scheme, const std::vector<Account>& accounts = {});

// Why a criterion score cannot be stored ("expected 0..10, got 11"); empty when it can.
std::string score_problem(double score);

// Why a currency, the deviation rules or a review cadence cannot be stored, empty when they can: the
// validator reports them with their paths, and the editors refuse such an edit with the same words.
std::string currency_problem(std::string_view code);   // an ISO 4217 code: three capital letters
struct FieldProblem {
    std::string field;         // "share_percent"
    std::string message;       // "expected 0..1000, got 2000"
};
std::vector<FieldProblem> deviation_rules_problems(const DeviationRules& rules);
std::string cadence_problem(int months);               // 0..kMaxCadenceMonths
// Health rules: fields "weights/<part>", "healthy", "watch", "contact_days" (what the UI refuses too).
std::vector<FieldProblem> health_rules_problems(const HealthRules& rules);

// Raises ws.next_id above the number in every id of the form letters + digits ("a12" -> at least 13),
// so ids made by new_id() never collide with ids from an old or hand-written file.
void bump_next_id(Workspace& ws);

bool is_valid_date(std::string_view text);    // "YYYY-MM-DD", a real calendar day
bool is_valid_month(std::string_view text);   // "YYYY-MM"

}  // namespace kam

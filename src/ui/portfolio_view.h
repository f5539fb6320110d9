// KAM Canvas: view state of the portfolio dashboard (never saved in the workspace).
#pragma once

#include "core/portfolio.h"
#include "ui/seen_accounts.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kam {

struct PortfolioView {
    Portfolio portfolio;                  // computed for (revision, today) below
    uint64_t revision = 0;
    std::string today;
    // Each account's row as last read, in account order: after an edit only the accounts that
    // changed are read again (unless the day or the defaults changed).
    std::vector<PortfolioRow> rows;
    SeenAccounts seen;
    ReviewDefaults defaults;
    HealthRules health_rules;
    uint64_t serial = 0;                  // of the document they were read from
    double compute_ms = 0;                // for the benchmark
    int helped = 0;                       // of the rows' chunks, how many the helper thread read (for the benchmark)
    uint64_t computed = 0;                // counts each time 'portfolio' is computed
    // The rows in the order of the column the user sorts by (sorted only when the order or the
    // portfolio changes, not every frame).
    std::vector<PortfolioRow> sorted;
    uint64_t sorted_from = 0;             // 'computed' when sorted
    PortfolioColumn sort_column = PortfolioColumn::Attention;
    bool sort_ascending = false;
    uint64_t sorts = 0;                   // how many times sorted (for the tests)
    // Filters: "" = everyone / every tier.
    Id manager;
    int tier = -2;                        // -2 every tier, -1 accounts in no tier
    int band = -2;                        // -2 every band, -1 accounts without a health score
};

}  // namespace kam

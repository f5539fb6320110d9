// KAM Canvas: view state of the portfolio dashboard (never saved in the workspace).
#pragma once

#include "core/portfolio.h"

#include <cstdint>
#include <string>

namespace kam {

struct PortfolioView {
    Portfolio portfolio;                  // computed for (revision, today) below
    uint64_t revision = 0;
    std::string today;
    double compute_ms = 0;                // for the benchmark
    // Filters: "" = everyone / every tier.
    Id manager;
    int tier = -2;                        // -2 every tier, -1 accounts in no tier
};

}  // namespace kam

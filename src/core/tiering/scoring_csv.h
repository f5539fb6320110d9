// KAM Canvas: the scoring grid as CSV (RFC 4180: comma separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled), for spreadsheets and reports.
#pragma once

#include "core/tiering/tiering.h"

#include <string>
#include <string_view>

namespace kam {

// One field, quoted when it needs to be.
std::string csv_field(std::string_view text);

// One row per account in ranking order: rank, account, industry, tier (and whether it is overridden, and
// why), total, the two axis sub-scores, missing scores, then one column per criterion. Numbers use a
// dot and at most two decimals; a missing value is an empty field.
std::string scoring_csv(const Workspace& ws, const Scoring& scoring);

}  // namespace kam

// KAM Canvas: the account plan as a document to share: plain text (to paste anywhere) and one
// self-contained HTML page (inline styles, no scripts, nothing fetched) that opens offline and
// prints cleanly to PDF from the browser. The team's copy holds the header, the customer, the
// SWOT, value added, objectives, actions, the relationship development table with the map as
// a picture, and the whitespace grid; the customer's copy only what customer_plan() lets them see.
#pragma once

#include "core/model.h"

#include <string>

namespace kam {

enum class PlanAudience { Team, Customer };

// 'today' ("YYYY-MM-DD") dates the document and decides what is overdue.
std::string plan_text(const Workspace& ws, const Account& a, const std::string& today, PlanAudience audience = PlanAudience::Team);
std::string plan_html(const Workspace& ws, const Account& a, const std::string& today, PlanAudience audience = PlanAudience::Team);

}  // namespace kam

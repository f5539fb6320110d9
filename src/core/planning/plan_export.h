// KAM Canvas: the account plan as a document to share: plain text (to paste anywhere) and one
// self-contained HTML page (inline styles, no scripts, nothing fetched) that opens offline and
// prints cleanly to PDF from the browser. Both hold the header, the customer, the SWOT, value
// added, objectives, actions, the relationship development table and the whitespace grid.
#pragma once

#include "core/model.h"

#include <string>

namespace kam {

// 'today' ("YYYY-MM-DD") dates the document and decides what is overdue.
std::string plan_text(const Workspace& ws, const Account& a, const std::string& today);
std::string plan_html(const Workspace& ws, const Account& a, const std::string& today);

// Text made safe inside HTML: & < > " and ' escaped.
std::string html_escape(const std::string& text);

}  // namespace kam

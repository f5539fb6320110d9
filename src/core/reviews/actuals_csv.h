// KAM Canvas: actuals from the finance system as CSV (account, month, amount), read into a
// preview of what they would change, then applied to the accounts they name.
//
// What the reader takes (the finance system, or Excel, wrote it; nobody should have to edit it):
// - RFC 4180 fields: quoted fields may hold separators, doubled quotes and line breaks.
// - The separator of the first line: a tab if it has one, else ';' if it has one (European Excel
//   writes ';' with decimal commas), else ','.
// - A UTF-8 byte order mark, CRLF or LF line ends; blank lines are skipped. A UTF-16 file (Excel's
//   "Unicode text") is refused whole, with what to do instead.
// - A header row naming the columns in any order (account/customer/id/name, month/period/date,
//   amount/actual/sales/value/revenue; a few German, Swedish and French names too); other columns
//   are ignored. Without a header the columns are account, month, amount, in that order.
// - The account by id first, else by name (trimmed, case-insensitive for ASCII and Latin-1
//   letters). A name two accounts share is refused on that line: their ids are named instead.
// - Months "YYYY-MM", "YYYY-MM-DD" (the day is ignored: a month's actual is often dated on its
//   first or last day) and "MM/YYYY" or "M/YYYY". Other forms ("03/04/2026") are refused: day
//   and month order differ between countries, and a wrong guess would file sales in the wrong month.
// - Amounts as a cell takes them (parse_typed_number: "12 500", "7,5", "-300"; non-breaking spaces
//   between thousands too), |amount| <= kMaxFigure. An empty amount is refused: an import never
//   clears a figure.
// - A second line for the same account and month is refused (the first stands): summing or
//   overwriting silently could double or lose sales.
// Lines with problems are skipped, each with its line number, column and what is wrong; the
// valid lines can still be applied. Problems of the whole file (UTF-16, a quote never closed, a
// header without a month column, no data at all) leave nothing to apply.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

// A CSV of actuals larger than this is not read (60,000 lines take about 2 MB).
inline constexpr size_t kMaxActualsCsvBytes = 64u << 20;
// At most this many line problems are kept (all are counted): a file of the wrong kind has one on
// every line, and nobody reads the millionth.
inline constexpr size_t kMaxActualsProblems = 10000;

// One month's actual of one account that the import changes.
struct ActualChange {
    size_t account = 0;              // index in ws.accounts at the time of the preview
    int month = 0;                   // month number (core/dates.h)
    std::optional<double> before;    // the actual now, if any
    double after = 0;
    int line = 0;                    // the line of the file it comes from
};

struct ActualsLineProblem {
    int line = 0;
    int column = 0;                  // 1-based field number; 0: the whole line
    std::string message;             // "line 7: unknown account \"Acme Ltd\""
};

struct ActualsPreview {
    std::string file_problem;        // non-empty: the file as a whole is refused, nothing applies
    char separator = ',';
    bool header = false;
    int lines = 0;                   // data lines read (blank lines and the header not counted)
    std::vector<ActualChange> changes;   // in the file's order
    int unchanged = 0;               // lines whose amount is the actual already
    int accounts = 0;                // accounts named by valid lines
    int months = 0;                  // distinct months of valid lines
    int changed_accounts = 0;        // accounts with at least one change
    int skipped = 0;                 // lines with a problem (each is in problems, up to the limit)
    std::vector<ActualsLineProblem> problems;   // ordered by line

    bool can_apply() const { return file_problem.empty() && !changes.empty(); }
};

// Reads 'text' against the accounts of 'ws' (nothing is changed).
ActualsPreview preview_actuals_csv(const Workspace& ws, std::string_view text);

// The accounts the preview changes, each a copy of the account in 'ws' with its new actuals, in
// the order of ws.accounts. Changes whose account index no longer fits 'ws' are left out; apply a
// preview only to the workspace it was made from.
std::vector<Account> apply_actuals(const Workspace& ws, const ActualsPreview& preview);

// The undo step's name: "Import actuals: 36 months in 3 accounts".
std::string actuals_import_label(const ActualsPreview& preview);

}  // namespace kam

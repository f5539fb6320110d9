// KAM Canvas: a column of figures pasted from a spreadsheet into the forecast table. A spreadsheet
// copies a column as one value per line (a row of several cells as tab-separated fields), with the
// decimal comma or point of its locale; an empty cell is an empty line.
#pragma once

#include "core/model.h"
#include "core/reviews/deviation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kam {

struct PastedColumn {
    std::vector<std::optional<double>> values;   // one per line, top first; empty = clear the figure
    std::string error;                           // "line 3: \"abc\" is not a number"; "" when all lines read
    size_t lines = 0;                            // lines in the text, read or not (1: a single cell's paste)
};

// Lines end with \n, \r\n or \r; the line break a spreadsheet puts after the last cell is not a line.
// Of a line with tabs only its first field counts (the column pasted into). Each value is read as a
// typed cell (parse_typed_number: "12 500", "7,5"; non-breaking spaces as thousands groups too), and
// an amount beyond kMaxFigure is refused. The first bad line is the error, and then there are no values.
PastedColumn parse_pasted_column(std::string_view text);

// Puts the values into one figure of consecutive months, the first into 'first_month' and each next
// one into the month before: the table shows the newest month on top, so a column pasted into a cell
// fills it and the cells below it, as a spreadsheet does. Returns why it refused ("" when done); on a
// refusal the account is as it was (all or nothing).
std::string apply_pasted_column(Account& a, const std::string& first_month, Figure figure,
                                const std::vector<std::optional<double>>& values);

}  // namespace kam

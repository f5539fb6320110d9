// KAM Canvas: a pasted column of figures (see pasted_column.h).
#include "core/reviews/pasted_column.h"

#include "core/dates.h"
#include "core/typed_number.h"

#include <cmath>

namespace kam {

// Spreadsheets in many locales group thousands with a no-break space (U+00A0) or a narrow one
// (U+202F), and may pad cells with spaces: they read as the spaces a person types.
static std::string plain_cell(std::string_view cell) {
    std::string text;
    for (size_t i = 0; i < cell.size(); i++) {
        if (cell.substr(i, 2) == "\xC2\xA0") { text += ' ', i += 1; continue; }
        if (cell.substr(i, 3) == "\xE2\x80\xAF") { text += ' ', i += 2; continue; }
        text += cell[i];
    }
    return text;
}

static std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); i++) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') i++;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));   // the last line, without a break
    return lines;
}

PastedColumn parse_pasted_column(std::string_view text) {
    PastedColumn column;
    const std::vector<std::string_view> lines = lines_of(text);
    column.lines = lines.size();
    for (size_t i = 0; i < lines.size(); i++) {
        const std::string_view line = lines[i];
        const std::string cell = plain_cell(line.substr(0, line.find('\t')));
        const TypedNumber number = parse_typed_number(cell);
        const std::string where = "line " + std::to_string(i + 1) + ": ";
        if (!number.ok) column.error = where + "\"" + cell + "\" is not a number";
        else if (number.value && !is_sane_figure(*number.value))
            column.error = where + "\"" + cell + "\" is beyond any month's sales";
        if (!column.error.empty()) {
            column.values.clear();
            return column;
        }
        column.values.push_back(number.value);
    }
    return column;
}

std::string apply_pasted_column(Account& a, const std::string& first_month, Figure figure,
                                const std::vector<std::optional<double>>& values) {
    const std::optional<int> first = month_number(first_month);
    if (!first) return "\"" + first_month + "\" is not a month (YYYY-MM)";
    Account changed = a;   // set_figure refuses one value at a time: the account changes only when all went in
    for (size_t i = 0; i < values.size(); i++)
        if (std::string problem = set_figure(changed, month_text(*first - static_cast<int>(i)), figure, values[i]); !problem.empty())
            return "line " + std::to_string(i + 1) + ": " + problem;
    a = std::move(changed);
    return "";
}

}  // namespace kam

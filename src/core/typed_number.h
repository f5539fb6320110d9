// KAM Canvas: a number as a person types it into a cell (a score now, forecast figures later).
#pragma once

#include <optional>
#include <string_view>

namespace kam {

struct TypedNumber {
    bool ok = false;              // false: the text is not a number
    std::optional<double> value;  // empty text: ok, and no number (the cell is cleared)
};

// Spaces are ignored (thousands groups: "12 500"), and a decimal comma reads as a point ("7,5"), as
// typed in much of Europe. Signs and exponents are read; hexadecimal, infinities and NaN are not
// numbers here.
TypedNumber parse_typed_number(std::string_view text);

}  // namespace kam

// KAM Canvas: numbers as typed (see typed_number.h).
#include "core/typed_number.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace kam {

TypedNumber parse_typed_number(std::string_view text) {
    std::string plain;
    plain.reserve(text.size());
    for (const char c : text) {
        if (c == ' ') continue;
        // strtod would also take "0x1p3", "inf" and "nan": only decimal digits, signs, a point and an exponent.
        if (!(c == ',' || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E' || (c >= '0' && c <= '9'))) return {};
        plain += c == ',' ? '.' : c;
    }
    if (plain.empty()) return {true, std::nullopt};
    char* end = nullptr;
    const double value = std::strtod(plain.c_str(), &end);
    if (end != plain.c_str() + plain.size() || !std::isfinite(value)) return {};
    return {true, value};
}

}  // namespace kam

#include "core/amount_text.h"

#include <cstdio>

namespace kam {

std::string amount_text(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    std::string s = text;
    if (s.ends_with(".00")) s.resize(s.size() - 3);
    else if (s.ends_with('0')) s.pop_back();
    return s;
}

std::string short_amount_text(double v) {
    char text[32];
    if (v >= 1e6) std::snprintf(text, sizeof text, "%.1fm", v / 1e6);
    else if (v >= 1e3) std::snprintf(text, sizeof text, "%.0fk", v / 1e3);
    else std::snprintf(text, sizeof text, "%.0f", v);
    return text;
}

}  // namespace kam

#include "core/amount_text.h"

#include <cmath>
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

// One decimal where it tells two amounts apart ("1.5k" against "2k", "2.6m"), none where it would
// only be noise ("120k", "3m"): the labels of a chart's axis at steps of 200 or 500 stay distinct.
static std::string with_suffix(double v, char suffix) {
    char text[32];
    const double tenths = std::round(v * 10);
    if (v >= 10 && suffix == 'k') std::snprintf(text, sizeof text, "%.0f%c", v, suffix);
    else if (std::fmod(tenths, 10) == 0) std::snprintf(text, sizeof text, "%.0f%c", tenths / 10, suffix);
    else std::snprintf(text, sizeof text, "%.1f%c", tenths / 10, suffix);
    return text;
}

std::string short_amount_text(double v) {
    if (v < 0) return "-" + short_amount_text(-v);
    if (v >= 999.95e3) return with_suffix(v / 1e6, 'm');   // 999,999 is "1m", not "1000k"
    if (v >= 999.5) return with_suffix(v / 1e3, 'k');
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", v);
    return text;
}

}  // namespace kam

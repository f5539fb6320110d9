#include "core/contrast.h"

#include <algorithm>
#include <cmath>

namespace kam {

static double linear(unsigned char channel) {
    const double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double relative_luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb mix_rgb(Rgb c, Rgb to, float amount) {
    const auto mix = [amount](unsigned char from, unsigned char target) {
        return (unsigned char)std::lround(from + (target - from) * std::clamp(amount, 0.0f, 1.0f));
    };
    return {mix(c.r, to.r), mix(c.g, to.g), mix(c.b, to.b)};
}

}  // namespace kam

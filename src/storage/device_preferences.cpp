#include "storage/device_preferences.h"

#include "core/io/json_io.h"
#include "core/workshop/ui_scale.h"

#include <algorithm>
#include <cmath>

namespace kam {

DevicePreferences read_device_preferences(std::string_view text) {
    DevicePreferences p;
    // A few dozen bytes; anything over 64 KB is not ours.
    if (text.size() > 65536) return p;
    const auto members = read_flat_object(text);
    if (!members) return p;
    const auto number = [&members](const char* key) -> const double* {
        const auto it = members->numbers.find(key);
        return it != members->numbers.end() && std::isfinite(it->second) ? &it->second : nullptr;
    };
    if (const double* scale = number("ui_scale_percent")) p.ui_scale_percent = clamp_ui_scale((int)std::lround(std::clamp(*scale, -1e6, 1e6)));
    if (const auto it = members->strings.find("theme"); it != members->strings.end() && !it->second.empty()) p.theme = it->second;
    if (const double* legend = number("show_legend")) p.show_legend = *legend != 0;
    if (const double* hint = number("scale_hint_answered")) p.scale_hint_answered = *hint != 0;
    return p;
}

std::string device_preferences_text(const DevicePreferences& p) {
    return "{\"ui_scale_percent\":" + std::to_string(p.ui_scale_percent) + ",\"theme\":" + json_string(p.theme) +
           ",\"show_legend\":" + (p.show_legend ? "1" : "0") + ",\"scale_hint_answered\":" + (p.scale_hint_answered ? "1" : "0") + "}";
}

}  // namespace kam

// KAM Canvas: the choices a user makes for this device rather than for the workspace: the UI
// scale, the theme, whether the map's legend is open, and whether the first-run scale hint has
// been answered. One small JSON text (platform::read_preferences_text(): on the web it is in
// localStorage, which every tab can read before its first frame), never in the workspace, so
// export and import do not carry them.
#pragma once

#include <string>
#include <string_view>

namespace kam {

struct DevicePreferences {
    int ui_scale_percent = 100;     // 75..300 (core/workshop/ui_scale.h)
    std::string theme = "light";    // a theme's name (ui/theme.h); a name this version does not know reads as light
    bool show_legend = true;        // the map's legend box
    bool scale_hint_answered = false;
    bool operator==(const DevicePreferences&) const = default;
};

// Defaults for what is missing or cannot be read (a broken text is never an error: these are
// conveniences); a scale out of range is brought into it. Unknown keys are ignored.
DevicePreferences read_device_preferences(std::string_view text);

std::string device_preferences_text(const DevicePreferences& preferences);

}  // namespace kam

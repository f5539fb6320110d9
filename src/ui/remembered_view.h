// KAM Canvas: what is remembered between visits on this device: the view (storage/last_view.h
// keeps it in a file) and the preferences (storage/device_preferences.h). What the screen has
// now, and how a stored view or stored preferences apply at start.
#pragma once

#include "storage/device_preferences.h"
#include "storage/last_view.h"
#include "ui/app_state.h"

#include <optional>

namespace kam::ui {

// The account and main tab on screen; nothing while a tab switch is still on its way (the
// tab bar shows a requested tab one frame later), so a passing state is never remembered.
std::optional<LastView> shown_view(const AppState& app);

// Selects the stored account and asks for the stored tab. A view naming an account that no
// longer exists (deleted, or another workspace imported) or a tab this version does not have
// changes nothing: the app opens as it would without it.
void restore_view(AppState& app, const LastView& view);

// The UI scale, theme, legend and hint as they are now; and the stored ones, applied at start.
DevicePreferences shown_preferences(const AppState& app);
void restore_preferences(AppState& app, const DevicePreferences& preferences);

}  // namespace kam::ui

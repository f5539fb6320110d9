// KAM Canvas: the first-run hint that suggests a UI scale for the window's size
// (core/workshop/ui_scale.h), e.g. 150% on a projector's 1920 x 1080. It shows until the user
// takes the suggestion or keeps the scale, and never again on this device after that.
#pragma once

namespace kam {
struct AppState;
}

namespace kam::ui {

// The scale the hint would suggest now, or 0 when it has nothing to suggest (answered already,
// the window's size not known, or the scale in use is the one suggested).
int scale_hint_suggestion(const AppState& app);

void draw_scale_hint(AppState& app);

}  // namespace kam::ui

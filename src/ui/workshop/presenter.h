// KAM Canvas: presenter mode, for an account team around one shared screen: the view on screen
// alone over the whole window (the browser's full screen where it allows), at a larger scale, with
// a small bar that says where you are and how to leave. Editing still works: the team changes the
// map while it is projected.
#pragma once

namespace kam {
struct AppState;
}

namespace kam::ui {

inline constexpr float kPresenterScale = 1.5f;   // times the user's own text size

void start_presenting(AppState& app);
void stop_presenting(AppState& app);

// F5 starts and stops presenting; Esc stops it, unless a popup or a field being typed in takes the
// key first. Leaving the browser's full screen (its own Esc) leaves presenting too.
void handle_presenter_keys(AppState& app);

// The bar at the top while presenting: the account and the view on screen, whether the edits made
// are saved (a save that failed shows in red: no edit may go unnoticed), and how to leave.
void draw_presenter_bar(AppState& app, const char* save_status);

}  // namespace kam::ui

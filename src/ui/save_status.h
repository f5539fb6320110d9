// KAM Canvas: the line that says whether every edit is saved, in the status bar and in presenter
// mode's bar: a save that failed shows in red, so no edit goes unnoticed.
#pragma once

namespace kam::ui {

void draw_save_status(const char* save_status);

}  // namespace kam::ui

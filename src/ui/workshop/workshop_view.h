// KAM Canvas: view state of workshop mode (never saved in the workspace).
#pragma once

namespace kam {

struct WorkshopView {
    bool presenting = false;   // presenter mode: the view on screen alone, larger (ui/workshop/presenter.h)
    bool fullscreen = false;   // the browser went full screen for it (so leaving full screen leaves presenting)
    bool esc_taken = false;    // last frame, a popup or a text field would have taken Esc
};

}  // namespace kam

// KAM Canvas: wires the layers together: the document and UI state, the Store with its
// autosave, the platform's window and services. main_web.cpp and main_native.cpp only
// choose options and call run_app().
#pragma once

#include <string>

namespace kam {

struct AppOptions {
    std::string font_path;            // the UI font (web: preloaded into the virtual FS)
    bool expose_items = false;        // publish widget rectangles for browser tests
};

int run_app(const AppOptions& options);

// Test hook: the rectangles of named widgets in the last frame, as JSON.
std::string app_items_json();

}  // namespace kam

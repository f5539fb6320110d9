// KAM Canvas in the browser. The page (web/index.html) passes ?test to expose widget
// rectangles to browser tests through kam_items_json().
#include "app/app.h"

#include <string>

static std::string g_items;

extern "C" const char* kam_items_json() {
    g_items = kam::app_items_json();
    return g_items.c_str();
}

int main(int argc, char** argv) {
    kam::AppOptions options;
    options.font_path = "/fonts/ui.ttf";
    for (int i = 1; i < argc; i++)
        if (std::string(argv[i]) == "--test") options.expose_items = true;
    return kam::run_app(options);
}

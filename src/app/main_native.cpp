// KAM Canvas on the desktop, for development: the same app on plain files
// (KAM_DATA_DIR, default ./kam-data).
#include "app/app.h"

int main() {
    kam::AppOptions options;
    options.font_path = KAM_FONT_PATH;
    return kam::run_app(options);
}

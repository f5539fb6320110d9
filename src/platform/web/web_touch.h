// KAM Canvas: touch input on the page's canvas (web_touch.cpp); window_open() installs it.
#pragma once

namespace kam::platform {

void install_touch_input();

}  // namespace kam::platform

// KAM Canvas: the system clipboard for ImGui in the browser (web_clipboard.cpp); window_open() installs it.
#pragma once

namespace kam::platform {

void install_clipboard();

}  // namespace kam::platform

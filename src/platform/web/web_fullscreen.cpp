// KAM Canvas: the browser's full screen, for presenter mode. A browser grants it only shortly
// after a user's click or key (the app asks from the frame that handled it); refused, the app
// presents in the window as it is.
#include "platform/window.h"

#include <emscripten.h>

namespace kam::platform {

EM_JS(void, js_set_fullscreen, (int on), {
    const page = document.documentElement;
    if (on && !document.fullscreenElement && page.requestFullscreen) page.requestFullscreen().catch(() => {});
    else if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => {});
});
EM_JS(int, js_is_fullscreen, (), { return document.fullscreenElement ? 1 : 0; });

void window_set_fullscreen(bool on) { js_set_fullscreen(on ? 1 : 0); }
bool window_is_fullscreen() { return js_is_fullscreen() != 0; }

}  // namespace kam::platform

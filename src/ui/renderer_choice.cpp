// KAM Canvas: the platform's answers about the renderer (see renderer_choice.h).
#include "ui/renderer_choice.h"

#include <utility>

namespace kam::ui {

static RendererHost g_host;

void set_renderer_host(RendererHost host) { g_host = std::move(host); }
const RendererHost& renderer_host() { return g_host; }

}  // namespace kam::ui

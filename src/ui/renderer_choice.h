// KAM Canvas: which renderer draws the app (WebGL 2 on the GPU, or the CPU renderer) and why, and
// the user's choice in View > Renderer. The platform decides at start (platform/window.h); the UI
// shows it (Help > About) and passes a new choice back through Host (app_state.h), which takes
// effect at the next start.
#pragma once

#include <string>

namespace kam {

enum class RendererChoice {
    Automatic,   // WebGL 2 where the GPU is real; the CPU renderer where it is missing or in software
    Gpu,
    Cpu,
};

struct RendererStatus {
    bool cpu = false;              // the CPU renderer draws (else the GPU)
    std::string reason;            // "CPU: WebGL 2 runs in software (SwiftShader)"
    RendererChoice chosen = RendererChoice::Automatic;   // the choice on this device, as it stands now
    bool choosable = false;        // the platform offers a choice (the browser; not the desktop build)
    bool reload_needed = false;    // the choice changed since start: a reload applies it
};

}  // namespace kam

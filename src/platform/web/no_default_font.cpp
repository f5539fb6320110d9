// KAM Canvas: leaves Dear ImGui's built-in font (ProggyClean, about 10 KB of the gzipped
// download) out of the browser build.
//
// ImFontAtlas::Build() calls AddFontDefault() when no font was added, so the linker keeps the
// font's data although we always add our own: the UI font is embedded in the wasm file and
// cannot be missing. cmake/web.cmake links with --wrap, which sends every call of
// AddFontDefault() here; nothing calls it while our font loads, and if that ever failed the
// app stops with a message instead of drawing without any font.
#include "imgui.h"

#include <cstdio>
#include <cstdlib>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    std::fputs("KAM Canvas: the UI font could not be loaded\n", stderr);
    std::abort();
}

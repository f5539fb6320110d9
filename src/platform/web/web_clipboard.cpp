// KAM Canvas: ImGui's clipboard in the browser. Emscripten's GLFW has no clipboard (its get and
// set do nothing), and a page may not read the system clipboard whenever it likes. What it may do
// is read the text of a paste: Ctrl+V (Cmd+V) on the page fires a 'paste' event after the keydown,
// and before the next frame handles that keydown. So the text of each paste becomes the clipboard
// ImGui reads, and any text field, or the forecast table's pasted column, gets what another
// program copied. A copy in the app goes to the system clipboard as well, where the browser allows it.
#include "platform/web/web_clipboard.h"

#include "imgui.h"

#include <emscripten.h>

#include <string>

namespace kam::platform {

static std::string g_clipboard;   // the last text pasted on the page, or copied in the app

// In the capture phase, before anything else on the page could stop it. The browser's own paste
// is cancelled: the canvas is no text field, and ImGui does the pasting.
EM_JS(void, js_install_paste_listener, (), {
    window.addEventListener("paste", (event) => {
        const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
        const bytes = new TextEncoder().encode(text);
        const copy = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, copy);
        HEAPU8[copy + bytes.length] = 0;
        Module._kam_clipboard_pasted(copy);
        _free(copy);
        event.preventDefault();
        Module._kam_wake();
    }, { capture: true });
});

// Needs the page focused and a recent user gesture (the Ctrl+C that copied); refused quietly otherwise,
// and the app's own clipboard still has the text.
EM_JS(void, js_write_system_clipboard, (const char* text), {
    try {
        if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
    } catch (e) {}
});

extern "C" EMSCRIPTEN_KEEPALIVE void kam_clipboard_pasted(const char* text) { g_clipboard = text; }

static const char* get_clipboard(void*) { return g_clipboard.c_str(); }

static void set_clipboard(void*, const char* text) {
    g_clipboard = text;
    js_write_system_clipboard(text);
}

void install_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    io.ClipboardUserData = nullptr;
    js_install_paste_listener();
}

}  // namespace kam::platform

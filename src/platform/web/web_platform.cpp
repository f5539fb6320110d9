// KAM Canvas: browser services (IDBFS, downloads, file picker, clock) for the web build.
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

namespace kam::platform {

static const char* kStorageFolder = "/data";
static std::function<void()> g_storage_ready;
static std::function<void(std::string, std::string)> g_on_file;

double now_seconds() { return emscripten_get_now() / 1000.0; }

std::string storage_folder() { return kStorageFolder; }

extern "C" EMSCRIPTEN_KEEPALIVE void kam_storage_ready() {
    if (g_storage_ready) std::exchange(g_storage_ready, nullptr)();
}

// A note in localStorage (synchronous, unlike IndexedDB) that this browser holds a workspace,
// made once storage has files (Module.kamNoteStored). Without it, storage is empty.
EM_JS(int, js_storage_known_empty, (), {
    try { return localStorage.getItem("kam-canvas-stored") === null ? 1 : 0; } catch (e) { return 0; }
});

bool storage_known_empty() { return js_storage_known_empty() != 0; }

// Mount IndexedDB-backed IDBFS and pull its files in before the app reads them.
EM_JS(void, js_open_storage, (const char* folder), {
    const path = UTF8ToString(folder);
    FS.mkdir(path);
    FS.mount(IDBFS, {}, path);
    Module.kamSync = { running: false, again: false };
    Module.kamNoteStored = () => { try { localStorage.setItem("kam-canvas-stored", "1"); } catch (e) {} };
    FS.syncfs(true, (err) => {
        if (err) console.error("KAM Canvas: could not read browser storage", err);
        performance.mark("kam:storage-read");
        if (FS.readdir(path).length > 2) Module.kamNoteStored();   // more than "." and ".."
        Module._kam_storage_ready();
    });
});

void open_storage(std::function<void()> ready) {
    g_storage_ready = std::move(ready);
    js_open_storage(kStorageFolder);
}

// One sync at a time: a request during a running sync runs once more when it ends, so
// the last write always reaches IndexedDB.
EM_JS(void, js_persist_storage, (), {
    const sync = Module.kamSync;
    if (sync.running) { sync.again = true; return; }
    sync.running = true;
    const start = performance.now();
    FS.syncfs(false, function done(err) {
        if (err) console.error("KAM Canvas: could not write browser storage", err);
        else Module.kamNoteStored();
        if (sync.again) { sync.again = false; FS.syncfs(false, done); return; }
        sync.running = false;
        sync.lastMs = performance.now() - start;   // read by bench/browser_bench.mjs
        Module._kam_wake();                        // the status line changes to "saved"
    });
});

EM_JS(int, js_storage_busy, (), { return Module.kamSync && Module.kamSync.running ? 1 : 0; });

void persist_storage() { js_persist_storage(); }
bool storage_busy() { return js_storage_busy() != 0; }

EM_JS(void, js_download_text, (const char* filename, const char* text, size_t length), {
    const bytes = HEAPU8.slice(text, text + length);
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = UTF8ToString(filename);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
});

void download_text(const std::string& filename, const std::string& text) {
    js_download_text(filename.c_str(), text.data(), text.size());
}

extern "C" EMSCRIPTEN_KEEPALIVE void kam_file_picked(const char* name, const char* text, size_t length) {
    if (g_on_file) g_on_file(name, std::string(text, length));
}

// The text crosses into wasm memory as UTF-8 bytes, then the C++ side takes a copy.
EM_JS(void, js_pick_text_file, (), {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.onchange = async () => {
        const file = input.files[0];
        if (!file) return;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const text = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, text);
        const nameBytes = new TextEncoder().encode(file.name);
        const name = _malloc(nameBytes.length + 1);
        HEAPU8.set(nameBytes, name);
        HEAPU8[name + nameBytes.length] = 0;
        Module._kam_file_picked(name, text, bytes.length);
        _free(text);
        _free(name);
        Module._kam_wake();
    };
    input.click();
});

void pick_text_file(std::function<void(std::string, std::string)> on_file) {
    g_on_file = std::move(on_file);
    js_pick_text_file();
}

}  // namespace kam::platform

// KAM Canvas: browser services (IDBFS, downloads, file picker, clock) for the web build.
#include "platform/platform.h"
#include "platform/web/downloads.h"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

namespace kam::platform {

static const char* kStorageFolder = "/data";
static std::function<void()> g_storage_ready;
static std::function<void(std::string, std::string)> g_on_file;
static std::function<void(std::string, double)> g_on_too_large;

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
    const sync = Module.kamSync = { running: false, again: false, error: null, waiters: [] };
    // What the browser lets the site store (read by storage_estimate()), refreshed after each save.
    const estimate = Module.kamEstimate = { known: false, usage: 0, quota: 0, persisted: false };
    Module.kamRefreshEstimate = () => {
        if (!navigator.storage || !navigator.storage.estimate) return;
        navigator.storage.estimate().then((e) => Object.assign(estimate, { known: true, usage: e.usage, quota: e.quota }))
            .then(() => navigator.storage.persisted && navigator.storage.persisted())
            .then((p) => { estimate.persisted = !!p; Module._kam_wake(); }, () => {});
    };
    Module.kamRefreshEstimate();
    // Runs 'then(error)' once no sync is running: the last one's error, or null.
    Module.kamAfterSync = (then) => sync.running ? sync.waiters.push(then) : then(sync.error);
    // Reads the folder again from IndexedDB, as another tab left it (see web_ownership.cpp).
    Module.kamReread = (done) => Module.kamAfterSync(() => FS.syncfs(true, (err) => {
        if (err) console.error("KAM Canvas: could not read browser storage", err);
        done();
    }));
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

// Writes what changed in the storage folder to IndexedDB, in IDBFS's own format (its load reads
// it back). Not with FS.syncfs(false): that clones every changed file into IndexedDB in one
// task, and the first save of a large workspace (60 MB) froze the page for that long. Here new
// part files go first, in transactions of about 1 MB with a task boundary between them; the
// rest (workspace.json, backups, removals) goes in one last transaction, which one failed write
// undoes whole. Parts always get new names and old ones are removed only in that last step, and
// it waits for the next sync when a save came after the listing, so IndexedDB holds a whole
// workspace at every moment, even when a write fails (a full quota). One sync at a time: a request
// during a sync runs once more after it, so the last write always arrives.
EM_JS(void, js_persist_storage, (const char* folder), {
    const sync = Module.kamSync;
    if (sync.running) { sync.again = true; return; }
    sync.running = true;
    const start = performance.now();
    const mount = FS.lookupPath(UTF8ToString(folder)).node.mount;
    const finish = (err) => {
        if (err) console.error("KAM Canvas: could not write browser storage", err);
        else Module.kamNoteStored();
        if (sync.again) { sync.again = false; run(); return; }
        sync.running = false;
        sync.error = err || null;
        if (err) sync.failures = (sync.failures || 0) + 1;
        sync.lastMs = performance.now() - start;   // read by bench/browser_bench.mjs
        if (!err && Module.kamOnPersisted) Module.kamOnPersisted();   // other tabs follow
        Module.kamRefreshEstimate();
        for (const then of sync.waiters.splice(0)) then(sync.error);
        Module._kam_wake();                        // the status line changes to "saved"
    };
    // A task boundary between two transactions, as setTimeout(0) would give, but not slowed down
    // in a hidden tab (browsers hold its timers back to one a second or less): the tab handing the
    // workspace over to another one is hidden, and the other tab waits for this write.
    const nextTask = (then) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { channel.port1.close(); then(); };
        channel.port2.postMessage(null);
    };
    const writeAll = (local, remote) => {
        // IDBFS tells a changed file by its time to the millisecond. A part (of accounts, or the
        // snapshots' file) is written once under its own name, so that holds for parts; the other
        // files (the main file, backups, the last view, the export record) are rewritten under one
        // name, two writes can fall in the same millisecond (or a clock be set back), and they are
        // small: they always go.
        const isPart = (p) => /^(part|snapshots)-/.test(p.split("/").pop());
        const changed = Object.keys(local.entries).filter((p) => !isPart(p) || !remote.entries[p] ||
            remote.entries[p].timestamp.getTime() !== local.entries[p].timestamp.getTime());
        const removed = Object.keys(remote.entries).filter((p) => !local.entries[p]);
        const batches = [[]];
        let bytes = 0;
        for (const p of changed.filter(isPart)) {
            if (bytes >= 1 << 20) { batches.push([]); bytes = 0; }
            batches[batches.length - 1].push(p);
            try { bytes += FS.stat(p).size; } catch (e) {}   // removed meanwhile: loadLocalEntry says so
        }
        const write = (i) => {
            const last = i === batches.length;
            // A save since the listing (it asked for another sync) may name parts this sync has not
            // written: the main file and the removals wait for that sync, which lists everything again.
            if (last && sync.again) return finish(null);
            const tx = remote.db.transaction([IDBFS.DB_STORE_NAME], "readwrite");
            const store = tx.objectStore(IDBFS.DB_STORE_NAME);
            let failure = null;
            // One failed write undoes the whole transaction: the main file and the removal of the
            // parts it no longer names go in together or not at all.
            const fail = (err) => {
                if (failure) return;
                failure = err || "unknown error";
                try { tx.abort(); } catch (e) {}   // already finished: nothing to undo
            };
            tx.onerror = (e) => { fail(tx.error); e.preventDefault(); };
            tx.onabort = () => finish(failure || tx.error || "the write was aborted");
            tx.oncomplete = () => failure ? finish(failure) : last ? finish(null) : nextTask(() => {
                try { write(i + 1); } catch (e) { finish(e); }
            });
            // A file removed since the listing (an old part, the renamed temporary file) is skipped:
            // the save that removed it asks for another sync, which removes it here too.
            // After a failure (the transaction is aborted) nothing more is asked of it.
            const gone = (p) => !FS.analyzePath(p).exists;
            for (const p of last ? changed.filter((p) => single || !isPart(p)).sort() : batches[i])
                if (!failure) IDBFS.loadLocalEntry(p, (err, entry) => err ? gone(p) || fail(err) :
                    IDBFS.storeRemoteEntry(store, p, entry, (e) => e && fail(e)));
            if (last) for (const p of removed.sort().reverse())
                if (!failure) IDBFS.removeRemoteEntry(store, p, (e) => e && fail(e));
        };
        // A small save (parts under 1 MB: the usual edit) goes in one transaction, whole or not at
        // all: one commit to wait for instead of two.
        const single = batches.length === 1;
        write(single ? 1 : 0);
    };
    // Whatever goes wrong ends the sync with a message: a sync that never ends would leave the
    // status at "Saving..." and block every later one.
    const run = () => IDBFS.getLocalSet(mount, (err, local) => err ? finish(err) :
        IDBFS.getRemoteSet(mount, (err, remote) => {
            if (err) return finish(err);
            try { writeAll(local, remote); } catch (e) { finish(e); }
        }));
    run();
});

EM_JS(int, js_storage_busy, (), { return Module.kamSync && Module.kamSync.running ? 1 : 0; });

EM_JS(int, js_storage_failures, (), { return Module.kamSync ? Module.kamSync.failures || 0 : 0; });

// The text crosses as UTF-8 bytes in memory the caller frees.
EM_JS(char*, js_storage_failure, (), {
    const err = Module.kamSync && Module.kamSync.error;
    const text = !err ? "" : err.name && err.message ? err.name + ": " + err.message : String(err);
    const bytes = new TextEncoder().encode(text);
    const copy = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, copy);
    HEAPU8[copy + bytes.length] = 0;
    return copy;
});

EM_JS(int, js_estimate_known, (), { return Module.kamEstimate && Module.kamEstimate.known ? 1 : 0; });
EM_JS(double, js_estimate_usage, (), { return Module.kamEstimate.usage; });
EM_JS(double, js_estimate_quota, (), { return Module.kamEstimate.quota; });
EM_JS(int, js_estimate_persisted, (), { return Module.kamEstimate.persisted ? 1 : 0; });
EM_JS(void, js_request_persistent_storage, (), {
    if (!navigator.storage || !navigator.storage.persist) return;
    navigator.storage.persist().then((granted) => { Module.kamEstimate.persisted = granted; Module._kam_wake(); }, () => {});
});

StorageEstimate storage_estimate() {
    if (!js_estimate_known()) return {};
    return {true, js_estimate_usage(), js_estimate_quota(), js_estimate_persisted() != 0};
}
void request_persistent_storage() { js_request_persistent_storage(); }

void persist_storage() { js_persist_storage(kStorageFolder); }
bool storage_busy() { return js_storage_busy() != 0; }
int storage_failures() { return js_storage_failures(); }

// A text from JavaScript, as UTF-8 bytes in memory it allocated for us to free.
static std::string take_js_text(char* text) {
    std::string copy = text;
    std::free(text);
    return copy;
}

std::string storage_failure() { return take_js_text(js_storage_failure()); }

// localStorage can be switched off (or full): then nothing is remembered, and nothing fails.
EM_JS(char*, js_read_preferences, (), {
    let text = "";
    try { text = localStorage.getItem("kam-preferences") || ""; } catch (e) {}
    const bytes = new TextEncoder().encode(text);
    const copy = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, copy);
    HEAPU8[copy + bytes.length] = 0;
    return copy;
});
EM_JS(void, js_write_preferences, (const char* text), {
    try { localStorage.setItem("kam-preferences", UTF8ToString(text)); } catch (e) {}
});

std::string read_preferences_text() { return take_js_text(js_read_preferences()); }
void write_preferences_text(const std::string& text) { js_write_preferences(text.c_str()); }

void download_text(const std::string& filename, const std::string& text) {
    kam_download_text(filename.c_str(), text.data(), text.size());
}

// 'text' is null when the file was too large to read: 'size' is then its size in bytes.
extern "C" EMSCRIPTEN_KEEPALIVE void kam_file_picked(const char* name, const char* text, size_t length, double size) {
    if (!text && g_on_too_large) g_on_too_large(name, size);
    else if (text && g_on_file) g_on_file(name, std::string(text, length));
}

// The text crosses into wasm memory as UTF-8 bytes, then the C++ side takes a copy.
// A file over max_bytes is not read into memory at all: only its size crosses.
EM_JS(void, js_pick_text_file, (const char* accept, double max_bytes), {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = UTF8ToString(accept);
    input.onchange = async () => {
        const file = input.files[0];
        if (!file) return;
        const nameBytes = new TextEncoder().encode(file.name);
        const name = _malloc(nameBytes.length + 1);
        HEAPU8.set(nameBytes, name);
        HEAPU8[name + nameBytes.length] = 0;
        if (file.size > max_bytes) {
            Module._kam_file_picked(name, 0, 0, file.size);
        } else {
            const bytes = new Uint8Array(await file.arrayBuffer());
            const text = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, text);
            Module._kam_file_picked(name, text, bytes.length, bytes.length);
            _free(text);
        }
        _free(name);
        Module._kam_wake();
    };
    input.click();
});

void pick_text_file(const char* accept, size_t max_bytes, std::function<void(std::string, std::string)> on_file,
                    std::function<void(std::string, double)> too_large) {
    g_on_file = std::move(on_file);
    g_on_too_large = std::move(too_large);
    js_pick_text_file(accept, static_cast<double>(max_bytes));
}

}  // namespace kam::platform

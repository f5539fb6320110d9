// KAM Canvas: which tab owns the workspace (see StorageOwnership in platform.h).
//
// Every tab of the site asks for one Web Lock, "kam-canvas-workspace". The tab that holds it
// saves; a tab that finds it taken shows the workspace read-only. The lock is the browser's:
// it moves on by itself when its tab closes or crashes, and every version of the app that has
// this file asks for the same name, so an older and a newer tab never both save.
//
// The tabs talk over a BroadcastChannel of the same name:
//   "handover"  a read-only tab asks the owner to let go ("Use here"), after queueing its own
//               request for the lock, so that request is the one that gets it;
//   "saved"     the owner's save reached IndexedDB: the others read it again to follow it.
// A browser without Web Locks (or BroadcastChannel) has nothing to share with: the tab owns.
#include "platform/platform.h"

#include <emscripten.h>

#include <utility>

namespace kam::platform {

static StorageOwnership g_ownership;
static std::function<void()> g_reread_ready;

extern "C" EMSCRIPTEN_KEEPALIVE void kam_ownership_changed(int owned) {
    if (g_ownership.changed) g_ownership.changed(owned != 0);
}
extern "C" EMSCRIPTEN_KEEPALIVE void kam_handover_asked() {
    if (g_ownership.handover_asked) g_ownership.handover_asked();
}
extern "C" EMSCRIPTEN_KEEPALIVE void kam_release_failed() {
    if (g_ownership.release_failed) g_ownership.release_failed();
}
extern "C" EMSCRIPTEN_KEEPALIVE void kam_saved_elsewhere() {
    if (g_ownership.saved_elsewhere) g_ownership.saved_elsewhere();
}
extern "C" EMSCRIPTEN_KEEPALIVE void kam_storage_reread() {
    if (g_reread_ready) std::exchange(g_reread_ready, nullptr)();
}

// Module.kamOwner.release is set while this tab holds the lock: calling it lets go.
EM_JS(void, js_claim_storage, (), {
    const name = "kam-canvas-workspace";
    const call = (f) => { f(); Module._kam_wake(); };   // a hidden tab's loop may be paused
    const own = Module.kamOwner = { name, release: null, asking: false, channel: null, call };
    if (!navigator.locks || typeof BroadcastChannel === "undefined") {
        call(() => Module._kam_ownership_changed(1));
        return;
    }
    own.channel = new BroadcastChannel(name);
    own.channel.onmessage = (event) => {
        if (event.data === "handover" && own.release) call(() => Module._kam_handover_asked());
        else if (event.data === "saved" && !own.release) call(() => Module._kam_saved_elsewhere());
    };
    Module.kamOnPersisted = () => { if (own.release) own.channel.postMessage("saved"); };
    own.hold = (lock) => new Promise((resolve) => {
        own.release = resolve;
        own.asking = false;
        call(() => Module._kam_ownership_changed(1));
    });
    navigator.locks.request(name, { ifAvailable: true }, (lock) => {
        if (lock) return own.hold(lock);
        call(() => Module._kam_ownership_changed(0));
    });
});

EM_JS(void, js_ask_for_storage, (), {
    const own = Module.kamOwner;
    if (!own.channel || own.release || own.asking) return;
    own.asking = true;
    navigator.locks.request(own.name, own.hold);   // queued first, so the owner lets go to this tab
    own.channel.postMessage("handover");
});

// Lets go once the last save is in IndexedDB: the next owner reads it from there.
EM_JS(void, js_release_storage, (), {
    const own = Module.kamOwner;
    if (!own.release) return;
    Module.kamAfterSync((err) => {
        if (err) { own.call(() => Module._kam_release_failed()); return; }
        const release = own.release;
        own.release = null;
        release();
    });
});

EM_JS(void, js_reread_storage, (), {
    Module.kamReread(() => Module.kamOwner.call(() => Module._kam_storage_reread()));
});

void claim_storage(StorageOwnership callbacks) {
    g_ownership = std::move(callbacks);
    js_claim_storage();
}

void ask_for_storage() { js_ask_for_storage(); }
void release_storage() { js_release_storage(); }

void reread_storage(std::function<void()> ready) {
    g_reread_ready = std::move(ready);
    js_reread_storage();
}

}  // namespace kam::platform

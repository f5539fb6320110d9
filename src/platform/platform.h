// KAM Canvas: what the app needs from the machine it runs on. One implementation per
// platform: web/ (browser: IDBFS, downloads, file picker, page lifecycle) and native/
// (desktop: plain files). Only these files know which platform they are on.
#pragma once

#include <functional>
#include <string>

namespace kam::platform {

double now_seconds();             // monotonic
std::string today();              // "YYYY-MM-DD", local time (today.cpp, shared)

// The folder the Store keeps the workspace in. On the web it is backed by IndexedDB:
// open_storage() loads it (asynchronously) and calls 'ready' when files can be read.
std::string storage_folder();
void open_storage(std::function<void()> ready);
// True when nothing can be stored yet (this browser has never saved a workspace), so the app
// may show the sample before open_storage() answers: on a first visit, opening IndexedDB
// takes most of the time to the first frame. False when unsure.
bool storage_known_empty();
// Makes what was written to the storage folder durable (web: IndexedDB sync, queued so
// two never overlap). Native: nothing to do.
void persist_storage();
bool storage_busy();              // a persist is still running
// How many persists have failed so far (web: IndexedDB refused a write, e.g. the quota is
// exceeded; the stored workspace is then still the last one that was persisted whole), and
// what the last failure said. Native: none.
int storage_failures();
std::string storage_failure();

// How much the browser lets this site store, and whether it may clear it to free space
// (web: navigator.storage; refreshed after each persist). Native: not known.
struct StorageEstimate {
    bool known = false;
    double usage = 0, quota = 0;   // bytes
    bool persisted = false;        // the browser will not clear it on its own
};
StorageEstimate storage_estimate();
// Asks the browser to keep this site's storage (navigator.storage.persist()); the answer shows
// in storage_estimate().persisted. Asked once there is real data to keep.
void request_persistent_storage();

// Only one tab saves the workspace; the others show it read-only, so no tab writes over
// another's work. Web: a Web Lock that every tab of the site asks for, whatever its version
// (web_ownership.cpp); native: this process always owns its folder.
struct StorageOwnership {
    // This tab owns the workspace now (true), or another tab does (false). Called once the
    // first answer is known, then whenever ownership moves.
    std::function<void(bool owned)> changed;
    // In the owner: another tab asked to edit ("Use here"). Save everything, then call
    // release_storage(), or keep the workspace when it cannot be saved.
    std::function<void()> handover_asked;
    // In the owner, after release_storage(): the save did not reach storage, so it did not let
    // go and still owns the workspace (its copy is the newest one).
    std::function<void()> release_failed;
    // In the other tabs: the owner's save reached storage (read it again to follow it).
    std::function<void()> saved_elsewhere;
};
void claim_storage(StorageOwnership callbacks);
void ask_for_storage();     // "Use here": changed(true) follows once the owner let go
void release_storage();     // lets go once the last save reached storage (else release_failed)
// Reads the storage folder again from where it is kept (web: IndexedDB), as another tab left
// it, then calls 'ready'. Only in a tab that does not own it: its own unsaved files are lost.
void reread_storage(std::function<void()> ready);

// The device's preferences (storage/device_preferences.h) as one small text, read before the
// first frame. Web: localStorage, which the site's tabs share and which answers at once (unlike
// IndexedDB); native: a file in the storage folder. Nothing when none is stored.
std::string read_preferences_text();
void write_preferences_text(const std::string& text);

void download_text(const std::string& filename, const std::string& text);
// Opens a file picker offering the kinds in 'accept' (an HTML accept list: ".json,application/json");
// the chosen file's text arrives through 'on_file'. A file over 'max_bytes' is not read (it could
// exhaust the page's memory): 'too_large' gets its name and size.
void pick_text_file(const char* accept, size_t max_bytes, std::function<void(std::string name, std::string text)> on_file,
                    std::function<void(std::string name, double bytes)> too_large);

}  // namespace kam::platform

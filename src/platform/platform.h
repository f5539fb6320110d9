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

void download_text(const std::string& filename, const std::string& text);
// Opens a file picker; the chosen file's text arrives through 'on_file'.
void pick_text_file(std::function<void(std::string name, std::string text)> on_file);

}  // namespace kam::platform

// KAM Canvas: two pieces of work at the same time, on the calling thread and on one helper.
//
// The helper is one long-lived thread, started at the first call, never a new one per call: in
// the browser a new thread starts only after the main thread has returned to the browser, so a
// thread started and waited for within one task would never run, and the page would hang.
// Emscripten keeps one Web Worker ready for this helper (PTHREAD_POOL_SIZE in CMakeLists.txt).
#pragma once

#include <functional>

namespace kam {

// Runs 'beside' on the helper while this thread runs 'here'; returns when both are done.
// One caller at a time (the app's main thread).
void run_in_parallel(const std::function<void()>& here, const std::function<void()>& beside);

}  // namespace kam

// KAM Canvas: two pieces of work at the same time, on the calling thread and on one helper.
//
// The helper is one long-lived thread, never a new one per call: in the browser a new thread
// starts only after the main thread has returned to the browser (its Web Worker loads, then
// the main thread tells it to run), so a thread started and waited for within one task would
// never run, and the page would hang. The app starts the helper early (start_helper()); until it
// runs, both pieces run on the calling thread, one after the other.
#pragma once

#include <functional>

namespace kam {

// Starts the helper thread, if it is not started yet.
void start_helper();

// Runs 'beside' on the helper while this thread runs 'here'; returns when both are done.
// One caller at a time (the app's main thread).
void run_in_parallel(const std::function<void()>& here, const std::function<void()>& beside);

}  // namespace kam

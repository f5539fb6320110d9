// KAM Canvas: two pieces of work at the same time, on the calling thread and on one helper.
//
// The helper is one long-lived thread, never a new one per call: in the browser a new thread
// starts only after the main thread has returned to the browser (its Web Worker loads, then
// the main thread tells it to run), so a thread started and waited for within one task would
// never run, and the page would hang. The app starts the helper early (start_helper()); until it
// runs, both pieces run on the calling thread, one after the other.
#pragma once

#include <cstddef>
#include <functional>

namespace kam {

// Starts the helper thread, if it is not started yet.
void start_helper();

// Runs 'beside' on the helper while this thread runs 'here'; returns when both are done.
// One caller at a time (the app's main thread).
void run_in_parallel(const std::function<void()>& here, const std::function<void()>& beside);

// Calls work(i, worker) for every i in [0, count): this thread (worker 0) and the helper (worker 1)
// each take the next index whenever they are free, rather than half each. On a machine where the
// other core is busy (the browser's GPU and compositor processes, another program), the helper gets
// only part of a core: with fixed halves this thread would wait for the helper's half, and the two
// threads would take longer than one. Here this thread never waits for more than the helper's current
// item, and not at all when the helper did not get to run. Returns when every index is done; the two
// workers may run two indexes at the same time.
void parallel_for(size_t count, const std::function<void(size_t index, int worker)>& work);

}  // namespace kam

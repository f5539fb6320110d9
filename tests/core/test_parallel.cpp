// run_in_parallel: both pieces run, on two threads once the helper runs, and it serves call after call.
#include "core/parallel.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace kam;

TEST_CASE("run_in_parallel runs both pieces, the second on the helper once it runs, call after call") {
    start_helper();
    // The helper starts in its own time; until it runs, both pieces run on this thread.
    std::thread::id first_helper_thread = std::this_thread::get_id();
    for (int wait = 0; wait < 2000 && first_helper_thread == std::this_thread::get_id(); wait++) {
        int beside = 0;
        run_in_parallel([] {}, [&] { beside = 1; first_helper_thread = std::this_thread::get_id(); });
        REQUIRE(beside == 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(first_helper_thread != std::this_thread::get_id());
    for (int call = 0; call < 100; call++) {
        int here = 0, beside = 0;
        std::thread::id here_thread, beside_thread;
        run_in_parallel([&] { here = call; here_thread = std::this_thread::get_id(); },
                        [&] { beside = call + 1; beside_thread = std::this_thread::get_id(); });
        REQUIRE(here == call);
        REQUIRE(beside == call + 1);   // done by the time run_in_parallel returns
        REQUIRE(here_thread == std::this_thread::get_id());
        REQUIRE(beside_thread == first_helper_thread);
    }
}

TEST_CASE("parallel_for does every index once, on this thread and the helper, call after call") {
    start_helper();
    for (size_t count : {0, 1, 2, 7, 1000}) {
        for (int call = 0; call < 20; call++) {
            std::vector<std::atomic<int>> done(count);
            std::atomic<int> wrong_worker = 0;   // no REQUIRE on the helper: Catch2 is not thread-safe
            const std::thread::id caller = std::this_thread::get_id();
            parallel_for(count, [&](size_t i, int worker) {
                done[i]++;
                if ((worker == 0) != (std::this_thread::get_id() == caller)) wrong_worker++;
            });
            for (size_t i = 0; i < count; i++) REQUIRE(done[i] == 1);   // all done when it returns
            REQUIRE(wrong_worker == 0);
        }
    }
}

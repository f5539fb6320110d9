// run_in_parallel: both pieces run, on two threads, and the helper serves call after call.
#include "core/parallel.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace kam;

TEST_CASE("run_in_parallel runs both pieces, the second on another thread, call after call") {
    for (int call = 0; call < 100; call++) {
        int here = 0, beside = 0;
        std::thread::id here_thread, beside_thread;
        run_in_parallel([&] { here = call; here_thread = std::this_thread::get_id(); },
                        [&] { beside = call + 1; beside_thread = std::this_thread::get_id(); });
        REQUIRE(here == call);
        REQUIRE(beside == call + 1);   // done by the time run_in_parallel returns
        REQUIRE(here_thread == std::this_thread::get_id());
        REQUIRE(beside_thread != here_thread);
    }
}

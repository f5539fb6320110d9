// Milliseconds since a steady-clock time point: the one stopwatch of the native benchmarks.
#pragma once

#include <chrono>

inline double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

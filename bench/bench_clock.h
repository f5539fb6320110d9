// Milliseconds since a steady-clock time point: the one stopwatch of the native benchmarks, and
// the median of what it measured.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

inline double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Milliseconds since a steady-clock time point: the one stopwatch of the native benchmarks, and
// the median (or another percentile) of what it measured.
#pragma once

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

inline double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The value 'percent' of the way up the sorted values (the last one at most).
inline double percentile(std::vector<double> v, size_t percent) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * percent / 100)];
}

inline double median(std::vector<double> v) { return percentile(std::move(v), 50); }

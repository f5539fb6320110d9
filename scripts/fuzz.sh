#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp: the workspace reader and validator, the
# side-file reader, typed numbers, the CSV of actuals) with AddressSanitizer and UndefinedBehaviorSanitizer, then runs
# each for a bounded time, from the seeds in tests/fuzz/corpus/<name>/. Any crash, hang, leak or
# sanitizer report fails, and the input that caused it is left in build/fuzz/.
#   scripts/fuzz.sh          60 s per target (what scripts/test.sh runs)
#   scripts/fuzz.sh 3600     a longer run: an hour per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_targets
for source in tests/fuzz/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  seeds="tests/fuzz/corpus/${name#fuzz_}"
  found="build/fuzz/corpus-${name#fuzz_}"   # what the fuzzer finds; the seeds in git stay as they are
  mkdir -p "$found"
  echo "== $name: ${seconds} s"
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: memory beyond it is a failure.
  log="build/fuzz/$name.log"
  status=0
  (cd build/fuzz && "./$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 "../../$found" "../../$seeds") >"$log" 2>&1 || status=$?
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -60 "$log"
    echo "$name failed (exit $status): the input is in build/fuzz/, the log in $log"
    exit 1
  fi
done
echo "== fuzzing passed"

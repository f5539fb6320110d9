#!/usr/bin/env bash
# Installs what the tests need, then runs every test: core and storage unit tests, headless
# UI tests (native), the fuzz targets (bounded), and browser end-to-end tests (web build in
# headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/install-deps.sh --tests

echo "== native build and unit/UI tests"
[ -f build/native/build.ninja ] || cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native -j2
# ctest runs each test case alone, by name; a name it cannot pass through (one with ';')
# would silently match nothing, so the binaries also run whole.
build/native/core_tests
build/native/ui_tests
build/native/golden_tests

echo "== fuzzing the text readers (libFuzzer, 60 s per target)"
scripts/fuzz.sh 60

echo "== web build and browser end-to-end tests"
scripts/build-web.sh
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/   # a hang fails, not stalls CI

echo "== all tests passed in $(( $(date +%s) - start )) s"

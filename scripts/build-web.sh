#!/usr/bin/env bash
# Builds the browser app into build/web/site (incremental after the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/web/build.ninja ] || cmake --preset web >/dev/null
cmake --build --preset web

#!/usr/bin/env bash
# Builds the web app and serves it on localhost (prints the URL).
#   scripts/serve.sh [port]       default port 8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build-web.sh
exec node scripts/serve.mjs build/web/site "${1:-8080}"

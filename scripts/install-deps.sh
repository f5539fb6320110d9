#!/usr/bin/env bash
# Installs everything KAM Canvas needs to build and test on a fresh Debian bookworm
# machine (as root). Safe to run again: each step checks before it installs.
#   scripts/install-deps.sh          build tools (web + native)
#   scripts/install-deps.sh --tests  also Chromium and playwright-core for browser tests, and clang
#                                    with libFuzzer for the fuzz targets
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

IMGUI_VERSION="1.90.1+ds-1"
IMGUI_DIR="third_party/imgui"   # unpacked here, ignored by git

apt_packages=(emscripten catch2 nlohmann-json3-dev cmake ninja-build g++ xz-utils
              fonts-dejavu-core fonttools esbuild libglfw3-dev dpkg-dev zlib1g-dev)
[ $want_tests -eq 1 ] && apt_packages+=(chromium clang-14 libclang-rt-14-dev)   # browser tests; fuzzing

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Dear ImGui's source is only in the source package: apt needs a deb-src entry.
src_list=/etc/apt/sources.list.d/kam-canvas-src.sources
need_src=0
[ -f "$IMGUI_DIR/imgui.cpp" ] || need_src=1

if [ $need_src -eq 1 ] && [ ! -f "$src_list" ]; then
  $SUDO tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  missing+=("__update__")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt: installing ${missing[*]}"
  $SUDO apt-get update -qq
  pkgs=()
  for p in "${missing[@]}"; do [ "$p" != "__update__" ] && pkgs+=("$p"); done
  [ ${#pkgs[@]} -gt 0 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi

if [ $need_src -eq 1 ]; then
  echo "== Dear ImGui $IMGUI_VERSION source (apt-get source)"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only "imgui=$IMGUI_VERSION")
  mkdir -p "$IMGUI_DIR"
  tar -xJf "$tmp"/imgui_*.orig.tar.xz -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
fi

if [ $want_tests -eq 1 ]; then
  if [ ! -d node_modules/playwright-core ]; then
    echo "== npm: playwright-core (from package-lock.json)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
fi
echo "== dependencies ready"

#!/usr/bin/env bash
# Installs the Debian/Ubuntu system libraries Qt needs (architecture.md), only those
# missing. Used by .ci/run and by `make run`/`make test` on a fresh machine.
set -euo pipefail
PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libx11-6
  xvfb xauth libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-util1 libdbus-1-3
  fonts-dejavu-core xdotool x11-xkb-utils xkb-data
)
PACKAGES+=("$@")
command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian-like system; skipping system packages"; exit 0; }
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

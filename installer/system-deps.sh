#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Packstation needs, when run as root and they are missing;
# otherwise print exactly what to install. Usage: installer/system-deps.sh run|test
set -euo pipefail
what=${1:-run}

# Qt's xcb platform plugin (a real desktop) and the offscreen plugin (selftest, tests).
run_pkgs=(libegl1 libgl1 libopengl0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libwayland-cursor0 libwayland-egl1
          # Fonts that draw Arabic, Devanagari (Hindi) and Turkish names on screen and in PDFs.
          fonts-dejavu-core fonts-noto-core
          # FriBiDi: Pillow's Raqm layout loads it at run time to shape Arabic and Devanagari
          # names for labels, slips and invoices (printers/text.py).
          libfribidi0)
# Tests: a real PostgreSQL server (started by the tests on a loopback port) and Xvfb for the
# optional real-window GUI run.
# desktop-file-utils validates the Linux desktop entry.
test_pkgs=("${run_pkgs[@]}" postgresql xvfb xauth desktop-file-utils)

case "$what" in
  run) pkgs=("${run_pkgs[@]}") ;;
  test) pkgs=("${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-based system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

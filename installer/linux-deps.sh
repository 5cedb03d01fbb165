#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs. Usage: linux-deps.sh test|gui
# "test" is what the headless test suite needs; "gui" adds the X11 (xcb) libraries for a real window.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can do automatically

test_pkgs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
           poppler-utils zbar-tools)
gui_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
          libxkbcommon-x11-0 fonts-dejavu-core)
case "${1:-test}" in
  test) want=("${test_pkgs[@]}") ;;
  gui)  want=("${test_pkgs[@]}" "${gui_pkgs[@]}") ;;
  *) echo "usage: $0 test|gui" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "Missing system libraries: ${missing[*]}" >&2
  echo "Install them as root:  apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system libraries: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"

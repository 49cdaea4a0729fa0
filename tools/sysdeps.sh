#!/usr/bin/env bash
# Install the system packages Vaxa Desktop needs on Debian/Ubuntu, if any are missing.
# Root installs directly, others through sudo; without either it prints the command and stops.
set -euo pipefail

PACKAGES=(
  python3 python3-venv
  libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xkb1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  ffmpeg xvfb xauth x11-utils libxml2-utils
  postgresql postgresql-client
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian-like system; install VLC, ffmpeg and Python 3.11+ yourself (see README)." >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == *"install ok installed"* ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
echo "sysdeps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
else
  echo "sysdeps: these system packages are missing. As root, run:" >&2
  echo "  apt-get update && ${cmd[*]}" >&2
  exit 1
fi

#!/usr/bin/env bash
# Installs the Debian packages sodesk needs to run and to be tested, only when one is missing,
# so that `make run` and `make test` stay quick the second time.
set -euo pipefail

packages=(
  # Qt's xcb and offscreen platforms
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  # fonts with the euro sign and Dutch diacritics, for the window and the PDFs
  fonts-dejavu-core
  # tests: a virtual screen, PDF pages to PNG, a real PostgreSQL server
  xvfb poppler-utils postgresql
  # python's venv module
  python3-venv
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# A python3 that is not Debian's (pyenv, a CI image) brings its own venv: do not insist on it.
if python3 -c 'import venv, ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
missing=(${missing[@]+"${missing[@]}"})
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

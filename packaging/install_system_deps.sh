#!/bin/sh
# Install the Debian/Ubuntu packages that Qt needs to run (offscreen for tests, on X11 or
# Wayland for the app). Does nothing when they are all present; called by make and .ci/run.
#   packaging/install_system_deps.sh          libraries for tests and the app
#   packaging/install_system_deps.sh --tools  also Xvfb and poppler-utils (screenshots, PDF pages)
set -eu

packages="libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1"
if [ "${1:-}" = "--tools" ]; then
    packages="$packages xvfb poppler-utils x11-apps imagemagick"
fi

command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: the user installs Qt's libraries
missing=""
for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    apt_get="apt-get"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt_get="sudo apt-get"
else
    echo "Qt needs these system packages; install them and run make again:" >&2
    echo "    sudo apt-get install$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
DEBIAN_FRONTEND=noninteractive $apt_get update -qq
DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends $missing >/dev/null

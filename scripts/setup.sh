#!/usr/bin/env bash
# Installs what AltDist needs to build and test, then configures and builds it.
#   scripts/setup.sh [--build-dir DIR] [--no-build]
# Debian 12 / Ubuntu 23.04+: missing packages are installed with apt-get
# (as root, or through sudo). Other systems: prints what to install.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ALTDIST_BUILD_DIR:-$here/build}"
do_build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --no-build) do_build=0; shift ;;
        *) echo "setup.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

# Build: compiler, CMake, Qt 6 (Core, Network, Widgets, Test, Linguist tools),
# QtKeychain, OpenSSL 3, valijson (sandbox spec validation), libzip (package zips),
# and at run time the Qt SVG plugin (application icon) and Qt's own catalogues.
build_pkgs=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libvalijson-dev libzip-dev
    libqt6svg6 qt6-translations-l10n)  # run time: the SVG plugin draws the icon; Qt's own texts in the user's language
# Tests and running the GUI headless: a real Secret Service in a private
# D-Bus session, the offscreen/xcb platform plugins, a virtual X server;
# jq for the command-line tour in cli-tour.sh.
test_pkgs=(jq gnome-keyring dbus dbus-x11 libsecret-tools qt6-qpa-plugins xvfb xauth fonts-dejavu-core)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    install_missing "${build_pkgs[@]}" "${test_pkgs[@]}"
else
    cat >&2 <<'MSG'
setup.sh: no apt-get here. Install by hand, then re-run with the tools on PATH:
  macOS (Homebrew): brew install cmake ninja qt qtkeychain openssl@3 valijson libzip pkg-config
  Windows (vcpkg):  vcpkg install qtbase qttools qtkeychain-qt6 openssl valijson libzip
MSG
fi

[ "$do_build" -eq 1 ] || exit 0

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${ALTDIST_BUILD_TYPE:-RelWithDebInfo}" \
    -DALTDIST_WERROR="$werror" "${launcher[@]}"
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"

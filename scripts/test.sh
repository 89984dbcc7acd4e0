#!/usr/bin/env bash
# Sets up everything (packages, build) and runs the whole test suite.
# Keychain tests start their own gnome-keyring in a private D-Bus session.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ALTDIST_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" --build-dir "$build_dir"
# No X display for tests: a locked keyring under X would open a prompt.
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"

#!/usr/bin/env bash
# Sets up everything (missing Debian/Ubuntu packages, the build) and opens the
# AltDist desktop app on its built-in sandbox: a local, stateful stand-in for
# App Store Connect, so no Apple account is needed and nothing reaches Apple.
# Without a display (an SSH session, a container) it runs the same flow with
# altdist-cli instead (scripts/cli-tour.sh). Extra arguments go to altdist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ALTDIST_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" --build-dir "$build_dir"

app="$build_dir/app/altdist"
[ -x "$build_dir/app/altdist.app/Contents/MacOS/altdist" ] && app="$build_dir/app/altdist.app/Contents/MacOS/altdist"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname -s)" = Darwin ]; then
    echo "Opening AltDist on the sandbox: a local stand-in for App Store Connect; nothing reaches Apple."
    exec "$app" --sandbox "$@"
fi
cat <<'MSG'
There is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so the
desktop app cannot open. Showing the same flow with altdist-cli instead.
To see the desktop app without a screen:  xvfb-run -a build/app/altdist --sandbox
MSG
exec "$here/scripts/cli-tour.sh" --no-setup

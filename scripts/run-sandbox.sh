#!/usr/bin/env bash
# Sets up everything (packages, build) and runs AltDist against the sandbox:
# a local, stateful stand-in for App Store Connect, no Apple account needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ALTDIST_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" --build-dir "$build_dir"
cli="$build_dir/app/cli/altdist-cli"
say() { printf '\n\033[1m$ altdist-cli --sandbox %s\033[0m\n' "$*"; }
run() { say "$@"; "$cli" --sandbox "$@"; }
# Each command below starts its own in-process sandbox seeded with the same
# demo data: a tour of what AltDist does.
run apps list
run domains list
run keys list
run versions APP_ID_PLACEHOLDER

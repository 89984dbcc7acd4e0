#!/usr/bin/env bash
# The web-distribution flow with altdist-cli against the sandbox (a local,
# stateful stand-in for App Store Connect, no Apple account needed): starts
# altdist-sandbox, runs real commands with real output, then at a terminal
# leaves the sandbox running for you to try more until you press Ctrl+C.
# scripts/run-sandbox.sh runs this when there is no display for the desktop app.
# Usage: cli-tour.sh [--no-setup]   (--no-setup: the build is already there)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ALTDIST_BUILD_DIR:-$here/build}"
[ "${1:-}" = --no-setup ] || "$here/scripts/setup.sh" --build-dir "$build_dir"

cli="$build_dir/app/cli/altdist-cli"
sandbox="$build_dir/app/sandbox/altdist-sandbox"
work="$(mktemp -d)"
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$sandbox" --env-file "$work/sandbox.env" --key-dir "$work/keys" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/sandbox.env" ] && break; sleep 0.1; done
[ -s "$work/sandbox.env" ] || { cat "$work/sandbox.log" >&2; echo "The sandbox did not start." >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/sandbox.env"     # ALTDIST_BASE_URL, ALTDIST_ISSUER_ID, ALTDIST_KEY_ID, ALTDIST_KEY_FILE

bold=$'\033[1m'; dim=$'\033[2m'; off=$'\033[0m'
[ -t 1 ] || { bold=; dim=; off=; }
step() { printf '\n%s# %s%s\n' "$dim" "$1" "$off"; }
run() { printf '%s$ altdist-cli %s%s\n' "$bold" "$*" "$off"; "$cli" "$@"; }
json() { "$cli" --json "$@"; }
pick() { jq -r "[.[] | select($1)][0].id"; }   # the first item's id matching a jq filter

printf '%sAltDist on the sandbox at %s (not connected to Apple)%s\n' "$bold" "$ALTDIST_BASE_URL" "$off"

step "The apps of the account, and one app's App Store versions"
run apps list
app=$(json apps list | pick '.attributes.name == "Lumen Notes"')
run apps versions "$app"

step "One-off setup: a web-distribution domain, and a P-256 key pair made locally"
run domains create "downloads.example.eu" --reference-name "Tour"
run domains list
other=$(json apps list | pick '.attributes.name == "Trailhead Maps"')
run keys create --generate --app "$other" --private-key-out "$work/web-distribution-key.pem"
run keys list

step "Create the package for the eligible version that has none yet, then find it again"
version=$(json apps versions "$app" | pick '.attributes.versionString == "2.4.0"')
run packages create --version "$version"
run packages for-version "$version"
step "An ineligible version is refused with Apple's STATE_ERROR (exit code 4)"
mac=$(json apps versions "$app" | pick '.attributes.platform == "MAC_OS"')
run packages create --version "$mac" || true

step "The package's versions, variants and deltas; download and verify"
released=$(json apps versions "$app" | pick '.attributes.versionString == "2.3.0" and .attributes.platform == "IOS"')
package=$(json packages for-version "$released" | jq -r .id)
run package-versions list "$package"
pv=$(json package-versions list "$package" | pick '.attributes.state == "COMPLETED"')
run variants list "$pv"
run deltas list "$pv"
mkdir -p "$work/downloads"
run package-versions download "$pv" --output "$work/downloads"
variant=$(json variants list "$pv" | pick true)
run variants download "$variant" --output "$work/downloads"

step "Lay the package version out for hosting: manifest.json, signature, every variant and delta"
run package-versions layout "$pv" --output "$work/site"
(cd "$work/site" && find . -type f | sort)

[ -t 0 ] || exit 0
cat <<MSG

${bold}The sandbox keeps running.${off} In another shell, point altdist-cli at it:
  export ALTDIST_BASE_URL=$ALTDIST_BASE_URL ALTDIST_ISSUER_ID=$ALTDIST_ISSUER_ID
  export ALTDIST_KEY_ID=$ALTDIST_KEY_ID ALTDIST_KEY_FILE=$ALTDIST_KEY_FILE
  $cli --help
Press Ctrl+C to stop it.
MSG
wait "$sandbox_pid"

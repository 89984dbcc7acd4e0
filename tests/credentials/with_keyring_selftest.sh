#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# with_keyring_selftest.sh PATH/TO/with-keyring.sh
# Checks the keyring wrapper itself: a usable Secret Service (through
# libsecret's secret-tool), no display, the command's exit status, and that
# the temporary home and the daemon are gone afterwards.
set -u
wrapper=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

# shellcheck disable=SC2016 # expanded by the inner shell
inner='
    [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] || exit 10
    [ "${ALTDIST_PRIVATE_KEYRING:-}" = 1 ] || exit 11
    printf "s3cret" | secret-tool store --label=selftest altdist selftest || exit 12
    [ "$(secret-tool lookup altdist selftest)" = s3cret ] || exit 13
    pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "{ print \$NF }")
    echo "$HOME $pid"
    exit 7'
out=$("$wrapper" sh -c "$inner")
status=$?
[ "$status" -eq 7 ] || fail "expected exit status 7, got $status (10: display set, 11: marker missing, 12/13: secret-tool failed)"
home=${out% *}
pid=${out##* }
if [ -z "$home" ] || [ -z "$pid" ]; then
    fail "no output from inside the wrapper: '$out'"
fi
[ ! -e "$home" ] || fail "temporary home $home was not removed"
# The daemon was told to stop; it may linger as a zombie of an unrelated parent.
tries=0
while kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" != Z ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || fail "gnome-keyring-daemon ($pid) still running"
    sleep 0.1
done
echo "PASS"

#!/usr/bin/env bash
# Every user-facing string must reach the translation catalogue under the
# context translate() looks it up in. lupdate warns when it cannot tell a
# string's context (a tr() it cannot attribute to a class); such a string
# would never be translated. Usage: check-translatable.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"; src="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mapfile -t files < <(find "$src/app/core" "$src/app/cli" "$src/app/session" "$src/app/models" "$src/app/main.cpp" "$src/ui" \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null | sort)
"$lupdate" -no-obsolete -locations none "${files[@]}" -ts "$work/check.ts" >"$work/log" 2>&1
cat "$work/log"
if grep -E "lacks Q_OBJECT|Cannot invoke tr|Discarding unconsumed|Qualifying with unknown" "$work/log"; then
    echo "FAIL: lupdate could not attribute the strings above to a translation context" >&2
    exit 1
fi
count=$(grep -c '<message>' "$work/check.ts" || true)
if grep -q '<name></name>' "$work/check.ts"; then
    echo "FAIL: strings with an empty translation context" >&2; exit 1
fi
[ "$count" -gt 100 ] || { echo "FAIL: only $count translatable strings found" >&2; exit 1; }
echo "$count translatable strings, every one in a named context"

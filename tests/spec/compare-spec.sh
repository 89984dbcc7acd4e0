#!/bin/sh
# Usage: compare-spec.sh COPY REFERENCE. Exit 77 (skipped) without a reference.
copy="$1"; reference="$2"
if [ ! -f "$reference" ]; then
    echo "No API reference at $reference: nothing to compare"
    exit 77
fi
if cmp -s "$copy" "$reference"; then
    echo "The sandbox's spec equals the API reference"
    exit 0
fi
echo "app/sandbox/spec/openapi-subset.json differs from $reference: copy the reference over it" >&2
exit 1

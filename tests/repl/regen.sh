#!/usr/bin/env bash
# Records CPython's transcript of each REPL input: tests/repl/regen.sh [NAME.in ...] (default: all).
# python3 -i with stdin not a terminal prints its prompts to stderr; the banner (two lines) is cut.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
python=${PYTHON:-python3}
if [ $# -eq 0 ]; then set -- *.in; fi
for input in "$@"; do
    name=${input%.in}
    status=0
    "$python" -i < "$input" > "$name.out" 2> "$name.err.raw" || status=$?
    tail -n +3 "$name.err.raw" > "$name.err"
    rm "$name.err.raw"
    if [ "$status" -ne 0 ]; then echo "$status" > "$name.exit"; else rm -f "$name.exit"; fi
done

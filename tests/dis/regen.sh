#!/usr/bin/env bash
# Records Krait's own listing for the --dis golden tests: tests/dis/regen.sh [NAME.py ...] (no arguments: all).
# The listing is Krait's, not CPython's (no PRECALL or caches, no constant folding); review it before committing.
# Code object addresses vary from run to run, so they are written as 0x... (DisassemblerTest compares the same way);
# file names are written bare, as the test runs each program under its bare name.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$here"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
    name=$(basename "$f" .py)
    ../../krait --dis "$name.py" | sed -E -e 's/ at 0x[0-9a-f]+,/ at 0x...,/' -e "s|file \"[^\"]*/$name.py\"|file \"$name.py\"|" > "$name.dis"
    echo "wrote tests/dis/$name.dis"
done

#!/usr/bin/env bash
# Records CPython 3.11's behaviour for golden programs: NAME.out (stdout), NAME.err (stderr, kept only if not
# empty) and NAME.exit (exit status, kept only if not 0), beside each NAME.py.
#   tests/regen-expected.sh                      every program under tests/python
#   tests/regen-expected.sh tests/python/ints/*.py   just these
# Each program runs from its own folder under its bare name. CPython (3.9+) still reports the script's absolute
# path in tracebacks, so that folder is cut from the File "..." lines: they say File "NAME.py", as Krait's do.
set -euo pipefail

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    echo "regen-expected: $python is not CPython 3.11 (set PYTHON=...); expected output must come from 3.11" >&2
    exit 1
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
if [ $# -eq 0 ]; then
    mapfile -t programs < <(find "$here/python" -name '*.py' | sort)
else
    programs=("$@")
fi

for program in "${programs[@]}"; do
    dir=$(cd "$(dirname "$program")" && pwd -P)
    name=$(basename "$program" .py)
    status=0
    (cd "$dir" && PYTHONHASHSEED=0 PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 \
        "$python" "$name.py" >"$name.out" 2>"$name.err" </dev/null) || status=$?
    if [ -s "$dir/$name.err" ]; then
        "$python" - "$dir/$name.err" "$dir/" <<'STRIP'
import sys
path, folder = sys.argv[1:]
with open(path, encoding="utf-8") as f:
    text = f.read()
with open(path, "w", encoding="utf-8") as f:
    f.write(text.replace('  File "' + folder, '  File "'))
STRIP
    else
        rm -f "$dir/$name.err"
    fi
    if [ "$status" -eq 0 ]; then rm -f "$dir/$name.exit"; else echo "$status" >"$dir/$name.exit"; fi
    echo "$program: exit $status"
done

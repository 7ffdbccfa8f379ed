#!/usr/bin/env bash
# Runs the golden programs (tests/python/**/NAME.py) against the native executable in every mode and compares
# stdout, stderr and the exit status with CPython's recorded NAME.out / NAME.err / NAME.exit, as GoldenTest does
# on the JVM. Usage: native/test.sh [FILTER...]   (only programs whose path contains one of the filters)
# KRAIT_NATIVE (default native/target/krait) is the executable; KRAIT_NATIVE_MODES (default "jit ast bytecode").
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
krait=$(readlink -f "${KRAIT_NATIVE:-$root/native/target/krait}")
modes=${KRAIT_NATIVE_MODES:-jit ast bytecode}
timeout_seconds=${KRAIT_TIMEOUT_SECONDS:-60}
[ -x "$krait" ] || { echo "native/test.sh: no executable at $krait (build it: native/bootstrap/build.sh)" >&2; exit 2; }

programs=()
while IFS= read -r file; do
    relative=${file#"$root/tests/python/"}
    if [ $# -gt 0 ]; then
        matched=false
        for filter in "$@"; do [[ $relative == *"$filter"* ]] && matched=true; done
        $matched || continue
    fi
    programs+=("$relative")
done < <(find "$root/tests/python" -name '*.py' -not -path '*/support/*' | sort)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One program in one mode, run the way regen-expected.sh runs CPython: from the program's folder, by its bare
# name, stdin empty. Tracebacks name files by their absolute paths (as CPython does); cut the program's folder
# off, as the recorded files have it. Prints nothing when the outcome matches, else what differs.
run_one() {
    local mode=$1 relative=$2
    local dir=$root/tests/python/$(dirname "$relative") name=$(basename "$relative") base=$work/$mode-${relative//\//_}
    local expected_exit=0 status
    [ -f "$dir/${name%.py}.exit" ] && expected_exit=$(tr -d '[:space:]' <"$dir/${name%.py}.exit")
    (cd "$dir" && timeout "$timeout_seconds" "$krait" --mode="$mode" "$name" </dev/null >"$base.out" 2>"$base.err.raw")
    status=$?
    sed "s|File \"$dir/|File \"|g" "$base.err.raw" >"$base.err"
    local problems=()
    cmp -s "$base.out" "$dir/${name%.py}.out" || problems+=("stdout differs")
    if [ -f "$dir/${name%.py}.err" ]; then
        cmp -s "$base.err" "$dir/${name%.py}.err" || problems+=("stderr differs")
    else
        [ -s "$base.err" ] && problems+=("unexpected stderr")
    fi
    [ "$status" = 124 ] && problems+=("timed out after $timeout_seconds s")
    [ "$status" = "$expected_exit" ] || problems+=("exit status $status, expected $expected_exit")
    if [ ${#problems[@]} -gt 0 ]; then
        echo "FAIL $mode $relative: ${problems[*]}"
        diff <(cat "$dir/${name%.py}.out" "$dir/${name%.py}.err" 2>/dev/null) <(cat "$base.out" "$base.err") | head -20 | sed 's/^/    /'
    fi
}
export -f run_one
export root krait work timeout_seconds

# The JIT inside the image: with the optimizing runtime (the default; KRAIT_NATIVE_JIT=0 at build and test time
# for an interpreter-only image) the engine is not "Interpreted" and a hot loop is compiled at run time (Truffle
# logs "opt done"); in ast mode nothing is compiled.
jit_failures=0
hot_loop=$'def count(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\nfor _ in range(20):\n    count(200000)\nprint("done")'
version=$("$krait" --version 2>&1)
if [[ $version == *Interpreted* && ${KRAIT_NATIVE_JIT:-1} != 1 ]]; then
    echo "jit: this executable has no optimizing runtime ($version); run-time compilation not checked"
else
    if [[ $version == *Interpreted* ]]; then
        echo "FAIL jit: krait --version says the engine is interpreted: $version"; jit_failures=$((jit_failures + 1))
    fi
    trace=$("$krait" --engine.TraceCompilation=true -c "$hot_loop" 2>&1)
    if ! grep -q 'opt done' <<<"$trace" || ! grep -q '^done$' <<<"$trace"; then
        echo "FAIL jit: no 'opt done' for a hot loop in jit mode:"; head -20 <<<"$trace" | sed 's/^/    /'
        jit_failures=$((jit_failures + 1))
    else
        echo "jit: $(grep -c 'opt done' <<<"$trace") compilations in the image, e.g. $(grep -m1 -o 'opt done.*' <<<"$trace" | cut -c1-80)"
    fi
    if "$krait" --mode=ast --engine.TraceCompilation=true -c "$hot_loop" 2>&1 | grep -q 'opt done'; then
        echo "FAIL jit: ast mode compiled something"; jit_failures=$((jit_failures + 1))
    fi
fi

start=$(date +%s)
for mode in $modes; do
    printf '%s\n' "${programs[@]}" | sed "s/^/$mode /"
done | xargs -P 2 -L 1 bash -c 'run_one "$0" "$1"' >"$work/report"
failures=$(grep -c '^FAIL' "$work/report")
cat "$work/report"
total=$(( ${#programs[@]} * $(wc -w <<<"$modes") ))
echo "native golden programs: $((total - failures)) of $total passed ($(wc -w <<<"$modes") modes, $(( $(date +%s) - start )) s)"
[ "$failures" = 0 ] && [ "$jit_failures" = 0 ]

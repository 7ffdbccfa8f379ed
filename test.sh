#!/usr/bin/env bash
# Builds Krait and runs the whole test suite: ./test.sh [extra maven arguments]
#   e.g. ./test.sh -Dkrait.golden=strings/,ints/   (only golden programs whose path contains one of these)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
source "$root/tools/find-jdk.sh"
krait_find_jdk

cd "$root"
# Quiet Maven 3.8 on JDK 25: its libraries use sun.misc.Unsafe (a warning each run) and jansi resets colours.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow -Djansi.noreset=true"
exec env JAVA_HOME="$KRAIT_JAVA_HOME" mvn -B --no-transfer-progress -Dstyle.color=never verify "$@"

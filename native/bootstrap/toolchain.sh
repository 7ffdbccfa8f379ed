#!/usr/bin/env bash
# Experimental: assembles a native-image toolchain from Maven Central jars, Debian's OpenJDK sources and the C
# stand-ins in c/, for machines without GraalVM. Usage: toolchain.sh JDK_HOME TOOLCHAIN_DIR
# Writes TOOLCHAIN_DIR/.complete last, so an interrupted run is redone by the next one (build.sh checks it).
#
# What it stands in for (a GraalVM JDK has all of these):
#   builder/  the native-image builder modules (lib/svm/builder, lib/truffle/builder in GraalVM)
#   jdk/      a hard-linked copy of the build JDK with
#             lib/static/linux-amd64/glibc/lib{java,nio,net,zip}.a  the JDK's JNI libraries, compiled statically
#             lib/svm/builder/lib/libreporterchelper.so               the builder's progress-reporter helper
#   clibraries/  libjvm.a, liblibchelper.a, libsvm_container.a: the C functions of GraalVM's libraries of these
#             names that images call, from the stand-ins in c/; include/: their headers and the CPU-feature structs
#             (generated from the builder's own declarations)
set -euo pipefail

jdk=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
source "$here/versions.sh"
downloads=$(dirname "$out")/downloads
work=$out/work

step() { echo "native bootstrap: $*" >&2; }

rm -rf "$out"
mkdir -p "$out" "$downloads" "$work"

step "builder jars (Maven Central)"
(cd "$root" && JAVA_HOME=$jdk MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow" mvn -B -q -Dstyle.color=never -f native/bootstrap/builder-pom.xml \
    dependency:copy-dependencies -DoutputDirectory="$out/builder")

step "build JDK: hard-linked copy of $jdk"
cp -al "$jdk" "$out/jdk" 2>/dev/null || { rm -rf "$out/jdk"; cp -a "$jdk" "$out/jdk"; }
static_libs=$out/jdk/lib/static/linux-amd64/glibc
mkdir -p "$static_libs" "$out/jdk/lib/svm/builder/lib"

step "OpenJDK $OPENJDK_SRC_VERSION sources (Debian)"
tarball=$downloads/$OPENJDK_SRC_FILE
if ! echo "$OPENJDK_SRC_SHA256  $tarball" | sha256sum -c --status 2>/dev/null; then
    for url in "${OPENJDK_SRC_URLS[@]}"; do
        curl -fsSL --retry 3 -o "$tarball.part" "$url" && break || echo "native bootstrap: $url failed" >&2
    done
    echo "$OPENJDK_SRC_SHA256  $tarball.part" | sha256sum -c --status || { echo "checksum mismatch: $tarball" >&2; exit 1; }
    mv "$tarball.part" "$tarball"
fi
tar -xJf "$tarball" -C "$work" --strip-components=1 --wildcards \
    '*/src/java.base/share/native/*' '*/src/java.base/unix/native/*' '*/src/java.base/linux/native/*' \
    '*/src/hotspot/share/include/*' '*/src/hotspot/os/posix/include/*'
src=$work/src/java.base

step "JNI headers (javac -h over the JDK's own src.zip)"
mkdir -p "$work/classes-src"
unzip -q -o "$jdk/lib/src.zip" 'java.base/*' -d "$work/classes-src"
headers=$(grep -rhoE '#include "(java|sun|jdk)_[A-Za-z0-9_]+\.h"' "$src"/*/native/lib{java,nio,net,zip} \
    | sed -E 's/#include "(.*)\.h"/\1/' | sort -u)
classes=()
for header in $headers; do
    # java_lang_ProcessHandleImpl_Info -> java/lang/ProcessHandleImpl.java (nested classes share the file)
    path=$(echo "$header" | tr _ /)
    while [ "$path" != "${path%/*}" ] && [ ! -f "$work/classes-src/java.base/$path.java" ]; do path=${path%/*}; done
    [ -f "$work/classes-src/java.base/$path.java" ] && classes+=("$work/classes-src/java.base/$path.java")
done
"$jdk/bin/javac" --module-source-path "$work/classes-src/*" -XDignore.symbol.file -nowarn -implicit:none -proc:none \
    -h "$work/jni-headers" -d "$work/classes" $(printf '%s\n' "${classes[@]}" | sort -u) 2>&1 | grep -v '^Note:' >&2 || true
[ -f "$work/jni-headers/java.base/java_lang_Object.h" ] || { echo "JNI header generation failed" >&2; exit 1; }

step "static JDK libraries: java, nio, net, zip"
jdk_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release")
cflags=(-DVERSION_STRING="\"$jdk_version\""
    -O2 -fPIC -fno-strict-aliasing -fno-omit-frame-pointer -w
    -DLINUX -D_GNU_SOURCE -D_REENTRANT -D_LARGEFILE64_SOURCE -D_LP64=1 -DARCH='"amd64"' -DARCHPROPNAME='"amd64"' -Damd64 -DSTATIC_BUILD
    -I"$work/jni-headers/java.base" -I"$jdk/include" -I"$jdk/include/linux"
    -I"$work/src/hotspot/share/include" -I"$work/src/hotspot/os/posix/include"
    -I"$src/share/native/include" -I"$src/unix/native/include"
    -I"$src/share/native/libjava" -I"$src/unix/native/libjava"
    -I"$src/share/native/libnet" -I"$src/unix/native/libnet"
    -I"$src/share/native/libnio" -I"$src/share/native/libnio/ch" -I"$src/unix/native/libnio/ch"
    -I"$src/unix/native/libnio/fs" -I"$src/linux/native/libnio/ch" -I"$src/linux/native/libnio/fs"
    -I"$src/share/native/libzip")
build_static_lib() {
    local name=$1; shift
    local objs=$work/obj/$name
    mkdir -p "$objs"
    local c
    # Two compilers at a time: the machines have two cores.
    find "$@" -maxdepth 2 -name '*.c' | sort | xargs -P 2 -I{} sh -c \
        'gcc "$@" -c "$0" -o "'"$objs"'/$(basename "${0%.c}").o"' {} "${cflags[@]}" -DLIBRARY_NAME="$name"
    ar rcs "$static_libs/lib$name.a" "$objs"/*.o
}
build_static_lib java "$src/share/native/libjava" "$src/unix/native/libjava" "$src/linux/native/libjava"
build_static_lib net "$src/share/native/libnet" "$src/unix/native/libnet"
build_static_lib nio "$src/share/native/libnio" "$src/unix/native/libnio" "$src/linux/native/libnio"
build_static_lib zip "$src/share/native/libzip"

step "builder helper and C stand-ins"
gcc -O2 -fPIC -shared -I"$jdk/include" -I"$jdk/include/linux" "$here/c/reporterchelper.c" \
    -o "$out/jdk/lib/svm/builder/lib/libreporterchelper.so"
mkdir -p "$out/clibraries/include" "$work/obj/standins"
# The CPU-feature structs, one char per feature in the order the builder declares them. The builder asks for the
# header of every architecture; only amd64's is compiled into images here.
for arch in amd64:AMD64 aarch64:AArch64 riscv64:RISCV64; do
    struct="com.oracle.svm.core.${arch%%:*}.${arch#*:}LibCHelper\$CPUFeatures"
    fields=$("$jdk/bin/javap" -cp "$(ls "$out"/builder/svm-[0-9]*.jar)" "$struct" \
        | sed -nE 's/.* boolean (f[A-Za-z0-9_]+)\(\);/    char \1;/p')
    [ -n "$fields" ] || { echo "no CPU features declared by $struct" >&2; exit 1; }
    printf '/* Generated by native/bootstrap/toolchain.sh from %s. */\ntypedef struct {\n%s\n} CPUFeatures;\n' \
        "$struct" "$fields" >"$out/clibraries/include/${arch%%:*}cpufeatures.h"
done
cp "$here"/c/include/*.h "$out/clibraries/include/"
# Named after the GraalVM libraries they stand in for: the builder links libraries by these names, after the
# JDK libraries that need them.
standin_lib() {
    local name=$1; shift
    local c objs=()
    for c in "$@"; do
        gcc -O2 -fPIC -Wall -Werror -I"$out/clibraries/include" -I"$jdk/include" -I"$jdk/include/linux" \
            -c "$c" -o "$work/obj/standins/$(basename "${c%.c}").o"
        objs+=("$work/obj/standins/$(basename "${c%.c}").o")
    done
    ar rcs "$out/clibraries/lib$name.a" "${objs[@]}"
}
# Every other JVM_* function the static JDK libraries refer to: the image replaces the Java code that would call
# them, so reaching one is a bug to report, not a crash.
{
    echo "/* Generated by native/bootstrap/toolchain.sh: JVM_* functions an image is not expected to reach. */"
    echo "#include <stdio.h>"
    echo "#include <stdlib.h>"
    echo "static void unsupported(const char *name) {"
    echo "    fprintf(stderr, \"krait (native): %s is not supported by the bootstrap's stand-in libjvm\\n\", name);"
    echo "    abort();"
    echo "}"
    comm -23 <(nm "$static_libs"/*.a 2>/dev/null | awk '$1 == "U" && $2 ~ /^JVM_/ {print $2}' | sort -u) \
             <(gcc -E -P -I"$jdk/include" -I"$jdk/include/linux" "$here/c/jvm.c" | grep -oE '\bJVM_[A-Za-z0-9_]+\b' | sort -u) \
        | sed 's/.*/void &(void) { unsupported("&"); }/'
} >"$work/jvm_unsupported.c"
standin_lib jvm "$here/c/jvm.c" "$work/jvm_unsupported.c"
standin_lib libchelper "$here/c/cpufeatures.c" "$here/c/linux.c" "$here/c/locale.c" "$here/c/management.c" "$here/c/signal.c"
standin_lib svm_container "$here/c/container.c"

rm -rf "$work"
touch "$out/.complete"
step "toolchain ready in $out"

#!/usr/bin/env bash
# Experimental: builds native/target/krait on a machine without GraalVM (see native/README.md).
# Usage: native/bootstrap/build.sh
# Needs a JDK 25 (tools/find-jdk.sh), Maven, gcc, curl, xz, unzip. The toolchain (builder jars, static JDK libraries,
# C stand-ins) is built once into $KRAIT_NATIVE_CACHE (default ~/.cache/krait-native) and reused while its inputs
# (versions.sh, builder-pom.xml, toolchain.sh, c/, the JDK) are unchanged.
# KRAIT_NATIVE_XMX sets the builder's heap (default 5g); extra arguments go to the image generator (-H:...).
# The image contains Truffle's optimizing runtime and the Graal compiler (run-time compilation in jit mode);
# KRAIT_NATIVE_JIT=0 builds an interpreter-only image instead (smaller, quicker to build).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
source "$root/tools/find-jdk.sh"
krait_find_jdk
jdk=$KRAIT_JAVA_HOME

cache=${KRAIT_NATIVE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/krait-native}
key=$(cat "$here/versions.sh" "$here/builder-pom.xml" "$here/toolchain.sh" "$here"/c/*.c "$here"/c/include/*.h "$jdk/release" | sha256sum | cut -c1-12)
toolchain=$cache/toolchain-$key
if [ ! -f "$toolchain/.complete" ]; then
    echo "native bootstrap: building the toolchain into $toolchain (once)" >&2
    "$here/toolchain.sh" "$jdk" "$toolchain"
    # Toolchains of older inputs are of no further use.
    find "$cache" -maxdepth 1 -name 'toolchain-*' ! -name "toolchain-$key" -exec rm -rf {} +
fi

target=$root/native/target
echo "native bootstrap: Krait jars for the image (mvn -Pnative,native-bootstrap)" >&2
mkdir -p "$target"
if ! (cd "$root" && JAVA_HOME=$jdk MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow -Djansi.noreset=true" \
        mvn -B -q -Dstyle.color=never -Pnative,native-bootstrap -pl native -am -DskipTests package \
        >"$target/maven.log" 2>&1); then
    cat "$target/maven.log" >&2
    exit 1
fi

# The builder runs in the boot layer: the Graal compiler and the modules it shares with the image are upgraded
# JDK modules (as in a GraalVM JDK), the builder's own modules are on the module path.
builder=$toolchain/builder
upgrade=$(ls "$builder"/{compiler,truffle-compiler,collections,word,nativeimage}-[0-9]*.jar | paste -sd:)
modules=$(ls "$builder"/{svm,pointsto,objectfile,native-image-base,svm-configure,svm-capnproto-runtime,nativeimage-libgraal,espresso-svm}-[0-9]*.jar | paste -sd:)
# The image's module path: Krait and Truffle (minus what the boot layer already has) and truffle-runtime-svm,
# which the driver would add for its truffle-svm macro.
image_jars=()
for jar in "$target"/image/*.jar; do
    case $(basename "$jar") in
        collections-*|word-*|nativeimage-*|truffle-compiler-*) ;;
        truffle-runtime-*) [ "${KRAIT_NATIVE_JIT:-1}" = 1 ] && image_jars+=("$jar") ;;
        *) image_jars+=("$jar") ;;
    esac
done
image_jars+=("$(ls "$builder"/truffle-runtime-svm-[0-9]*.jar)")

jvm_args=()
image_args=()
while read -r kind arg; do
    if [ "$kind" = jvm ]; then jvm_args+=("$arg"); else image_args+=("$arg"); fi
done < <("$jdk/bin/java" "$here/ImageArgs.java" "${image_jars[@]}")

# A GraalVM JDK gives its builder every JDK-internal package it uses; here each concealed package of the
# JDK modules it reaches into is exported to the builder's modules (an argument file, ~250 lines).
builder_modules=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.base,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.objectfile,org.graalvm.nativeimage.configure,jdk.graal.compiler
jdk_modules=(java.base java.compiler java.instrument java.logging java.management jdk.internal.vm.ci jdk.jfr jdk.management
    jdk.unsupported jdk.zipfs)
echo "--add-modules=$(IFS=,; echo "${jdk_modules[*]}")" >"$target/builder-exports.args"
for module in "${jdk_modules[@]}"; do
    "$jdk/bin/java" --describe-module "$module" \
        | awk -v m="$module" -v to="$builder_modules" '$1 == "contains" || $1 == "qualified" {
              print "--add-exports=" m "/" ($1 == "contains" ? $2 : $3) "=" to }'
done >>"$target/builder-exports.args"

# The driver hands the reachability metadata in the jars' META-INF/native-image to the generator; so does this.
rm -rf "$target/native-config"
for jar in "${image_jars[@]}"; do
    for entry in $(unzip -Z1 "$jar" 'META-INF/native-image/*/reachability-metadata.json' 2>/dev/null); do
        dir=$target/native-config/$(basename "$jar" .jar)
        mkdir -p "$dir" && unzip -q -o "$jar" "$entry" -d "$dir"
        image_args+=(-H:ConfigurationFileDirectories="$dir/$(dirname "$entry")")
    done
done

# BootstrapFeature.java: what this builder needs beyond GraalVM's (see the class).
mkdir -p "$target/bootstrap-feature"
"$jdk/bin/javac" -nowarn -d "$target/bootstrap-feature" \
    -cp "$(ls "$builder"/{svm,nativeimage,word,collections,compiler}-[0-9]*.jar | paste -sd:)" \
    "$here/BootstrapFeature.java" 2>&1 | grep -v '^Note:' >&2 || true
image_args+=(-H:Features=BootstrapFeature)

rm -f "$target/krait"
echo "native bootstrap: building the image (several minutes, ~5 GB)" >&2
start=$(date +%s)
JVMCI_VERSION_CHECK=ignore "$toolchain/jdk/bin/java" \
    -XX:+UseParallelGC -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler \
    -Xss10m -Xms1g -Xmx"${KRAIT_NATIVE_XMX:-5g}" \
    -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 \
    -Dtruffle.TrustAllTruffleRuntimeProviders=true -Dgraalvm.locatorDisabled=true \
    -Djdk.internal.lambda.disableEagerInitialization=true -Dcom.oracle.graalvm.isaot=true \
    -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
    -Dorg.graalvm.nativeimage.imagecode=buildtime \
    --enable-native-access=ALL-UNNAMED,org.graalvm.nativeimage.builder \
    @"$target/builder-exports.args" \
    --add-exports=org.graalvm.nativeimage.builder/com.oracle.svm.core.option=ALL-UNNAMED \
    --sun-misc-unsafe-memory-access=allow \
    "${jvm_args[@]}" \
    --upgrade-module-path="$upgrade" --module-path="$modules" \
    --module org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
    -imagecp "$target/bootstrap-feature" -imagemp "$(printf '%s\n' "${image_jars[@]}" | paste -sd:)" \
    -H:Path="$target" -H:Name=krait \
    -H:Module=dev.krait.launcher -H:Class=dev.krait.launcher.KraitMain \
    -H:ImageBuildID="$(cat /proc/sys/kernel/random/uuid)" \
    -H:CLibraryPath="$toolchain/clibraries" \
    "${image_args[@]}" \
    "$@"
echo "native bootstrap: $target/krait built in $(( $(date +%s) - start )) s" >&2

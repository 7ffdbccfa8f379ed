# Sourced by ./krait and ./test.sh: sets KRAIT_JAVA_HOME to a JDK 25 or newer, or exits with a message.
# Order: $JAVA_HOME if it is new enough, then the Temurin 25 install path used on our machines.

krait_java_major() {
    # "25.0.3" -> 25; an old "1.8.0_402" -> 1. Empty if $1 is not a working java.
    "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

krait_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(krait_java_major "$candidate/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 25 ]; then
            KRAIT_JAVA_HOME=$candidate
            return 0
        fi
    done
    echo "krait: needs a JDK 25 or newer (for the Graal JIT); none found." >&2
    echo "krait: install one (e.g. Temurin 25) and set JAVA_HOME to it${JAVA_HOME:+ (JAVA_HOME=$JAVA_HOME is older or not a JDK)}." >&2
    exit 1
}

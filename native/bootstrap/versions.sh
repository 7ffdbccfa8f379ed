# Pinned inputs of the experimental native bootstrap (sourced by toolchain.sh and build.sh).
# The builder jars are pinned in builder-pom.xml; the JDK is the one tools/find-jdk.sh finds (Temurin 25.0.3 here).

# OpenJDK sources for the JDK's static libraries (libjava.a, libnio.a, libnet.a, libzip.a), from Debian's package
# of the same JDK update as the build JDK. The pool keeps only current versions; snapshot.debian.org keeps every
# file by its SHA-1.
OPENJDK_SRC_VERSION=25.0.3+9
OPENJDK_SRC_FILE=openjdk-25_${OPENJDK_SRC_VERSION}.orig.tar.xz
OPENJDK_SRC_SHA256=2dd6c441b49705480db1ebfcd03f43d5dcb7f1d4290e98c1fa6eeefae50cfa07
OPENJDK_SRC_URLS=(
    "https://deb.debian.org/debian/pool/main/o/openjdk-25/${OPENJDK_SRC_FILE}"
    "https://snapshot.debian.org/file/17fc98bab370202407534c12572a0779f15640f3"
)

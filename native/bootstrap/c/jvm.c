/*
 * Stand-in for the part of GraalVM's libjvm that images call (com.oracle.svm.core.jdk.Jvm), and the JVM_* and
 * jio_* functions of the JDK's static libraries that an image can reach. toolchain.sh adds a function that stops
 * with a message for every other JVM_* symbol the static libraries refer to (the image substitutes their callers).
 */
#include <dlfcn.h>
#include <jni.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

void initialize(void) {
}

JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) {
    return (jint) sysconf(_SC_NPROCESSORS_ONLN);
}

JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
    struct timeval now;
    gettimeofday(&now, NULL);
    return (jlong) now.tv_sec * 1000 + now.tv_usec / 1000;
}

/* Installs handler for sig and returns the previous one, as HotSpot's JVM_RegisterSignal does. */
JNIEXPORT void *JNICALL JVM_RegisterSignal(jint sig, void *handler) {
    struct sigaction action, old;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    action.sa_handler = (void (*)(int)) handler;
    if (sigaction(sig, &action, &old) != 0) {
        return (void *) -1;
    }
    return (void *) old.sa_handler;
}

JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv *env, jclass ignored) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (jlong) now.tv_sec * 1000000000 + now.tv_nsec;
}

/* Nanoseconds since offset_secs of the epoch, or -1 when that is too far off to fit (as HotSpot does). */
JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    jlong seconds = (jlong) now.tv_sec - offset_secs;
    if (seconds > 0xFFFFFFFFLL || seconds < -0xFFFFFFFFLL) {
        return -1;
    }
    return seconds * 1000000000 + now.tv_nsec;
}

int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
    if (count == 0) {
        return -1;
    }
    int result = vsnprintf(str, count, fmt, args);
    return result >= 0 && (size_t) result < count ? result : -1;
}

int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = jio_vsnprintf(str, count, fmt, args);
    va_end(args);
    return result;
}

int jio_fprintf(FILE *file, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = vfprintf(file, fmt, args);
    va_end(args);
    return result;
}

/* A symbol of a loaded library (NULL handle: any), as HotSpot's os::dll_lookup. */
JNIEXPORT void *JNICALL JVM_FindLibraryEntry(void *handle, const char *name) {
    return dlsym(handle, name);
}

/* Runtime.halt: the image has run its shutdown hooks already. */
JNIEXPORT void JNICALL JVM_Halt(jint code) {
    exit(code);
}

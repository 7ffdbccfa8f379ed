/*
 * Stand-in for the part of GraalVM's libjvm that images call (com.oracle.svm.core.jdk.Jvm) and the JVM_*
 * functions the JDK's static libraries (libjava.a, libnio.a, ...) need from a JVM.
 */
#include <jni.h>
#include <signal.h>
#include <stddef.h>
#include <sys/time.h>
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

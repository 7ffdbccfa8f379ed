/*
 * Stand-in for the JDK's libmanagement_ext: the image links java.lang.management's platform beans (the launcher's
 * --max-heap watchdog reads the memory pools), and the operating-system bean's native initializer has nothing to set
 * up in a native image.
 */
#include <jni.h>

JNIEXPORT void JNICALL Java_com_sun_management_internal_OperatingSystemImpl_initialize0(JNIEnv *env, jclass cls) {
    (void) env;
    (void) cls;
}

/*
 * Stand-in for the small Linux helpers of GraalVM's libchelper: fixed-argument wrappers of variadic libc
 * functions (the image calls C functions with a fixed signature), the thread id, and the default time zone,
 * which the JDK's own TimeZone_md.c (in the static libjava.a) finds.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

char *findJavaTZ_md(const char *java_home_dir);

int openSII(const char *path, int flags, int mode) {
    return open(path, flags, mode);
}

int fprintfSD(FILE *file, const char *format, const char *text, int number) {
    return fprintf(file, format, text, number);
}

void *mremapP(void *old_address, size_t old_size, size_t new_size, int flags, void *new_address) {
    return mremap(old_address, old_size, new_size, flags, new_address);
}

int getThreadId(void) {
    return (int) syscall(SYS_gettid);
}

/* The Java id of the system's time zone (malloc'ed), or NULL; the mapping table is only used on AIX. */
char *SVM_FindJavaTZmd(const char *tz_mappings, int length) {
    return findJavaTZ_md(NULL);
}

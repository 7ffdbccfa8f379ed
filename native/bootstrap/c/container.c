/*
 * Stand-in for GraalVM's container library (svm_container_*): reports "not in a container", so the image sizes
 * its heap and thread pools from the machine as a plain process does.
 */
#include <stddef.h>
#include <unistd.h>

int svm_container_initialize(int version) {
    return 0; /* ContainerLibrary.SUCCESS_IS_NOT_CONTAINERIZED */
}

size_t svm_container_physical_memory(void) {
    return (size_t) sysconf(_SC_PHYS_PAGES) * (size_t) sysconf(_SC_PAGESIZE);
}

/* -1: no limit known (only asked for inside a container). */
long long svm_container_memory_limit_in_bytes(void) { return -1; }
long long svm_container_memory_and_swap_limit_in_bytes(void) { return -1; }
long long svm_container_memory_soft_limit_in_bytes(void) { return -1; }
long long svm_container_memory_usage_in_bytes(void) { return -1; }
long long svm_container_memory_max_usage_in_bytes(void) { return -1; }
long long svm_container_rss_usage_in_bytes(void) { return -1; }
long long svm_container_cache_usage_in_bytes(void) { return -1; }

int svm_container_active_processor_count(void) {
    return (int) sysconf(_SC_NPROCESSORS_ONLN);
}

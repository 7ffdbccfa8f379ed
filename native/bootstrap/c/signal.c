/*
 * Stand-in for GraalVM's cSunMiscSignal helper: the C side of sun.misc.Signal / jdk.internal.misc.Signal in an
 * image. The C handler only counts the signal and posts a semaphore (all that is async-signal-safe); a Java
 * dispatcher thread waits on the semaphore and asks which signal is pending.
 */
#include <errno.h>
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>

static atomic_int pending[NSIG];
static sem_t semaphore;
static bool opened;

int cSunMiscSignal_open(void) {
    if (opened) {
        return -1;
    }
    for (int i = 0; i < NSIG; i++) {
        atomic_store(&pending[i], 0);
    }
    if (sem_init(&semaphore, 0, 0) != 0) {
        return -1;
    }
    opened = true;
    return 0;
}

int cSunMiscSignal_close(void) {
    if (!opened) {
        return -1;
    }
    opened = false;
    return sem_destroy(&semaphore);
}

int cSunMiscSignal_awaitSemaphore(void) {
    int status;
    do {
        status = sem_wait(&semaphore);
    } while (status != 0 && errno == EINTR);
    return status;
}

int cSunMiscSignal_signalSemaphore(void) {
    return sem_post(&semaphore);
}

bool cSunMiscSignal_signalRangeCheck(int signo) {
    return signo > 0 && signo < NSIG;
}

/* A signal that arrived and was not yet dispatched (its count goes down by one), or -1. */
int cSunMiscSignal_checkPendingSignal(void) {
    for (int signo = 1; signo < NSIG; signo++) {
        int count = atomic_load(&pending[signo]);
        while (count > 0) {
            if (atomic_compare_exchange_weak(&pending[signo], &count, count - 1)) {
                return signo;
            }
        }
    }
    return -1;
}

static void count_signal(int signo) {
    if (signo > 0 && signo < NSIG) {
        atomic_fetch_add(&pending[signo], 1);
        sem_post(&semaphore);
    }
}

void (*cSunMiscSignal_signalHandlerFunctionPointer(void))(int) {
    return count_signal;
}

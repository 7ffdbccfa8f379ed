package dev.krait.launcher;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

import org.graalvm.polyglot.Context;

/**
 * Enforces {@code --max-heap} and {@code --max-time}, which Truffle's ResourceLimits do not cover on GraalVM
 * Community (its {@code sandbox.MaxHeapMemory} and {@code sandbox.MaxCPUTime} need Oracle GraalVM): when a limit is
 * exceeded the context is cancelled, and {@link #exceeded()} says which limit it was.
 *
 * <p>The heap limit is checked by the JVM after each garbage collection against what stayed alive in the heap pools
 * that hold long-lived data (G1's old generation), so garbage does not count against it.
 */
final class LimitWatchdog implements AutoCloseable {
    private final AtomicReference<String> exceeded = new AtomicReference<>();
    private final Context context;
    private final List<MemoryPoolMXBean> watchedPools = new ArrayList<>();
    private NotificationListener heapListener;
    private Thread timer;

    private LimitWatchdog(Context context) {
        this.context = context;
    }

    static LimitWatchdog start(Context context, Isolation isolation) {
        LimitWatchdog watchdog = new LimitWatchdog(context);
        if (isolation.maxHeapBytes() > 0) {
            watchdog.watchHeap(isolation.maxHeapBytes());
        }
        if (isolation.maxTimeMillis() > 0) {
            watchdog.startTimer(isolation.maxTimeMillis());
        }
        return watchdog;
    }

    /** The message for the limit that stopped the program, or null if none did. */
    String exceeded() {
        return exceeded.get();
    }

    private void watchHeap(long maxBytes) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // Young pools are empty after a collection; only the pools that keep data across collections matter.
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && !isYoung(pool.getName())) {
                pool.setCollectionUsageThreshold(maxBytes);
                watchedPools.add(pool);
            }
        }
        heapListener = (notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                stop("the program's heap exceeded the limit of " + describeBytes(maxBytes) + " (--max-heap)");
            }
        };
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(heapListener, null, null);
    }

    private static boolean isYoung(String poolName) {
        return poolName.contains("Eden") || poolName.contains("Survivor") || poolName.contains("Young") || poolName.contains("Nursery");
    }

    private void startTimer(long maxMillis) {
        timer = Thread.ofPlatform().daemon().name("krait-max-time").start(() -> {
            try {
                Thread.sleep(maxMillis);
            } catch (InterruptedException e) {
                return;
            }
            stop("the program ran longer than the limit of " + maxMillis / 1000.0 + " s (--max-time)");
        });
    }

    private void stop(String reason) {
        if (exceeded.compareAndSet(null, reason)) {
            try {
                context.close(true);
            } catch (RuntimeException e) {
                // Cancelling reports the cancellation; the launcher reports the reason.
            }
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.interrupt();
        }
        if (heapListener != null) {
            try {
                ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(heapListener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
            watchedPools.forEach(pool -> pool.setCollectionUsageThreshold(0));
        }
    }

    static String describeBytes(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GiB";
        } else if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MiB";
        } else if (bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + " KiB";
        }
        return bytes + " bytes";
    }
}

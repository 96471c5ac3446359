package org.euc.portal.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures one page or API call under load: a closed loop of virtual users, each sending its next
 * request as soon as its last one was answered, first for a warm-up that is not counted, then for a
 * fixed time. Latencies are kept whole (a few hundred thousand longs at most) and sorted once, so
 * the percentiles are exact rather than bucketed.
 */
final class LoadRun {

    /** One virtual user's request: sends it, reads the whole answer, returns the status. */
    @FunctionalInterface
    interface VirtualUser {
        int request();
    }

    /** What one target did in the measured time. Latencies in milliseconds. */
    record Result(String target, long requests, long failures, double seconds, double p50, double p95, double p99) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private LoadRun() {
    }

    static Result measure(String target, List<VirtualUser> users, Duration warmUp, Duration measured) {
        long start = System.nanoTime();
        long countFrom = start + warmUp.toNanos();
        long end = countFrom + measured.toNanos();
        AtomicLong failures = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (VirtualUser user : users) {
            Latencies own = new Latencies();
            latencies.add(own);
            Thread thread = new Thread(() -> {
                for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
                    int status = request(user);
                    long answered = System.nanoTime();
                    if (sent >= countFrom && answered <= end) {
                        own.add(answered - sent);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                }
            }, "benchmark " + target);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join(); // after join, each thread's latencies are visible here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring " + target, e);
            }
        }
        long[] all = latencies.stream().flatMapToLong(Latencies::values).sorted().toArray();
        if (all.length == 0) {
            return new Result(target, 0, failures.get(), measured.toMillis() / 1000.0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Result(target, all.length, failures.get(), measured.toMillis() / 1000.0,
                millis(all, 0.50), millis(all, 0.95), millis(all, 0.99));
    }

    private static int request(VirtualUser user) {
        try {
            return user.request();
        } catch (RuntimeException e) {
            return -1; // a refused connection or a timeout counts as a failure, not as the end of the run
        }
    }

    /** A growable array of one thread's latencies, in nanoseconds, without boxing. */
    private static final class Latencies {

        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        java.util.stream.LongStream values() {
            return Arrays.stream(values, 0, size);
        }
    }

    /** The nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    private static double millis(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1_000_000.0;
    }
}

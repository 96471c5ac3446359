package org.euc.portal.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's results as Markdown tables, ready to paste into the README. */
final class Report {

    private Report() {
    }

    static String of(Benchmark.Size size, int users, Duration measured, List<LoadRun.Result> pages,
            List<ChainThroughput.Result> chains, Optional<List<StackMemory.Part>> memory) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s, %d cores, %d GiB, Java %s; %s; %d concurrent users, %d s per row.%n%n",
                LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), totalMemoryGib(),
                Runtime.version().feature(), size, users, measured.toSeconds()));
        double floor = pages.get(0).p95();
        out.append("| page or call | p50 ms | p95 ms | p99 ms | req/s | failed | p95 / floor p95 |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (LoadRun.Result page : pages) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f | %d | %.1f |%n", page.target(),
                    page.p50(), page.p95(), page.p99(), page.perSecond(), page.failures(), page.p95() / floor));
        }
        out.append("\n| chain | rows | verified in ms | rows/s verified | COPY in ms | rows/s copied | verification / raw read |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (ChainThroughput.Result chain : chains) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %,.0f | %.0f | %,.0f | %.0f%% |%n", chain.chain(),
                    chain.rows(), chain.verifyMillis(), chain.verifiedPerSecond(), chain.copyMillis(),
                    chain.copiedPerSecond(), 100 * chain.shareOfRawScan()));
        }
        memory.ifPresentOrElse(parts -> {
            out.append("\n| process | count | RSS MiB | PSS MiB |\n|---|---|---|---|\n");
            for (StackMemory.Part part : parts) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d |%n", part.name(), part.processes(),
                        part.rssMib(), part.pssMib()));
            }
            out.append(String.format(Locale.ROOT, "| **whole stack** | %d | %,d | %,d |%n",
                    parts.stream().mapToInt(StackMemory.Part::processes).sum(),
                    parts.stream().mapToLong(StackMemory.Part::rssMib).sum(),
                    parts.stream().mapToLong(StackMemory.Part::pssMib).sum()));
        }, () -> out.append("\n(no stack started by the run command found: memory not measured)\n"));
        return out.toString();
    }

    private static long totalMemoryGib() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:")).mapToLong(line -> Long.parseLong(
                            line.replaceAll("\\D", ""))).findFirst().orElse(0) / (1024 * 1024);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

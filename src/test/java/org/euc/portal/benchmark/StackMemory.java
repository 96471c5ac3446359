package org.euc.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memory the run command's stack holds, read from {@code /proc}: the launcher (the Maven JVM
 * that started everything) and the processes it started — PostgreSQL with its backends, Keycloak,
 * WildFly. RSS counts pages shared between PostgreSQL's processes once per process, so the sum
 * over-counts; PSS shares them out and adds up to what the stack really takes.
 */
final class StackMemory {

    /** One part of the stack: how many processes and their summed resident and proportional set sizes, in MiB. */
    record Part(String name, int processes, long rssMib, long pssMib) {
    }

    private StackMemory() {
    }

    /** Empty when no WildFly started by a launcher runs here (a stack started some other way). */
    static Optional<List<Part>> ofRunningStack() {
        Optional<ProcessHandle> wildFly = ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).contains("jboss-modules.jar")).findFirst();
        // WildFly's parent is its start script; the launcher is the Maven JVM above it
        Optional<ProcessHandle> launcher = wildFly.flatMap(StackMemory::mavenAncestor);
        if (launcher.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ProcessHandle>> parts = new LinkedHashMap<>();
        parts.put("launcher (Maven JVM)", List.of(launcher.get()));
        launcher.get().descendants().forEach(p -> parts.computeIfAbsent(partOf(p), k -> new ArrayList<>()).add(p));
        return Optional.of(parts.entrySet().stream().map(part -> new Part(part.getKey(), part.getValue().size(),
                sum(part.getValue(), "/status", "VmRSS:"), sum(part.getValue(), "/smaps_rollup", "Pss:"))).toList());
    }

    private static Optional<ProcessHandle> mavenAncestor(ProcessHandle process) {
        Optional<ProcessHandle> parent = process.parent();
        while (parent.isPresent() && !commandLine(parent.get()).contains("plexus-classworlds")) {
            parent = parent.get().parent();
        }
        return parent;
    }

    private static String partOf(ProcessHandle process) {
        String command = commandLine(process);
        if (command.contains("jboss-modules.jar")) {
            return "WildFly";
        }
        if (command.contains("-Dkc.")) {
            return "Keycloak";
        }
        return command.contains("postgres") ? "PostgreSQL" : "start scripts";
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    /** Sums a kB field of {@code /proc/<pid>/<file>} over processes; a process gone meanwhile counts 0. */
    private static long sum(List<ProcessHandle> processes, String file, String field) {
        long kib = 0;
        for (ProcessHandle process : processes) {
            try {
                kib += Files.readAllLines(Path.of("/proc/" + process.pid() + file)).stream()
                        .filter(line -> line.startsWith(field)).mapToLong(line -> Long.parseLong(
                                line.substring(field.length()).replace("kB", "").trim())).sum();
            } catch (IOException | NumberFormatException e) {
                // the backend ended between listing and reading: it holds nothing any more
            }
        }
        return kib / 1024;
    }
}

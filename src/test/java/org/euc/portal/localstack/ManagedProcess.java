package org.euc.portal.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** A server process of the local stack: started with its output in a log file, awaited, stopped. */
final class ManagedProcess {

    private static final Duration READY_POLL = Duration.ofMillis(250);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workingDir,
            Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new StackException("Could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /** Waits until the condition holds; fails early, with the end of the log, when the process dies. */
    void awaitReady(BooleanSupplier ready, Duration timeout, String fixHint) {
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollDelay(Duration.ZERO).pollInterval(READY_POLL)
                    .failFast(() -> !process.isAlive())
                    .until(ready::getAsBoolean);
        } catch (TerminalFailureException e) {
            throw new StackException(name + " stopped while starting (exit code " + process.exitValue() + "); "
                    + fixHint + ". Last lines of " + logFile + ":\n" + tailOfLog(15));
        } catch (ConditionTimeoutException e) {
            throw new StackException(name + " did not become ready within " + timeout.toSeconds() + " s; "
                    + fixHint + ". Last lines of " + logFile + ":\n" + tailOfLog(15));
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process (and the processes it started) to stop, then waits; forces it after the grace period. */
    void stop(Duration gracePeriod) {
        if (!process.isAlive()) {
            return;
        }
        // the tree as it is now: a script that ends first would hide the server JVM it started
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroy);
        awaitExit(tree, gracePeriod);
    }

    /** SIGKILL to the process and everything it started (the server JVM under a start script): a crash. */
    void kill() {
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!ended(tree, Duration.ofSeconds(10))) {
            System.err.println(name + " did not end within 10 s of SIGKILL");
        }
    }

    private List<ProcessHandle> processTree() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    }

    /**
     * Waits for every process of the tree to end: the server JVM under a script holds the ports, so
     * a restart must not begin before it is gone.
     */
    private static boolean ended(List<ProcessHandle> tree, Duration timeout) {
        try {
            CompletableFuture.allOf(tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Waits for a process that was asked to stop (by {@link #stop} or a signal of its own choice); kills it after the grace period. */
    void awaitExit(Duration gracePeriod) {
        awaitExit(processTree(), gracePeriod);
    }

    private void awaitExit(List<ProcessHandle> tree, Duration gracePeriod) {
        if (!ended(tree, gracePeriod)) {
            System.err.println(name + " did not stop within " + gracePeriod.toSeconds() + " s; killing it");
            kill();
        }
    }

    String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

}

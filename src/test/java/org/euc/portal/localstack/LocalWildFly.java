package org.euc.portal.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A WildFly server the build provisioned, started with the freshly built portal WAR. Its
 * configuration comes only from the CLI scripts in {@code wildfly-config/}; what differs between
 * environments is passed as environment variables. Node 0 is the single server of
 * {@code target/server} on the portal's own ports; nodes 1, 2… are the members of a cluster, each
 * with its own copy of the HA server's {@code standalone/} folder, node name and shifted ports.
 */
final class LocalWildFly {

    static final String DEPLOYMENT = "euc-portal.war";
    /** How long a cluster node stopping gracefully waits for the requests in flight. */
    private static final int SUSPEND_SECONDS = 15;

    private final StackSettings settings;
    private final int node;
    private ManagedProcess process;

    LocalWildFly(StackSettings settings, int node) {
        this.settings = settings;
        this.node = node;
    }

    /** The servers of the stack: one, or one per cluster node. */
    static List<LocalWildFly> of(StackSettings settings) {
        return settings.clustered()
                ? IntStream.rangeClosed(1, settings.nodes()).mapToObj(n -> new LocalWildFly(settings, n)).toList()
                : List.of(new LocalWildFly(settings, 0));
    }

    String name() {
        return node == 0 ? "WildFly" : "node" + node;
    }

    int httpPort() {
        return StackSettings.PORTAL_PORT + portOffset();
    }

    /** This server as its balancer knows it: named by its node name, which a sticky session's id ends with. */
    LocalBalancer.Backend backend() {
        return new LocalBalancer.Backend(name(), httpPort());
    }

    int managementPort() {
        return StackSettings.WILDFLY_MANAGEMENT_PORT + portOffset();
    }

    void start(PortalDatabase database, Map<String, String> portalEnvironment) {
        settings.requireBuilt();
        Ports.requireFree(httpPort(), name() + " HTTP", null);
        Ports.requireFree(managementPort(), name() + " management", null);
        Path base = baseDir();
        Path deployments = base.resolve("deployments");
        deploy(deployments);

        Map<String, String> environment = new HashMap<>(portalEnvironment);
        environment.put("EUC_DB_URL", database.runtime().url());
        environment.put("EUC_DB_USER", database.runtime().user());
        environment.put("EUC_DB_PASSWORD", database.runtime().password());
        environment.put("EUC_DB_OWNER_USER", database.owner().user());
        environment.put("EUC_DB_OWNER_PASSWORD", database.owner().password());
        environment.put("EUC_OIDC_PROVIDER_URL", settings.realmUrl());
        // lets standalone.sh pass our stop signal on to the server JVM
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        List<String> command = new ArrayList<>(List.of(settings.serverDir().resolve("bin/standalone.sh").toString()));
        if (node > 0) {
            environment.put("EUC_NODE_ID", name());
            environment.put("EUC_JGROUPS_HOSTS", IntStream.rangeClosed(1, settings.nodes())
                    .mapToObj(n -> "127.0.0.1[" + (StackSettings.JGROUPS_PORT + n * StackSettings.NODE_PORT_OFFSET) + "]")
                    .collect(Collectors.joining(",")));
            command.addAll(List.of("-Djboss.server.base.dir=" + base, "-Djboss.node.name=" + name(),
                    "-Djboss.socket.binding.port-offset=" + portOffset(),
                    // a node told to stop first lets the requests it is serving finish (new ones get a 503)
                    "-Dorg.wildfly.sigterm.suspend.timeout=" + SUSPEND_SECONDS));
        }
        process = ManagedProcess.start(name(), command, environment, settings.serverDir(),
                settings.logDir().resolve(name().toLowerCase() + "-console.log"));

        Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
        Path failed = deployments.resolve(DEPLOYMENT + ".failed");
        process.awaitReady(() -> Files.exists(deployed) || Files.exists(failed), Duration.ofSeconds(240),
                "see " + base.resolve("log/server.log"));
        if (Files.exists(failed)) {
            throw new StackException("The portal failed to deploy on " + name() + ": " + firstLine(failed)
                    + " (details in " + base.resolve("log/server.log") + ")");
        }
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
        }
    }

    /** Ends the server at once, as a crash or {@code kill -9} would: no shutdown, no goodbye to the cluster. */
    void kill() {
        process.kill();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    private int portOffset() {
        return node * StackSettings.NODE_PORT_OFFSET;
    }

    /** The single server's own folder; a node's is a fresh copy of the HA server's, under the stack's data. */
    private Path baseDir() {
        Path standalone = settings.serverDir().resolve("standalone");
        if (node == 0) {
            return standalone;
        }
        Path base = settings.dataDir().resolve("nodes").resolve(name());
        LocalStack.deleteRecursively(base);
        try {
            Files.createDirectories(base.resolve("deployments"));
            copyTree(standalone.resolve("configuration"), base.resolve("configuration"));
        } catch (IOException e) {
            throw new StackException("Could not prepare " + base + " for " + name() + ": " + e.getMessage(), e);
        }
        return base;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void deploy(Path deployments) {
        try {
            for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
                Files.deleteIfExists(deployments.resolve(DEPLOYMENT + marker));
            }
            Files.copy(settings.portalWar(), deployments.resolve(DEPLOYMENT), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Could not copy the portal into " + deployments + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file).strip();
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        } catch (IOException e) {
            return "(reason not readable)";
        }
    }
}

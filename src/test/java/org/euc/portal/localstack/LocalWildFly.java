package org.euc.portal.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WildFly server the build provisioned in {@code target/server}, started with the freshly
 * built portal WAR. Its configuration comes only from the CLI scripts in {@code wildfly-config/};
 * what differs between environments is passed as environment variables.
 */
final class LocalWildFly {

    static final String DEPLOYMENT = "euc-portal.war";

    private final StackSettings settings;
    private ManagedProcess process;

    LocalWildFly(StackSettings settings) {
        this.settings = settings;
    }

    void start(PortalDatabase database, Map<String, String> portalEnvironment) {
        settings.requireBuilt();
        Ports.requireFree(StackSettings.PORTAL_PORT, "WildFly HTTP", null);
        Ports.requireFree(StackSettings.WILDFLY_MANAGEMENT_PORT, "WildFly management", null);
        Path deployments = settings.serverDir().resolve("standalone/deployments");
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
        process = ManagedProcess.start("WildFly", List.of(settings.serverDir().resolve("bin/standalone.sh").toString()),
                environment, settings.serverDir(), settings.logDir().resolve("wildfly-console.log"));

        Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
        Path failed = deployments.resolve(DEPLOYMENT + ".failed");
        process.awaitReady(() -> Files.exists(deployed) || Files.exists(failed), Duration.ofSeconds(240),
                "see target/server/standalone/log/server.log");
        if (Files.exists(failed)) {
            throw new StackException("The portal failed to deploy: " + firstLine(failed)
                    + " (details in target/server/standalone/log/server.log)");
        }
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
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

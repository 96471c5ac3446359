package org.euc.portal.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local stack lives and which ports it uses. {@code dev} keeps its data in the
 * git-ignored {@code .euc/} folder between runs; {@code test} starts from empty data every time.
 * With {@code nodes} above 1 ({@code ./mvnw -Prun -Dnodes=2}), the portal runs on that many
 * WildFly nodes of the HA server ({@code target/server-ha}) behind a balancer on the portal port.
 */
record StackSettings(Mode mode, Path projectDir, Path keycloakDistribution, Optional<PortalDatabase> externalDatabase,
        Optional<String> externalKeycloakRealmUrl, int embeddedDatabasePort, int nodes) {

    static final int PORTAL_PORT = 8080;
    static final int WILDFLY_MANAGEMENT_PORT = 9990;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    static final String REALM = "euc";
    /** Node n of a cluster has its ports shifted by n times this: node 1 serves HTTP on 9080, node 2 on 10080. */
    static final int NODE_PORT_OFFSET = 1000;
    /** JGroups' TCP port before the offset, as WildFly's socket binding jgroups-tcp has it. */
    static final int JGROUPS_PORT = 7600;

    enum Mode { DEV, TEST }

    static StackSettings fromEnvironment() {
        Mode mode = "test".equalsIgnoreCase(System.getProperty("euc.stack.mode")) ? Mode.TEST : Mode.DEV;
        Path projectDir = Path.of(System.getProperty("euc.project.dir", ".")).toAbsolutePath().normalize();
        String dist = System.getProperty("euc.keycloak.dist", "");
        Optional<PortalDatabase> externalDatabase = env("EUC_DB_URL").map(url -> {
            DatabaseAccess runtime = new DatabaseAccess(url, env("EUC_DB_USER").orElse("euc_app"),
                    env("EUC_DB_PASSWORD").orElse("euc_app"));
            // without an owner account the portal runs the migrations as its own account and refuses to start
            DatabaseAccess owner = env("EUC_DB_OWNER_USER")
                    .map(user -> new DatabaseAccess(url, user, env("EUC_DB_OWNER_PASSWORD").orElse("")))
                    .orElse(runtime);
            return new PortalDatabase(runtime, owner);
        });
        int dbPort = env("EUC_EMBEDDED_DB_PORT").map(Integer::parseInt).orElse(15432);
        String nodesProperty = System.getProperty("euc.nodes", "").strip();
        int nodes = nodesProperty.isEmpty() ? 1 : Integer.parseInt(nodesProperty);
        return new StackSettings(mode, projectDir, dist.isBlank() ? null : Path.of(dist), externalDatabase,
                env("EUC_OIDC_PROVIDER_URL"), dbPort, Math.max(1, nodes));
    }

    StackSettings inMode(Mode other) {
        return new StackSettings(other, projectDir, keycloakDistribution, externalDatabase, externalKeycloakRealmUrl,
                embeddedDatabasePort, nodes);
    }

    /** Downloaded distributions, kept across runs and across {@code mvn clean}. */
    Path cacheDir() {
        return projectDir.resolve(".euc");
    }

    /** Data of this mode's servers: kept in dev, thrown away at every test run. */
    Path dataDir() {
        return mode == Mode.DEV ? cacheDir().resolve("data") : projectDir.resolve("target/it-stack");
    }

    Path logDir() {
        return dataDir().resolve("logs");
    }

    boolean clustered() {
        return nodes > 1;
    }

    /** The server the build provisioned: the HA one for a cluster ({@code -Dnodes}), else the single node's. */
    Path serverDir() {
        return projectDir.resolve(clustered() ? "target/server-ha" : "target/server");
    }

    Path portalWar() {
        return projectDir.resolve("target/euc-portal.war");
    }

    Path realmDir() {
        return projectDir.resolve("keycloak");
    }

    String portalUrl() {
        return "http://localhost:" + PORTAL_PORT + "/";
    }

    String keycloakUrl() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    String realmUrl() {
        return externalKeycloakRealmUrl.orElse(keycloakUrl() + "/realms/" + REALM);
    }

    void requireBuilt() {
        if (!Files.isRegularFile(portalWar()) || !Files.isDirectory(serverDir().resolve("standalone"))) {
            throw new StackException("The portal is not built yet: run `./mvnw -Prun" + (clustered() ? " -Dnodes=" + nodes
                    : "") + "` from " + projectDir + " so that target/euc-portal.war and " + projectDir.relativize(serverDir())
                    + " exist.");
        }
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

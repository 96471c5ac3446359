package org.euc.portal.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Keycloak from its distribution on Maven Central, with the realm from {@code keycloak/} imported
 * on first start. Node 0 is the single server: development mode on port 8180, its own H2 database
 * in the stack's data folder, so dev data survives restarts and every test run starts from the
 * realm file. Nodes 1, 2… are the members of a cluster ({@code -Dnodes}): production mode
 * ({@code kc.sh start --optimized}) from a copy of the distribution built once for PostgreSQL, all
 * on Keycloak's own database, finding each other through it (Keycloak's default {@code jdbc-ping}
 * discovery) and sharing their caches; a balancer serves them on port 8180.
 */
final class LocalKeycloak {

    /** Demo-only administrator of Keycloak's master realm (admin console at http://localhost:8180/admin/). */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    /** Node n of a cluster serves HTTP on 8180 + 100·n, management on 9180 + 100·n, JGroups on 7800 + 100·n. */
    private static final int NODE_PORT_STEP = 100;
    private static final int JGROUPS_PORT = 7800;
    /** Build-time options of the cluster's distribution; {@code start --optimized} refuses to run if they differ. */
    private static final List<String> CLUSTER_BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    /** Infinispan's log line for a new cluster view, with the number of members in brackets. */
    private static final Pattern CLUSTER_VIEW = Pattern.compile("ISPN000094: Received new cluster view[^\\n]*? \\((\\d+)\\)");

    private final StackSettings settings;
    private final int node;
    private ManagedProcess process;

    private LocalKeycloak(StackSettings settings, int node) {
        this.settings = settings;
        this.node = node;
    }

    /** The Keycloak servers of the stack: one in development mode, or a cluster as large as the portal's. */
    static List<LocalKeycloak> of(StackSettings settings) {
        return settings.clustered()
                ? IntStream.rangeClosed(1, settings.nodes()).mapToObj(n -> new LocalKeycloak(settings, n)).toList()
                : List.of(new LocalKeycloak(settings, 0));
    }

    String name() {
        return node == 0 ? "Keycloak" : "keycloak" + node;
    }

    int httpPort() {
        return StackSettings.KEYCLOAK_PORT + node * NODE_PORT_STEP;
    }

    /** This server as its balancer knows it. */
    LocalBalancer.Backend backend() {
        return new LocalBalancer.Backend(name(), httpPort());
    }

    private int managementPort() {
        return StackSettings.KEYCLOAK_MANAGEMENT_PORT + node * NODE_PORT_STEP;
    }

    /**
     * Starts this server and waits until it serves the realm.
     *
     * @param database Keycloak's own database, for a cluster's node; unused by the single server
     */
    void start(DatabaseAccess database) {
        if (settings.externalKeycloakRealmUrl().isPresent()) {
            requireReachable(settings.realmUrl());
            return;
        }
        Ports.requireFree(httpPort(), name(), null);
        Ports.requireFree(managementPort(), name() + " management", null);
        Path home = node == 0 ? extractDistribution("") : clusterDistribution();
        copyRealms(home);
        Path temp = settings.dataDir().resolve(name().toLowerCase() + "-tmp");
        createDirectory(temp);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString()));
        if (node == 0) {
            Path h2 = settings.dataDir().resolve("keycloak");
            createDirectory(h2);
            command.addAll(List.of("start-dev", "--db-url=jdbc:h2:file:" + h2.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        } else {
            command.addAll(List.of("start", "--optimized",
                    // one address for browsers and the portal alike: the balancer's
                    "--hostname=" + settings.keycloakUrl(), "--http-enabled=true", "--http-host=127.0.0.1",
                    "--db-url=" + database.url(), "--db-username=" + database.user(), "--db-password=" + database.password(),
                    "--cache-embedded-network-bind-address=127.0.0.1",
                    "--cache-embedded-network-bind-port=" + (JGROUPS_PORT + node * NODE_PORT_STEP)));
        }
        command.addAll(List.of("--http-port=" + httpPort(), "--http-management-port=" + managementPort()));
        if (node <= 1) {
            // the first node alone imports the realm (two would race to create it)
            command.add("--import-realm");
        }
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // Keycloak writes uploads and caches to the temp folder; keep them with its data
                "JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + temp);
        process = ManagedProcess.start(name(), command, environment, home,
                settings.logDir().resolve(name().toLowerCase() + ".log"));
        // a cluster's node says when it is ready (database included) on its management port
        String ready = node == 0
                ? "http://localhost:" + httpPort() + "/realms/" + StackSettings.REALM + "/.well-known/openid-configuration"
                : "http://localhost:" + managementPort() + "/health/ready";
        process.awaitReady(() -> answers(ready) && (node <= 1 || seesCluster()), Duration.ofSeconds(240),
                "check that keycloak/euc-realm.json is valid");
    }

    /** Whether this node's log shows it joined a cluster view with all the nodes started before it. */
    private boolean seesCluster() {
        Matcher view = CLUSTER_VIEW.matcher(process.tailOfLog(500));
        int members = 0;
        while (view.find()) {
            members = Integer.parseInt(view.group(1));
        }
        return members >= node;
    }

    /**
     * Points the realm's own e-mails (password links sent from the admin console) at the SMTP
     * server the portal uses: the realm export names none, as the server differs per installation.
     * A Keycloak this stack did not start is configured by its own administrators.
     */
    void sendMailVia(String host, String port, String from) {
        if (process == null) {
            return;
        }
        String base = "http://localhost:" + StackSettings.KEYCLOAK_PORT;
        String tokenResponse = send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + ADMIN_USER
                        + "&password=" + ADMIN_PASSWORD)));
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(tokenResponse);
        if (!token.find()) {
            throw new StackException("Keycloak gave no admin token to configure the realm's e-mail.");
        }
        send(HttpRequest.newBuilder(URI.create(settings.realmUrl().replace("/realms/", "/admin/realms/")))
                .header("Authorization", "Bearer " + token.group(1))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"smtpServer\":{\"host\":\"" + host + "\",\"port\":\"" + port
                        + "\",\"from\":\"" + from + "\"}}")));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new StackException("Keycloak refused to configure the realm's e-mail: HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new StackException("Keycloak could not be reached to configure the realm's e-mail: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while configuring the realm's e-mail");
        }
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /**
     * A copy of the distribution built once for the cluster's options (it takes half a minute), kept
     * apart from the single server's, which {@code start-dev} rebuilds for development on each start.
     */
    private Path clusterDistribution() {
        Path home = extractDistribution("-cluster");
        Path marker = home.resolve(".built");
        if (Files.exists(marker)) {
            return home;
        }
        LocalStack.log("Building Keycloak for production mode (once)...");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(CLUSTER_BUILD_OPTIONS);
        run(command, home, "build Keycloak for the cluster");
        try {
            Files.createFile(marker);
        } catch (IOException e) {
            throw new StackException("Could not mark " + home + " as built: " + e.getMessage(), e);
        }
        return home;
    }

    private Path extractDistribution(String suffix) {
        Path archive = settings.keycloakDistribution();
        if (archive == null || !Files.isRegularFile(archive)) {
            throw new StackException("The Keycloak distribution (org.keycloak:keycloak-quarkus-dist, tar.gz) was not "
                    + "found: start the stack through Maven (`./mvnw -Prun`), which downloads it, or set "
                    + "EUC_OIDC_PROVIDER_URL to the realm URL of a running Keycloak.");
        }
        String folder = archive.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-")
                .replace(".tar.gz", suffix);
        Path home = settings.cacheDir().resolve(folder);
        Path marker = home.resolve(".extracted");
        if (Files.exists(marker)) {
            return home;
        }
        createDirectory(home);
        run(List.of("tar", "-xzf", archive.toString(), "-C", home.toString(), "--strip-components=1"), home,
                "unpack Keycloak into " + home);
        try {
            Files.createFile(marker);
        } catch (IOException e) {
            throw new StackException("Could not mark " + home + " as unpacked: " + e.getMessage(), e);
        }
        return home;
    }

    /** Runs a command to its end, failing with its output. */
    private static void run(List<String> command, Path workingDir, String purpose) {
        try {
            Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new StackException("Could not " + purpose + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new StackException("Could not " + purpose + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while trying to " + purpose);
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackException("Could not create " + dir + ": " + e.getMessage(), e);
        }
    }

    private void copyRealms(Path home) {
        Path imports = home.resolve("data/import");
        try {
            Files.createDirectories(imports);
            try (DirectoryStream<Path> realms = Files.newDirectoryStream(settings.realmDir(), "*.json")) {
                for (Path realm : realms) {
                    Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new StackException("Could not copy the realm from " + settings.realmDir() + ": " + e.getMessage(), e);
        }
    }

    private static void requireReachable(String realmUrl) {
        if (!answers(realmUrl + "/.well-known/openid-configuration")) {
            throw new StackException("Keycloak does not answer at " + realmUrl + ": start it, fix EUC_OIDC_PROVIDER_URL, "
                    + "or unset EUC_OIDC_PROVIDER_URL to let the stack start its own Keycloak.");
        }
    }

    static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

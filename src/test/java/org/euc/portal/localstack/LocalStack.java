package org.euc.portal.localstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts everything the portal needs on one machine: PostgreSQL, Keycloak with the {@code euc}
 * realm, and WildFly with the portal (or, with {@code -Dnodes=N}, N clustered WildFly nodes behind
 * a load balancer on the portal's port); stops them in reverse order. {@code ./mvnw -Prun} runs
 * {@link #main}; the integration tests start the same stack through {@code TestStack}.
 */
public class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final LocalPostgres postgres;
    private final List<LocalKeycloak> keycloaks;
    private final List<LocalWildFly> wildflies;
    private LocalBalancer keycloakBalancer;
    private LocalBalancer balancer;
    private Map<String, String> portalEnvironment = Map.of();
    private final DemoPki demoPki;
    private PortalDatabase database;
    private Map<String, String> keystorePasswords = Map.of();
    private Map<String, String> extraPortalEnvironment = Map.of();

    LocalStack(StackSettings settings) {
        this.settings = settings;
        this.postgres = new LocalPostgres(settings);
        this.keycloaks = LocalKeycloak.of(settings);
        this.wildflies = LocalWildFly.of(settings);
        this.demoPki = new DemoPki(settings.dataDir().resolve("demo-pki"));
    }

    public static void main(String[] args) {
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the EUC Portal stack...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));
        String demoWorld;
        try {
            stack.start();
            demoWorld = DemoWorld.seedIfEmpty(stack);
        } catch (StackException e) {
            System.err.println("\nERROR: " + e.getMessage() + "\n");
            System.exit(1);
            return;
        } catch (RuntimeException | AssertionError e) {
            demoWorld = "could not be made (" + e.getMessage() + "); the portal works without it";
        }
        stack.printBanner(demoWorld);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the stack for the integration tests, from empty data.
     *
     * @param portalEnvironment settings for the portal only, e.g. the test run's own SMTP server
     */
    public static LocalStack startForTests(Map<String, String> portalEnvironment) {
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment());
        stack.extraPortalEnvironment = Map.copyOf(portalEnvironment);
        try {
            stack.start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * For working on tests: uses a stack that {@code ./mvnw -Prun} already started (dev data,
     * same ports) instead of starting one; closing it leaves that stack running.
     */
    public static LocalStack attachToRunning() {
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment().inMode(StackSettings.Mode.DEV)) {
            @Override
            public void close() {
                // not ours to stop
            }
        };
        stack.database = stack.settings.externalDatabase()
                .orElse(LocalPostgres.portalDatabase(stack.settings.embeddedDatabasePort()));
        stack.keystorePasswords = stack.demoPki.ensureGenerated();
        return stack;
    }

    void start() {
        long started = System.nanoTime();
        if (settings.mode() == StackSettings.Mode.TEST) {
            deleteRecursively(settings.dataDir());
        }
        if (settings.externalDatabase().isPresent()) {
            database = settings.externalDatabase().get();
            for (DatabaseAccess account : List.of(database.runtime(), database.owner())) {
                if (!account.canConnect()) {
                    throw new StackException("Cannot connect to the database " + account.url() + " as " + account.user()
                            + ": check that it runs and that EUC_DB_URL, EUC_DB_USER, EUC_DB_PASSWORD, EUC_DB_OWNER_USER "
                            + "and EUC_DB_OWNER_PASSWORD are right, or unset EUC_DB_URL to use the embedded PostgreSQL.");
                }
            }
            log("Using the database at " + database.runtime().url());
        } else {
            log("Starting PostgreSQL on port " + settings.embeddedDatabasePort() + "...");
            database = postgres.start();
        }
        startKeycloak();
        keystorePasswords = demoPki.ensureGenerated();
        Map<String, String> portal = new java.util.HashMap<>(extraPortalEnvironment);
        String smtpHost = portalSetting(portal, "EUC_SMTP_HOST", "");
        if (!smtpHost.isBlank()) {
            keycloaks.get(0).sendMailVia(smtpHost, portalSetting(portal, "EUC_SMTP_PORT", "25"),
                    portalSetting(portal, "EUC_MAIL_FROM", "euc-portal@localhost"));
        }
        portal.put("EUC_DEMO_DATA", "true");
        portal.put("EUC_DEMO_PKI_DIR", demoPki.folder().toString());
        portal.putIfAbsent("EUC_MINISTRY_KEYSTORE", demoPki.keystoreOf(DemoPki.MINISTRY).toString());
        portal.putIfAbsent("EUC_MINISTRY_KEYSTORE_PASSWORD", keystorePasswords.get(DemoPki.MINISTRY));
        portalEnvironment = Map.copyOf(portal);
        // one after the other: each node joins the cluster the ones before it formed
        for (LocalWildFly wildfly : wildflies) {
            log("Starting " + wildfly.name() + " with the portal on port " + wildfly.httpPort() + "...");
            wildfly.start(database, portalEnvironment);
        }
        if (settings.clustered()) {
            log("Starting the load balancer on port " + StackSettings.PORTAL_PORT + "...");
            balancer = LocalBalancer.sticky(StackSettings.PORTAL_PORT, "JSESSIONID",
                    wildflies.stream().map(LocalWildFly::backend).toList());
        }
        log(String.format("Everything is up after %.0f s.", (System.nanoTime() - started) / 1e9));
    }

    /**
     * The single Keycloak, or a cluster's nodes one after the other (the first imports the realm)
     * behind a balancer on Keycloak's port. The cluster keeps its data in its own database.
     */
    private void startKeycloak() {
        if (!settings.clustered() || settings.externalKeycloakRealmUrl().isPresent()) {
            log("Starting Keycloak on port " + StackSettings.KEYCLOAK_PORT + "...");
            keycloaks.get(0).start(null);
            return;
        }
        if (settings.externalDatabase().isPresent()) {
            throw new StackException("A cluster's Keycloak keeps its data in the embedded PostgreSQL: unset EUC_DB_URL, "
                    + "or set EUC_OIDC_PROVIDER_URL to the realm URL of a Keycloak of your own.");
        }
        DatabaseAccess keycloakDatabase = postgres.keycloakDatabase();
        for (LocalKeycloak keycloak : keycloaks) {
            log("Starting " + keycloak.name() + " (production mode) on port " + keycloak.httpPort() + "...");
            keycloak.start(keycloakDatabase);
        }
        log("Starting Keycloak's load balancer on port " + StackSettings.KEYCLOAK_PORT + "...");
        // no affinity: the nodes share their sessions, so any node can serve any request
        keycloakBalancer = LocalBalancer.spreading(StackSettings.KEYCLOAK_PORT,
                keycloaks.stream().map(LocalKeycloak::backend).toList());
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
        }
        wildflies.forEach(LocalWildFly::stop);
        if (keycloakBalancer != null) {
            keycloakBalancer.stop();
        }
        keycloaks.forEach(LocalKeycloak::stop);
        postgres.stop();
    }

    /** The portal's database, as the portal's own account (which owns nothing). */
    public DatabaseAccess database() {
        return database.runtime();
    }

    /** The portal's database, as the schema's owner that runs the migrations. */
    public DatabaseAccess databaseAsOwner() {
        return database.owner();
    }

    /** The portal's database as its superuser: only tests that must bypass the portal's protections use it. */
    public DatabaseAccess databaseAsSuperuser() {
        if (settings.externalDatabase().isPresent()) {
            String url = database.runtime().url();
            return new DatabaseAccess(url, System.getenv().getOrDefault("EUC_DB_ADMIN_USER", "postgres"),
                    System.getenv().getOrDefault("EUC_DB_ADMIN_PASSWORD", "postgres"));
        }
        return postgres.adminAccess(LocalPostgres.DATABASE);
    }

    /** DEMO ONLY: the keystore of an agency's demo signatory, and its password. */
    public Path demoKeystore(String agencyCode) {
        return demoPki.keystoreOf(agencyCode);
    }

    public char[] demoKeystorePassword(String agencyCode) {
        return keystorePasswords.get(agencyCode).toCharArray();
    }

    public String portalUrl() {
        return settings.portalUrl();
    }

    /** WildFly's (the first node's) management port on the loopback address; the same OS user gets in without a password. */
    public int managementPort() {
        return wildflies.get(0).managementPort();
    }

    /** The management ports of every WildFly of the stack, the first node's first. */
    public List<Integer> managementPorts() {
        return wildflies.stream().map(LocalWildFly::managementPort).toList();
    }

    /** How many WildFly nodes serve the portal: 1, or the cluster's size. */
    public int nodes() {
        return settings.nodes();
    }

    /** A cluster node's (1, 2…) own address, past the balancer. */
    public String nodeUrl(int node) {
        return "http://localhost:" + wildflies.get(node - 1).httpPort() + "/";
    }

    /** A cluster's node (1, 2…) ends at once, as in a crash or {@code kill -9}. */
    public void killNode(int node) {
        wildflies.get(node - 1).kill();
    }

    /** Starts a cluster's node again, with the portal, and waits until it serves. */
    public void startNode(int node) {
        wildflies.get(node - 1).start(database, portalEnvironment);
    }

    /**
     * Restarts a cluster's node (1, 2…) as an operator's rolling restart does: out of the balancer's
     * rotation, SIGTERM (the node lets the requests in flight finish), start it again with the portal,
     * wait until it serves, back into rotation.
     */
    public void restartNode(int node) {
        LocalWildFly wildfly = wildflies.get(node - 1);
        balancer.leaveOut(wildfly.backend());
        try {
            wildfly.stop();
            wildfly.start(database, portalEnvironment);
        } finally {
            balancer.takeBack(wildfly.backend());
        }
    }

    public String realmUrl() {
        return settings.realmUrl();
    }

    private void printBanner(String demoWorld) {
        StringBuilder banner = new StringBuilder()
                .append("\n==============================================================================\n")
                .append(" EUC Portal is running\n\n")
                .append("   Portal     ").append(settings.portalUrl()).append("   <- log in here\n")
                .append("   Keycloak   ").append(settings.keycloakUrl()).append("/admin/   (admin / admin, demo only)\n")
                .append("   Database   ").append(database.runtime().url()).append("   (portal ")
                .append(database.runtime().user()).append(", owner ").append(database.owner().user())
                .append(", demo credentials)\n\n")
                .append(" Demo users - password \"demo\" for each (DEMO ONLY, never in production):\n");
        demoUsers().forEach(line -> banner.append("   ").append(line).append('\n'));
        banner.append("\n Demo signatories' PKCS#12 keystores (DEMO ONLY), to sign a downloaded certificate PDF:\n");
        keystorePasswords.entrySet().stream().filter(entry -> !entry.getKey().equals(DemoPki.MINISTRY))
                .forEach(entry -> banner.append(String.format("   %-8s %s   password %s%n",
                entry.getKey(), settings.projectDir().relativize(demoPki.keystoreOf(entry.getKey())), entry.getValue())));
        banner.append("   sign:    ./mvnw -q -Psign -Dpdf=<downloaded.pdf> -Dkeystore=<keystore.p12> -Dpassword=<password>\n");
        banner.append("\n Demo world (DEMO ONLY): ").append(demoWorld).append('\n');
        if (settings.clustered()) {
            banner.append("\n Cluster: ").append(wildflies.size()).append(" WildFly nodes behind the balancer on ")
                    .append(settings.portalUrl()).append(": ")
                    .append(addresses(wildflies.stream().map(LocalWildFly::backend))).append('\n');
            if (keycloakBalancer != null) {
                banner.append("          ").append(keycloaks.size()).append(" Keycloak nodes in production mode behind ")
                        .append(settings.keycloakUrl()).append(", on their own database ")
                        .append(LocalPostgres.KEYCLOAK.user()).append(": ")
                        .append(addresses(keycloaks.stream().map(LocalKeycloak::backend))).append('\n');
            }
        }
        banner.append("\n Logs: ").append(settings.logDir()).append(settings.clustered()
                ? " (each node's server.log under nodes/)\n" : " and target/server/standalone/log/\n")
                .append(" Press Ctrl-C to stop everything.\n")
                .append("==============================================================================\n");
        System.out.println(banner);
    }

    private static String addresses(Stream<LocalBalancer.Backend> nodes) {
        return nodes.map(node -> node.route() + " http://localhost:" + node.port() + "/").collect(Collectors.joining(", "));
    }

    /** The demo users of the realm file, so the banner can never disagree with what Keycloak imported. */
    private Stream<String> demoUsers() {
        try (Stream<Path> files = Files.list(settings.realmDir())) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted()
                    .flatMap(LocalStack::usersOf).toList().stream();
        } catch (IOException e) {
            return Stream.of("(could not read " + settings.realmDir() + ": " + e.getMessage() + ")");
        }
    }

    private static Stream<String> usersOf(Path realmFile) {
        try (Reader reader = Files.newBufferedReader(realmFile); JsonReader json = Json.createReader(reader)) {
            JsonObject realm = json.readObject();
            return realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(user -> !user.containsKey("serviceAccountClientId"))
                    .map(user -> String.format("%-18s %-16s %s", user.getString("username"),
                            user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
                                    .map(JsonString::getString).filter(role -> !role.startsWith("default-roles"))
                                    .collect(Collectors.joining(",")),
                            agencyOf(user)));
        } catch (IOException | RuntimeException e) {
            return Stream.of("(could not read " + realmFile + ": " + e.getMessage() + ")");
        }
    }

    private static String agencyOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !attributes.containsKey("agency")) {
            return "";
        }
        return "agency " + attributes.getJsonArray("agency").getString(0);
    }

    static void log(String message) {
        System.out.println("[euc-stack] " + message);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StackException("Could not empty " + dir + " for a fresh test run: " + e.getMessage(), e);
        }
    }

    /** A portal setting as WildFly will see it: what this stack passes, else the environment, else the portal's default. */
    private static String portalSetting(Map<String, String> portal, String name, String fallback) {
        return portal.getOrDefault(name, System.getenv().getOrDefault(name, fallback));
    }
}

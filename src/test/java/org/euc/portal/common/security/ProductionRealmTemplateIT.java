package org.euc.portal.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakUsers;
import org.euc.portal.testsupport.LocalhostCookies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm template ({@code keycloak/production/euc-realm.json}) imported into the
 * real Keycloak under a realm name of its own, and tried the way a user and an attacker would:
 * a ministry user must pass a one-time code, an importer need not, the portal client insists on
 * PKCE and refuses the password grant, and a short password cannot be set.
 */
@IntegrationTest
class ProductionRealmTemplateIT {

    private static final String REALM = "euc-production-template-check";
    private static final String REDIRECT_URI = "http://localhost:8080/";
    private static final String PASSWORD = "a-long-enough-passphrase-2026";
    /** A fixed PKCE pair (RFC 7636, appendix B): the challenge is the S256 of the verifier. */
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @BeforeAll
    static void importTemplate() throws IOException {
        KeycloakUsers.admin("DELETE", "/" + REALM, null); // a failed earlier run may have left it
        String template = template()
                .replace("\"realm\": \"euc\"", "\"realm\": \"" + REALM + "\"")
                // the test stack speaks plain HTTP on loopback: what "all" forbids (asserted on the file below)
                .replace("\"sslRequired\": \"all\"", "\"sslRequired\": \"external\"")
                .replace("${EUC_OIDC_CLIENT_SECRET}", "template-check-portal-secret")
                .replace("${EUC_ADMIN_CLIENT_SECRET}", "template-check-admin-secret")
                .replace("${EUC_PORTAL_URL}", "http://localhost:8080");
        HttpResponse<String> imported = KeycloakUsers.admin("POST", "", template);
        assertEquals(201, imported.statusCode(), "Keycloak takes the template: " + imported.body());
        KeycloakUsers.ensure(REALM, "reviewer.template", PASSWORD, "reviewer");
        KeycloakUsers.ensure(REALM, "admin.template", PASSWORD, "admin");
        KeycloakUsers.ensure(REALM, "importer.template", PASSWORD, "importer");
    }

    @AfterAll
    static void removeRealm() {
        KeycloakUsers.admin("DELETE", "/" + REALM, null);
    }

    @Test
    void ministryRolesAndAdministratorsMustSetUpAOneTimeCode() {
        for (String user : new String[] {"reviewer.template", "admin.template"}) {
            HttpResponse<String> afterPassword = new BrowserLogin().passwordStep(user, PASSWORD);
            assertEquals(200, afterPassword.statusCode(), user + " is not let through on a password alone");
            assertTrue(afterPassword.body().contains("totp"), user + " is asked to set up a one-time code");
        }
    }

    @Test
    void anImporterLogsInWithThePasswordAlone() {
        HttpResponse<String> afterPassword = new BrowserLogin().passwordStep("importer.template", PASSWORD);
        assertEquals(302, afterPassword.statusCode());
        assertTrue(afterPassword.headers().firstValue("Location").orElseThrow().startsWith(REDIRECT_URI + "?"),
                "back to the portal with a code");
    }

    @Test
    void thePortalClientInsistsOnPkce() {
        HttpResponse<String> withoutPkce = new BrowserLogin().authorizationRequest(false);
        String location = withoutPkce.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("error=invalid_request") && location.contains("code_challenge_method"),
                "an authorization request without PKCE is refused: " + withoutPkce.statusCode() + " " + location);
    }

    @Test
    void thePasswordGrantIsOff() throws Exception {
        HttpResponse<String> grant = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                KeycloakUsers.keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=euc-portal"
                        + "&client_secret=template-check-portal-secret&username=importer.template&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, grant.statusCode());
        assertTrue(grant.body().contains("unauthorized_client"), grant.body());
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        HttpResponse<String> created = KeycloakUsers.admin("POST", "/" + REALM + "/users",
                KeycloakUsers.userJson("short.password", "Short-pw-1"));
        assertEquals(400, created.statusCode());
        assertTrue(created.body().contains("invalidPasswordMinLengthMessage"), created.body());
    }

    @Test
    void guessingPasswordsIsDetectedAndTlsIsRequired() throws IOException {
        String realm = KeycloakUsers.admin("GET", "/" + REALM, null).body();
        assertTrue(realm.contains("\"bruteForceProtected\":true"), realm);
        assertTrue(template().contains("\"sslRequired\": \"all\""), "production requires TLS");
    }

    private static String template() throws IOException {
        return Files.readString(Path.of("keycloak/production/euc-realm.json"));
    }

    /** The browser's side of Keycloak's login page: its cookies, the form and its answer, redirects not followed. */
    private static final class BrowserLogin {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> authorizationRequest(boolean withPkce) {
            return send(HttpRequest.newBuilder(URI.create(KeycloakUsers.keycloakUrl() + "/realms/" + REALM
                    + "/protocol/openid-connect/auth?client_id=euc-portal&response_type=code&scope=openid&redirect_uri="
                    + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                    + (withPkce ? "&code_challenge_method=S256&code_challenge=" + CODE_CHALLENGE : ""))).GET().build());
        }

        /** Where the password leads: Keycloak's next page, or the redirect back to the portal. */
        HttpResponse<String> passwordStep(String username, String password) {
            HttpResponse<String> loginPage = authorizationRequest(true);
            Matcher action = FORM_ACTION.matcher(loginPage.body());
            assertTrue(action.find(), "Keycloak shows its login form: " + loginPage.statusCode());
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                            StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                    .build());
            String location = answer.headers().firstValue("Location").orElse("");
            while (answer.statusCode() == 302 && location.startsWith(KeycloakUsers.keycloakUrl())) {
                answer = send(HttpRequest.newBuilder(URI.create(location)).GET().build());
                location = answer.headers().firstValue("Location").orElse("");
            }
            return answer;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak not reachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

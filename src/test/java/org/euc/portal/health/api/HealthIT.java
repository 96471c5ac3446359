package org.euc.portal.health.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DatabaseOutage;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

@IntegrationTest
class HealthIT {

    @Test
    void upWhenDatabaseAndKeycloakAnswerWithoutLogin() {
        Reply reply = ApiClient.anonymous().get("/api/v1/health");

        assertEquals(200, reply.status());
        JsonObject json = reply.json();
        assertEquals("UP", json.getString("status"));
        assertEquals("UP", json.getJsonObject("checks").getString("database"));
        assertEquals("UP", json.getJsonObject("checks").getString("keycloak"));
        assertTrue(reply.cacheControl().contains("no-store"), "health answers must never be cached");
    }

    @Test
    void readinessAndLivenessAnswerOnTheManagementPortWithoutCredentials() {
        Management ready = management("/health/ready");
        Management live = management("/health/live");

        assertEquals(200, ready.status(), ready.body().toString());
        assertEquals("UP", ready.body().getString("status"));
        JsonObject dependencies = check(ready.body(), "euc-portal-dependencies");
        assertEquals("UP", dependencies.getJsonObject("data").getString("database"));
        assertEquals("UP", dependencies.getJsonObject("data").getString("keycloak"));
        assertEquals(200, live.status(), live.body().toString());
        assertEquals("UP", check(live.body(), "euc-portal").getString("status"));
    }

    @Test
    void anonymousCallersShareOneProbeEveryFewSeconds() {
        Set<String> probes = new HashSet<>();
        for (int call = 0; call < 3; call++) {
            probes.add(ApiClient.anonymous().get("/api/v1/health").json().getString("checkedAt"));
        }

        // three calls a few milliseconds apart: one probe, or two when a probe's few seconds ran out in between
        assertTrue(probes.size() <= 2, "each call probed again: " + probes);
    }

    @Test
    void serviceUnavailableNamingTheDatabaseWhenThePortalCannotReachIt() {
        PortalSession reviewer = PortalSession.login(DemoUser.REVIEWER_ONE);
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            Reply down = awaitHealth(reply -> reply.status() == 503);

            assertEquals("DOWN", down.json().getString("status"));
            assertEquals("DOWN", down.json().getJsonObject("checks").getString("database"));
            assertEquals("UP", down.json().getJsonObject("checks").getString("keycloak"));
            assertEquals("database", down.json().getJsonArray("down").getString(0));
            Management notReady = management("/health/ready");
            assertEquals(503, notReady.status(), "the balancer takes the node out: " + notReady.body());
            assertEquals("DOWN", check(notReady.body(), "euc-portal-dependencies").getJsonObject("data").getString("database"));
            assertEquals(200, management("/health/live").status(), "but a restart would not help: still live");
            PortalSession.Page page = reviewer.get("/review/");
            assertEquals(500, page.status(), page.text());
            assertNotNull(page.document().getElementById("error-500"), "the friendly error page renders without the "
                    + "database, header and all: " + page.text());
        }
        assertEquals(200, awaitHealth(reply -> reply.status() == 200).status(), "recovers once the database is back");
    }

    /** An answer of WildFly's MicroProfile Health endpoint on the management port. */
    private record Management(int status, JsonObject body) {
    }

    private static Management management(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestStack.managementPort() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return new Management(response.statusCode(), reader.readObject());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the management port did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static Reply awaitHealth(Predicate<Reply> condition) {
        return Eventually.await(() -> ApiClient.anonymous().get("/api/v1/health"), condition, Duration.ofSeconds(30));
    }
}

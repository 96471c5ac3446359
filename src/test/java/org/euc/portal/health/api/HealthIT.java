package org.euc.portal.health.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
            PortalSession.Page page = reviewer.get("/review/");
            assertEquals(500, page.status(), page.text());
            assertNotNull(page.document().getElementById("error-500"), "the friendly error page renders without the "
                    + "database, header and all: " + page.text());
        }
        assertEquals(200, awaitHealth(reply -> reply.status() == 200).status(), "recovers once the database is back");
    }

    private static Reply awaitHealth(Predicate<Reply> condition) {
        return Eventually.await(() -> ApiClient.anonymous().get("/api/v1/health"), condition, Duration.ofSeconds(30));
    }
}

package org.euc.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Browser;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator working on one node disables a user whose session lives on the other node: that
 * session ends there within a second, the next page asks for a login that Keycloak refuses.
 */
@IntegrationTest
class SessionEndClusterIT {

    @Test
    void disablingAUserOnOneNodeEndsTheirSessionOnTheOtherWithinASecond() {
        assumeTrue(TestStack.nodes() > 1, "needs the cluster run (failsafe execution cluster-integration-tests)");
        String username = "it.cluster." + ThreadLocalRandom.current().nextInt(1_000_000);
        String temporary = "Temporary-" + username;
        ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);
        assertEquals(201, admin.post("/api/v1/admin/users", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.org\",\"firstName\":\"Ida\",\"lastName\":\"Cluster\",\"agencyCode\":\"ARC-NPA\","
                + "\"roles\":[\"importer\"],\"temporaryPassword\":\"" + temporary + "\"}").status());

        try (Browser user = Browser.open()) {
            user.loginAs(username, temporary, "Chosen-" + temporary);
            assertEquals("/importer/", user.path());
            int other = user.servingNode() == 1 ? 2 : 1;

            assertEquals(200, admin.onNode(other).post("/api/v1/admin/users/" + username + "/disabling", "{}").status());
            long disabled = System.nanoTime();

            do {
                user.visit("/importer/");
                assertTrue(System.nanoTime() - disabled < Duration.ofSeconds(1).toNanos(),
                        "the session still served " + user.path() + " a second after the user was disabled");
            } while (user.findAll(By.id("kc-form-login")).isEmpty());
        }
    }
}

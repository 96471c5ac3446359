package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every role against every area: the server admits or answers 403 with the friendly page. */
@IntegrationTest
class AccessMatrixIT {

    private static final Map<String, Set<String>> AREAS_BY_ROLE = Map.of(
            "importer", Set.of("/importer/"),
            "reviewer", Set.of("/review/"),
            "senior-reviewer", Set.of("/review/"),
            "auditor", Set.of("/audit/"),
            "admin", Set.of("/admin/"));

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"IMPORTER_ARCADIA", "REVIEWER_ONE", "SENIOR_ONE", "AUDITOR_ONE", "ADMIN_ONE"})
    void eachRoleEntersItsAreasOnlyAndLandsOnItsHome(DemoUser user) {
        PortalSession session = PortalSession.login(user);

        PortalSession.Page root = session.get("/");
        assertEquals(200, root.status());
        assertEquals(user.home(), root.path(), "the root sends " + user.username() + " home");

        for (String area : Set.of("/importer/", "/review/", "/audit/", "/admin/")) {
            PortalSession.Page page = session.get(area);
            if (AREAS_BY_ROLE.get(user.role()).contains(area)) {
                assertEquals(200, page.status(), user.username() + " may open " + area);
                assertNotNull(page.document().getElementById("welcome"), "a real home page at " + area);
            } else {
                assertEquals(403, page.status(), user.username() + " may not open " + area);
                assertNotNull(page.document().getElementById("error-403"), "the friendly 403 page, not a bare status");
            }
        }
    }

    @Test
    void anonymousVisitorsAreSentToKeycloakToLogIn() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestStack.url("/review/"))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(TestStack.realmUrl() + "/protocol/openid-connect/auth"), location);
        assertTrue(location.contains("code_challenge_method=S256"), "the login uses PKCE: " + location);
    }

    @Test
    void unknownPagesGetTheFriendly404() {
        PortalSession.Page page = PortalSession.login(DemoUser.REVIEWER_TWO).get("/review/no-such-page.xhtml");

        assertEquals(404, page.status());
        assertNotNull(page.document().getElementById("error-404"));
        assertTrue(!page.text().contains("Exception"), "no technical details reach the user");
    }

    @Test
    void aFormPostedFromAnExpiredPageShowsTheExpiredPageNotAnError() {
        PortalSession reviewer = PortalSession.login(DemoUser.REVIEWER_TWO);

        PortalSession.Page page = reviewer.postForm(TestStack.url("/review/index.xhtml"), Map.of("queue", "queue",
                "queue:apply", "", "jakarta.faces.ViewState", "-4242:-4242"));

        assertNotNull(page.document().getElementById("error-expired"), page.text());
        assertTrue(!page.text().contains("Exception"), "no technical details reach the user");
    }
}

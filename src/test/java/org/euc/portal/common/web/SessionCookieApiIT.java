package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.PortalSession.Page;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * A browser session never authenticates an API call, so a page on another site cannot use a
 * logged-in user's browser against the API; the pages keep working with their session.
 */
@IntegrationTest
class SessionCookieApiIT {

    private static final String TARGET = DemoUser.IMPORTER_CASCADIA.username();

    @Test
    void anAdministratorsSessionCookieCannotDisableAUserThroughTheApi() {
        PortalSession admin = PortalSession.login(DemoUser.ADMIN_ONE);
        try {
            // what a hostile page can make the browser send: no body, no content type of its own choosing
            Page refused = admin.post("/api/v1/admin/users/" + TARGET + "/disabling", "text/plain", "");

            assertEquals(401, refused.status());
            assertTrue(refused.text().contains("bearer-token-required"), refused.text());
            assertTrue(ApiClient.as(DemoUser.ADMIN_ONE).get("/api/v1/admin/users/" + TARGET).json().getBoolean("enabled"),
                    "the user is still enabled");
        } finally {
            ApiClient.as(DemoUser.ADMIN_ONE).post("/api/v1/admin/users/" + TARGET + "/enabling", "{}");
        }
    }

    @Test
    void anImportersSessionCookieCannotReadOrWriteThroughTheApi() {
        PortalSession importer = PortalSession.login(DemoUser.IMPORTER_ARCADIA);

        assertEquals(401, importer.get("/api/v1/agency/signatories", "application/json").status());
        assertEquals(401, importer.post("/api/v1/certificates/EUC-2026-000001/authorizations/csv", "text/plain",
                "order_reference\nforged\n").status());
        assertEquals(200, ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/agency/signatories").status(),
                "the same call with the user's bearer token is answered");
    }

    @Test
    void publicCallsAnswerABrowserWithASessionLikeAnyoneElse() {
        PortalSession reviewer = PortalSession.login(DemoUser.REVIEWER_ONE);

        assertEquals(200, reviewer.get("/api/v1/health", "application/json").status());
        assertEquals(404, reviewer.get("/api/v1/certificates/EUC-1999-999999", "application/json").status(),
                "verification of an unknown reference");
        assertTrue(reviewer.get("/review/").uri().toString().startsWith(TestStack.portalUrl()), "the pages keep their session");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        PortalSession session = PortalSession.login(DemoUser.REVIEWER_TWO);

        String cookie = session.portalSetCookieHeaders().stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElse(null);
        assertNotNull(cookie, "the login started a portal session: " + session.portalSetCookieHeaders());
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void logoutNeedsTheSessionsOwnToken() {
        PortalSession auditor = PortalSession.login(DemoUser.AUDITOR_ONE);
        Page home = auditor.get("/audit/");
        String token = home.document().select("#logoutForm input[name=logoutToken]").val();
        assertEquals(48, token.length(), "the logout form carries the session's token");

        Page forged = auditor.postForm(TestStack.url("/logout"), Map.of("logoutToken", "forged"));
        assertEquals(403, forged.status());
        assertTrue(auditor.get("/audit/").uri().toString().startsWith(TestStack.portalUrl()),
                "still logged in after a forged logout");

        Page loggedOut = auditor.postForm(TestStack.url("/logout"), Map.of("logoutToken", token));
        assertTrue(loggedOut.path().endsWith("/logged-out.xhtml"), loggedOut.uri().toString());
    }
}

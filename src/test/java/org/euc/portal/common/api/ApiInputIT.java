package org.euc.portal.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Bad input on the API is the client's error, answered 400 or 422 with the portal's error body, never 500. */
@IntegrationTest
class ApiInputIT {

    private static final ApiClient REVIEWER = ApiClient.as(DemoUser.REVIEWER_ONE);
    private static final String CASE = "/api/v1/review/cases/EUC-2026-000001";

    @Test
    void unreadableBodiesAreBadRequests() {
        assertBadRequest(REVIEWER.post(CASE + "/claim", "{\"version\": 1,"));
        assertBadRequest(REVIEWER.post(CASE + "/decisions", "{\"version\": 1, \"kind\": \"OBLITERATE\"}"));
        assertBadRequest(REVIEWER.post(CASE + "/claim", "{\"version\": \"one\"}"));
        assertBadRequest(ApiClient.as(DemoUser.ADMIN_ONE).post("/api/v1/admin/country-delistings",
                "{\"countries\": [\"AQ\"], \"effectiveFrom\": \"01/12/2026\", \"reason\": \"test\"}"));
    }

    @Test
    void aChangeWithoutTheVersionItWasBasedOnIsRefused() {
        Reply reply = REVIEWER.post(CASE + "/claim", "{}");

        assertEquals(422, reply.status(), reply.body());
        assertEquals("rule.versionRequired", reply.json().getString("error"));
    }

    @Test
    void pagingOutsideItsBoundsIsABadRequestAndPagesAreCapped() {
        assertBadRequest400(REVIEWER.get("/api/v1/review/cases?first=-1"));
        assertBadRequest400(REVIEWER.get("/api/v1/review/cases?max=0"));
        assertBadRequest400(ApiClient.as(DemoUser.AUDITOR_ONE).get("/api/v1/audit-log/events?first=-5"));

        Reply huge = ApiClient.as(DemoUser.AUDITOR_ONE).get("/api/v1/audit-log/events?max=1000000");
        assertEquals(200, huge.status(), huge.body());
        assertTrue(huge.json().getJsonArray("events").size() <= Paging.MAX_ROWS);
    }

    @Test
    void verifyingTheLedgerOfAnUnknownCertificateIsNotFound() {
        Reply reply = ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/ledgers/verifications",
                "{\"certificate\":\"EUC-1999-999999\"}");

        assertEquals(404, reply.status(), reply.body());
    }

    @Test
    void aRefusalNamesTheRoleNeededNotTheJavaMethod() {
        Reply refused = ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/review/cases");

        assertEquals(403, refused.status(), refused.body());
        String message = refused.json().getString("message");
        assertTrue(message.contains("reviewer"), message);
        assertFalse(message.matches(".*[A-Z][a-z]+[A-Z][A-Za-z]*\\.[a-z]+.*"), "no Class.method in: " + message);
    }

    private static void assertBadRequest(Reply reply) {
        assertBadRequest400(reply);
        assertEquals("bad_request", reply.json().getString("error"), reply.body());
    }

    private static void assertBadRequest400(Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"message\""), reply.body());
    }
}

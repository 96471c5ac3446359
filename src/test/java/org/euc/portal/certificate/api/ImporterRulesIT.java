package org.euc.portal.certificate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.ImporterApi.ReadyDraft;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.Signing;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/** What must hold for importers, whatever page or request they send: own agency only, rules re-checked, no lost updates. */
@IntegrationTest
class ImporterRulesIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final ImporterApi BOREALIA = ImporterApi.as(DemoUser.IMPORTER_BOREALIA);

    @Test
    void anotherAgencysCertificateIsNotFoundAnywhereAndTheAttemptIsAudited() throws SQLException {
        String arcadiaReference = ARCADIA.draftReadyToSign().reference();
        long auditedBefore = deniedFor(DemoUser.IMPORTER_BOREALIA, arcadiaReference);

        Reply api = BOREALIA.client().get("/api/v1/agency/certificates/" + arcadiaReference);
        Reply purposes = BOREALIA.client().put("/api/v1/agency/certificates/" + arcadiaReference + "/purposes",
                "application/json", "{\"version\":0,\"terroristActs\":[\"WEAPONS\"]}".getBytes());
        PortalSession borealia = PortalSession.login(DemoUser.IMPORTER_BOREALIA);
        PortalSession.Page page = borealia.get("/importer/certificate.xhtml?ref=" + arcadiaReference);
        PortalSession.Page pdf = borealia.get("/documents/" + arcadiaReference + "/1/generated.pdf");

        assertEquals(404, api.status());
        assertEquals(404, purposes.status());
        assertEquals(404, page.status());
        assertNotNull(page.document().getElementById("error-404"));
        assertEquals(404, pdf.status());
        assertEquals(auditedBefore + 4, deniedFor(DemoUser.IMPORTER_BOREALIA, arcadiaReference),
                "every forged access is in the audit log");
    }

    @Test
    void forgedFormFieldsAreRefusedWithAClearMessageAndNothingIsSaved() throws SQLException {
        ReadyDraft draft = ARCADIA.draftReadyToSign();
        long borealianOffence = BOREALIA.client().get("/api/v1/agency/offences").jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long arcadianSedition = ARCADIA.client().get("/api/v1/agency/offences").jsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(o -> o.getString("name").equals("Sedition"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        Reply otherCountry = declare(draft, borealianOffence);
        Reply carveOut = declare(draft, arcadianSedition);

        assertEquals(422, otherCountry.status());
        assertEquals("rule.offence.otherCountry", otherCountry.json().getString("error"));
        assertEquals(422, carveOut.status());
        assertEquals("rule.offence.EXPRESSION_CARVE_OUT", carveOut.json().getString("error"));
        assertTrue(carveOut.json().getString("message").contains("Sedition"), carveOut.json().getString("message"));
        assertEquals(draft.version(), ARCADIA.version(draft.reference()), "nothing was saved");
        assertEquals(List.of("KIDNAPPING_OR_HOSTAGE_TAKING"), declaredActs(draft.reference()));
    }

    @Test
    void cascadiaCannotDraftAndCannotSubmitOnceItsCountryIsDelisted() throws SQLException {
        ImporterApi cascadia = ImporterApi.as(DemoUser.IMPORTER_CASCADIA);
        Reply refused = cascadia.client().post("/api/v1/agency/certificates", "{}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("rule.country.notApproved", refused.json().getString("error"));

        // approved for a moment: a draft is prepared and signed ...
        decideOnCascadia(true);
        ReadyDraft draft;
        Reply signed;
        try {
            draft = cascadia.draftReadyToSign();
            signed = cascadia.uploadSigned(draft.reference(), Signing.sign(draft.generatedPdf(),
                    Signing.demoSignatoryOf("CAS-SIS")));
            assertEquals(200, signed.status(), signed.body());
        } finally {
            // ... and the country is delisted before it is submitted
            decideOnCascadia(false);
        }
        Reply submit = cascadia.submit(draft.reference(), signed.json().getJsonNumber("version").longValue());

        assertEquals(422, submit.status());
        assertEquals("rule.country.notApproved", submit.json().getString("error"));
        assertTrue(submit.json().getString("message").startsWith("Cascadia is not on the list of approved countries"));
        assertEquals("DRAFT", cascadia.client().get("/api/v1/agency/certificates/" + draft.reference()).json()
                .getString("status"));
    }

    @Test
    void aDoubleSubmitSubmitsOnce() {
        ReadyDraft draft = ARCADIA.draftReadyToSign();
        long version = ARCADIA.uploadSigned(draft.reference(), Signing.sign(draft.generatedPdf(),
                Signing.demoSignatoryOf("ARC-NPA"))).json().getJsonNumber("version").longValue();

        List<Reply> replies = simultaneously(() -> ARCADIA.submit(draft.reference(), version),
                () -> ARCADIA.submit(draft.reference(), version));

        assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
        assertEquals(1, countSql("SELECT count(*) FROM status_change s JOIN certificate c ON c.id = s.certificate_id "
                + "WHERE c.reference = '" + draft.reference() + "' AND s.to_status = 'SUBMITTED'"));
    }

    @Test
    void concurrentEditsOfOneDraftLetOneWinAndTellTheOther() throws SQLException {
        ReadyDraft draft = ARCADIA.draftReadyToSign();

        List<Reply> replies = simultaneously(
                () -> ARCADIA.client().put("/api/v1/agency/certificates/" + draft.reference() + "/purposes",
                        "application/json", purposes(draft.version(), "WEAPONS")),
                () -> ARCADIA.client().put("/api/v1/agency/certificates/" + draft.reference() + "/purposes",
                        "application/json", purposes(draft.version(), "SEIZURE_OF_TRANSPORT")));

        assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
        Reply loser = replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
        assertEquals("rule.concurrentChange", loser.json().getString("error"));
        List<String> saved = declaredActs(draft.reference());
        assertEquals(1, saved.size(), "exactly the winner's purposes, nothing mixed: " + saved);
        assertTrue(List.of("WEAPONS", "SEIZURE_OF_TRANSPORT").contains(saved.get(0)));
    }

    @Test
    void theDatabaseKeepsASubmittedRevisionImmutable() {
        ReadyDraft draft = ARCADIA.draftReadyToSign();
        long version = ARCADIA.uploadSigned(draft.reference(), Signing.sign(draft.generatedPdf(),
                Signing.demoSignatoryOf("ARC-NPA"))).json().getJsonNumber("version").longValue();
        assertEquals(200, ARCADIA.submit(draft.reference(), version).status());

        SQLException refused = assertThrows(SQLException.class, () -> sql("UPDATE certificate_revision SET system_name = "
                + "'rewritten' WHERE certificate_id = (SELECT id FROM certificate WHERE reference = '" + draft.reference() + "')"));
        SQLException purposes = assertThrows(SQLException.class, () -> sql("DELETE FROM revision_terrorist_act WHERE "
                + "revision_id IN (SELECT r.id FROM certificate_revision r JOIN certificate c ON c.id = r.certificate_id "
                + "WHERE c.reference = '" + draft.reference() + "')"));

        assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
        assertTrue(purposes.getMessage().contains("immutable"), purposes.getMessage());
    }

    @Test
    void ministryStaffCannotUseTheImportersServices() {
        Reply reviewer = ApiClient.as(DemoUser.REVIEWER_ONE).get("/api/v1/agency/signatories");
        Reply auditor = ApiClient.as(DemoUser.AUDITOR_ONE).post("/api/v1/agency/certificates", "{}");

        assertEquals(403, reviewer.status());
        assertEquals(403, auditor.status());
    }

    private static Reply declare(ReadyDraft draft, long offenceId) {
        return ARCADIA.client().put("/api/v1/agency/certificates/" + draft.reference() + "/purposes", "application/json",
                Json.createObjectBuilder().add("version", draft.version())
                        .add("terroristActs", Json.createArrayBuilder())
                        .add("offenceIds", Json.createArrayBuilder().add(offenceId)).build().toString().getBytes());
    }

    private static byte[] purposes(long version, String act) {
        return Json.createObjectBuilder().add("version", version)
                .add("terroristActs", Json.createArrayBuilder().add(act)).build().toString().getBytes();
    }

    @SafeVarargs
    private static List<Reply> simultaneously(Callable<Reply>... calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = java.util.Arrays.stream(calls)
                    .map(call -> pool.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            return futures.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** Adds an approval decision for Cascadia effective today; the newest decision of a day wins. */
    private static void decideOnCascadia(boolean approved) throws SQLException {
        sql("INSERT INTO country_approval (country_code, approved, effective_from, reason, decided_by) VALUES "
                + "('XC', " + approved + ", current_date, 'test', 'test')");
    }

    private static List<String> declaredActs(String reference) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT a.act FROM revision_terrorist_act a "
                        + "JOIN certificate_revision r ON r.id = a.revision_id JOIN certificate c ON c.id = r.certificate_id "
                        + "WHERE c.reference = '" + reference + "' ORDER BY a.act")) {
            List<String> acts = new java.util.ArrayList<>();
            while (rows.next()) {
                acts.add(rows.getString(1));
            }
            return acts;
        }
    }

    private static long deniedFor(DemoUser user, String reference) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM audit_event WHERE action = "
                        + "'ACCESS_DENIED' AND actor = ? AND subject_id = ?")) {
            query.setString(1, user.username());
            query.setString(2, "certificate " + reference);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long countSql(String sql) {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}

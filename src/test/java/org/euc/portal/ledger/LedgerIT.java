package org.euc.portal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.Authorizations;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.KeycloakUsers;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The judicial authorization ledger against the real stack: append-only, tamper-evident, checked by rules. */
@IntegrationTest
class LedgerIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final ApiClient AUDITOR = ApiClient.as(DemoUser.AUDITOR_ONE);
    /** The drafts of ImporterApi declare exactly this act. */
    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";

    private static String approved;

    @BeforeAll
    static void anApprovedCertificate() {
        approved = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
    }

    @Test
    void theTriggersRefuseToChangeOrRemoveLedgerEntriesEvenForTheSchemasOwner() throws SQLException {
        record(approved, Authorizations.clean(DECLARED_ACT));

        for (String rewrite : List.of("UPDATE ledger_entry SET targets = 99", "DELETE FROM ledger_entry",
                "TRUNCATE ledger_entry CASCADE")) {
            SQLException refused = assertThrows(SQLException.class, () -> sql(TestStack.databaseAsOwner(), rewrite));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void aRowAlteredBySuperuserBehindThePortalsBackIsFoundAtItsExactPosition() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_TWO);
        for (int i = 0; i < 4; i++) {
            record(reference, Authorizations.clean(DECLARED_ACT));
        }
        assertTrue(verify(reference).getBoolean("intact"));

        tamper(reference, 3, "targets = targets + 1");
        try {
            JsonObject broken = verify(reference);

            assertFalse(broken.getBoolean("intact"));
            JsonObject link = broken.getJsonArray("broken").getJsonObject(0);
            assertEquals(reference, link.getString("certificateReference"));
            assertEquals(3, link.getJsonNumber("position").longValue());
            assertTrue(link.getString("problem").contains("altered"), link.getString("problem"));
            JsonObject all = AUDITOR.post("/api/v1/ledgers/verifications", "{}").json();
            assertTrue(all.getJsonArray("broken").stream().map(JsonValue::asJsonObject)
                    .anyMatch(b -> b.getString("certificateReference").equals(reference) && b.getInt("position") == 3),
                    "verifying every ledger finds it too");
        } finally {
            tamper(reference, 3, "targets = targets - 1");
        }
        assertTrue(verify(reference).getBoolean("intact"), "restoring the row restores the chain");
    }

    @Test
    void twoAuditorsFindingsOnOneSampledEntryAreBothKeptWithWhoWroteThem() {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        record(reference, Authorizations.clean(DECLARED_ACT));
        long sample = AUDITOR.post("/api/v1/ledgers/samples", "{\"certificate\":\"" + reference
                + "\",\"size\":1,\"seed\":7}").json().getJsonNumber("sampleId").longValue();
        long item = AUDITOR.get("/api/v1/ledgers/samples/" + sample).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String findings = "/api/v1/ledgers/samples/" + sample + "/items/" + item + "/findings";
        ApiClient secondAuditor = ApiClient.withToken(KeycloakTokens.accessToken(
                KeycloakUsers.ensure("it.auditor.two", "auditor"), DemoUser.PASSWORD));

        assertEquals(200, AUDITOR.post(findings, "{\"text\":\"Order on file, matches the entry.\"}").status());
        assertEquals(200, secondAuditor.post(findings, "{\"text\":\"The order is dated a day later.\"}").status());

        List<JsonObject> kept = AUDITOR.get("/api/v1/ledgers/samples/" + sample).json().getJsonArray("items")
                .getJsonObject(0).getJsonArray("findings").getValuesAs(JsonObject.class);
        assertEquals(List.of("auditor.one", "it.auditor.two"), kept.stream().map(f -> f.getString("writtenBy")).toList());
        assertEquals(List.of("Order on file, matches the entry.", "The order is dated a day later."),
                kept.stream().map(f -> f.getString("text")).toList());
        assertEquals(422, AUDITOR.post(findings, "{\"text\":\" \"}").status(), "findings need words");
        assertEquals(404, AUDITOR.post("/api/v1/ledgers/samples/" + (sample + 1000) + "/items/" + item + "/findings",
                "{\"text\":\"x\"}").status(), "an entry of another sample");
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedWholeWithEveryLineNumber() {
        String header = "order_reference,issuing_authority,kind,other_citation,issued_on,valid_from,valid_until,"
                + "used_from,used_until,terrorist_act,offence_code,targets,operation_reference\n";
        String today = LocalDate.now().toString();
        String good = "ORD-1,Arcadia High Court,JUDICIAL_ORDER,," + today + "," + today + "," + today + "," + today + ","
                + today + ",3,,1,OP-1\n";
        String badDate = "ORD-2,Arcadia High Court,JUDICIAL_ORDER,,not-a-date," + today + "," + today + "," + today
                + "," + today + ",3,,1,OP-2\n";
        String noBasis = "ORD-3,Arcadia High Court,JUDICIAL_ORDER,," + today + "," + today + "," + today + "," + today
                + "," + today + ",,,1,OP-3\n";
        String unknownOffence = "ORD-4,Arcadia High Court,JUDICIAL_ORDER,," + today + "," + today + "," + today + ","
                + today + "," + today + ",,XA-NOPE-1,1,OP-4\n";
        int before = entries(approved).size();

        Reply refused = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations/csv", "text/csv",
                (header + good + badDate + good + noBasis + unknownOffence).getBytes(StandardCharsets.UTF_8));

        assertEquals(422, refused.status(), refused.body());
        Set<Integer> lines = refused.json().getJsonArray("problems").stream()
                .map(p -> p.asJsonObject().getInt("line")).collect(Collectors.toSet());
        assertEquals(Set.of(3, 5, 6), lines, refused.body());
        assertEquals(before, entries(approved).size(), "nothing of the file was recorded");

        Reply accepted = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations/csv", "text/csv",
                (header + good + good).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(2, accepted.json().getInt("recorded"));
        assertEquals(before + 2, entries(approved).size());
    }

    @Test
    void anotherAgencysTokenCannotReadOrWriteTheLedger() {
        ApiClient borealia = ApiClient.as(DemoUser.IMPORTER_BOREALIA);

        assertEquals(404, borealia.get("/api/v1/certificates/" + approved + "/authorizations").status());
        assertEquals(404, borealia.post("/api/v1/certificates/" + approved + "/authorizations",
                Authorizations.clean(DECLARED_ACT).toJson()).status());
        assertEquals(401, ApiClient.anonymous().post("/api/v1/certificates/" + approved + "/authorizations",
                Authorizations.clean(DECLARED_ACT).toJson()).status());
        assertEquals(403, ApiClient.as(DemoUser.REVIEWER_ONE).post("/api/v1/certificates/" + approved
                + "/authorizations", Authorizations.clean(DECLARED_ACT).toJson()).status());
    }

    @Test
    void eachRuleRaisesItsFlagAndACleanEntryRaisesNone() {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        LocalDate today = LocalDate.now();

        assertEquals(Set.of(), flagsOf(record(reference, Authorizations.clean(DECLARED_ACT))));
        assertEquals(Set.of("LEDGER_BASIS_NOT_DECLARED"), flagsOf(record(reference, Authorizations.clean("WEAPONS"))));
        assertEquals(Set.of("LEDGER_OFFENCE_NOT_SERIOUS", "LEDGER_BASIS_NOT_DECLARED"), flagsOf(record(reference,
                Authorizations.clean(DECLARED_ACT).without("terroristAct").with("offenceCode", "XA-PC-120"))));
        assertEquals(Set.of("LEDGER_USE_OUTSIDE_ORDER_VALIDITY"), flagsOf(record(reference, Authorizations
                .clean(DECLARED_ACT).with("validUntil", today.minusDays(1).toString())
                .with("validFrom", today.minusDays(1).toString()))));
        assertEquals(Set.of("LEDGER_LATE_RECORDING"), flagsOf(record(reference, Authorizations.clean(DECLARED_ACT)
                .with("issuedOn", today.minusDays(30).toString()).with("validFrom", today.minusDays(30).toString()))));
        assertEquals(Set.of("LEDGER_MANY_TARGETS"), flagsOf(record(reference,
                Authorizations.clean(DECLARED_ACT).with("targets", 50))));

        // a certificate of a country whose law requires judicial orders
        String borealian = ReviewerApi.approved(ImporterApi.as(DemoUser.IMPORTER_BOREALIA), DemoUser.REVIEWER_TWO,
                DemoUser.SENIOR_ONE);
        Reply other = ApiClient.as(DemoUser.IMPORTER_BOREALIA).post("/api/v1/certificates/" + borealian
                + "/authorizations", Authorizations.clean(DECLARED_ACT).with("kind", "OTHER_AUTHORIZATION")
                .with("otherCitation", "Police Act s. 4").toJson());
        assertEquals(201, other.status(), other.body());
        assertEquals(Set.of("LEDGER_JUDICIAL_ORDER_REQUIRED"), flagsOf(other.json()));

        // used while suspended
        ReviewerApi reviewer = ReviewerApi.as(DemoUser.REVIEWER_ONE);
        assertEquals(200, reviewer.decide(reference, "SUSPEND", "FAILURE_TO_REPORT", "test", "Act s. 12").status());
        assertEquals(Set.of("LEDGER_USE_WHILE_NOT_APPROVED"), flagsOf(record(reference,
                Authorizations.clean(DECLARED_ACT))));

        List<String> raised = reviewer.caseFile(reference).getJsonArray("flags").stream()
                .map(f -> f.asJsonObject().getString("rule")).toList();
        assertTrue(raised.containsAll(List.of("LEDGER_BASIS_NOT_DECLARED", "LEDGER_OFFENCE_NOT_SERIOUS",
                "LEDGER_USE_OUTSIDE_ORDER_VALIDITY", "LEDGER_LATE_RECORDING", "LEDGER_MANY_TARGETS",
                "LEDGER_USE_WHILE_NOT_APPROVED")), "reviewers see the flags on the case: " + raised);
    }

    @Test
    void aCorrectionSupersedesTheOriginalsFlagsAndACancellationClosesThem() {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        JsonObject mistyped = record(reference, Authorizations.clean(DECLARED_ACT).with("targets", 50));
        assertEquals(Set.of("LEDGER_MANY_TARGETS"), flagsOf(mistyped));

        Reply corrected = ARCADIA.client().post(amendment(reference, mistyped, "corrections"), "{\"reason\": \"5 targets, "
                + "not 50\", \"authorization\": " + Authorizations.clean(DECLARED_ACT).with("targets", 5).toJson() + "}");

        assertEquals(201, corrected.status(), corrected.body());
        assertEquals("CORRECTION", corrected.json().getString("type"));
        assertEquals(Set.of(), flagsOf(corrected.json()), "judged on the corrected facts only");
        assertEquals("superseded by the correction at position " + corrected.json().getInt("position"),
                closingOf(mistyped), "the original's flag is closed, naming the correction");

        JsonObject twice = record(reference, Authorizations.clean(DECLARED_ACT).with("targets", 40));
        Reply cancelled = ARCADIA.client().post(amendment(reference, twice, "cancellations"),
                "{\"reason\": \"recorded twice\"}");

        assertEquals(201, cancelled.status(), cancelled.body());
        assertEquals(Set.of(), flagsOf(cancelled.json()), "a cancellation raises nothing");
        assertEquals("closed by the cancellation at position " + cancelled.json().getInt("position"), closingOf(twice));
        assertEquals(422, ARCADIA.client().post(amendment(reference, cancelled.json(), "cancellations"),
                "{\"reason\": \"again\"}").status(), "a cancellation cannot be cancelled");
        assertTrue(verify(reference).getBoolean("intact"));
    }

    @Test
    void aSilentLedgerIsFlaggedOnceAndAnAttestationOfNoUseClosesTheFlag() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        // the approval took effect 100 days ago, and the agency has recorded nothing since
        sql(TestStack.database(), "UPDATE certificate SET approved_from = current_date - 100 WHERE reference = '"
                + reference + "'");
        ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);

        assertTrue(admin.post("/api/v1/admin/review-jobs", null).json().getInt("flaggedForNotReporting") >= 1);
        admin.post("/api/v1/admin/review-jobs", null);
        List<JsonObject> flags = failureToReport(reference);
        assertEquals(1, flags.size(), "flagged once, not once per run: " + flags);
        assertFalse(flags.get(0).containsKey("resolvedAt"));

        Reply future = ARCADIA.client().post("/api/v1/certificates/" + reference + "/authorizations/no-use-attestations",
                "{\"from\": \"" + today.minusDays(100) + "\", \"until\": \"" + today.plusDays(1) + "\"}");
        Reply attested = ARCADIA.client().post("/api/v1/certificates/" + reference + "/authorizations/no-use-attestations",
                "{\"from\": \"" + today.minusDays(100) + "\", \"until\": \"" + today + "\"}");

        assertEquals("rule.ledger.attestationPeriod", future.json().getString("error"), "no attesting the future");
        assertEquals(201, attested.status(), attested.body());
        assertEquals("NO_USE_ATTESTATION", attested.json().getString("type"));
        JsonObject closed = failureToReport(reference).get(0);
        assertEquals("reported: No use attested at position " + attested.json().getInt("position"),
                closed.getString("resolution"));
        admin.post("/api/v1/admin/review-jobs", null);
        assertEquals(1, failureToReport(reference).size(), "the attestation counts as reporting: no new flag");
        assertTrue(verify(reference).getBoolean("intact"), "chained like every entry");
        assertEquals(422, ARCADIA.client().post("/api/v1/certificates/" + reference + "/authorizations/"
                + attested.json().getInt("position") + "/corrections", "{\"reason\": \"x\", \"authorization\": "
                + Authorizations.clean(DECLARED_ACT).toJson() + "}").status(), "an attestation is not corrected");
    }

    private static List<JsonObject> failureToReport(String reference) {
        return ReviewerApi.as(DemoUser.SENIOR_ONE).caseFile(reference).getJsonArray("flags").getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("rule").equals("LEDGER_FAILURE_TO_REPORT")).toList();
    }

    @Test
    void anOrderDocumentIsKeptWithItsHashAndOnlyAPdfIsTaken() {
        byte[] order = ("%PDF-1.7\n% order of the examining magistrate " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        int before = entries(approved).size();

        JsonObject recorded = record(approved, Authorizations.clean(DECLARED_ACT).with("documentName", "order.pdf")
                .with("documentBase64", Base64.getEncoder().encodeToString(order)));
        Reply notPdf = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations", Authorizations
                .clean(DECLARED_ACT).with("documentName", "order.docx").with("documentBase64",
                        Base64.getEncoder().encodeToString("PK not a pdf".getBytes(StandardCharsets.US_ASCII))).toJson());
        Reply notBase64 = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations",
                Authorizations.clean(DECLARED_ACT).with("documentBase64", "%%% not base64 %%%").toJson());

        assertEquals(HashChain.sha256Hex(order), recorded.getString("documentSha256"), "kept with its SHA-256");
        assertEquals(422, notPdf.status());
        assertTrue(notPdf.body().contains("ledger.problem.documentNotPdf"), notPdf.body());
        assertEquals("rule.ledger.documentEncoding", notBase64.json().getString("error"));
        assertEquals(before + 1, entries(approved).size(), "the refused ones recorded nothing");
    }

    @Test
    void invalidAuthorizationsAreRefusedWithEveryProblemAndNothingIsRecorded() {
        int before = entries(approved).size();

        Reply refused = ARCADIA.client().post("/api/v1/certificates/" + approved + "/authorizations",
                Authorizations.clean(DECLARED_ACT).with("offenceCode", "XA-PC-211").without("issuingAuthority")
                        .with("targets", 0).toJson());

        assertEquals(422, refused.status());
        Set<String> fields = refused.json().getJsonArray("problems").stream()
                .map(p -> p.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("issuingAuthority", "targets")), fields.toString());
        assertEquals(before, entries(approved).size());
    }

    @Test
    void theLedgerIsReadAPageAtATimeWithItsTotal() {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
        for (int entry = 0; entry < 3; entry++) {
            record(reference, Authorizations.clean(DECLARED_ACT));
        }
        String ledger = "/api/v1/certificates/" + reference + "/authorizations";

        JsonObject firstPage = ARCADIA.client().get(ledger + "?max=2").json();
        JsonObject secondPage = ARCADIA.client().get(ledger + "?first=2&max=2").json();

        assertEquals(3, firstPage.getInt("total"));
        assertEquals(List.of(1, 2), positionsOf(firstPage), "oldest first, two to a page");
        assertEquals(List.of(3), positionsOf(secondPage));
        assertEquals(400, ARCADIA.client().get(ledger + "?max=0").status(), "an empty page is the client's error");
    }

    private static List<Integer> positionsOf(JsonObject page) {
        return page.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(e -> e.getInt("position")).toList();
    }

    @Test
    void aDraftHasNoLedger() {
        String draft = ARCADIA.draftReadyToSign().reference();

        Reply refused = ARCADIA.client().post("/api/v1/certificates/" + draft + "/authorizations",
                Authorizations.clean(DECLARED_ACT).toJson());

        assertEquals(422, refused.status());
        assertEquals("rule.ledger.notIssued", refused.json().getString("error"));
    }

    private static JsonObject record(String reference, Authorizations authorization) {
        Reply reply = ARCADIA.client().post("/api/v1/certificates/" + reference + "/authorizations", authorization.toJson());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** The rules a recorded entry raised, read from the case the reviewers see. */
    private static Set<String> flagsOf(JsonObject entry) {
        long id = entry.getJsonNumber("id").longValue();
        String reference = entry.getString("certificateReference");
        return ReviewerApi.as(DemoUser.SENIOR_ONE).caseFile(reference).getJsonArray("flags").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.containsKey("ledgerEntryId") && !f.isNull("ledgerEntryId")
                        && f.getJsonNumber("ledgerEntryId").longValue() == id)
                .map(f -> f.getString("rule")).collect(Collectors.toSet());
    }

    private static String amendment(String reference, JsonObject entry, String kind) {
        return "/api/v1/certificates/" + reference + "/authorizations/" + entry.getInt("position") + "/" + kind;
    }

    /** The resolution of the (one) flag raised on the entry, as the reviewers read it; it must be closed by "system". */
    private static String closingOf(JsonObject entry) {
        long id = entry.getJsonNumber("id").longValue();
        JsonObject flag = ReviewerApi.as(DemoUser.SENIOR_ONE).caseFile(entry.getString("certificateReference"))
                .getJsonArray("flags").stream().map(JsonValue::asJsonObject)
                .filter(f -> !f.isNull("ledgerEntryId") && f.getJsonNumber("ledgerEntryId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("system", flag.getString("resolvedBy", null), flag.toString());
        return flag.getString("resolution");
    }

    private static JsonArray entries(String reference) {
        return ARCADIA.client().get("/api/v1/certificates/" + reference + "/authorizations").json()
                .getJsonArray("entries");
    }

    private static JsonObject verify(String reference) {
        Reply reply = AUDITOR.post("/api/v1/ledgers/verifications", "{\"certificate\":\"" + reference + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void tamper(String reference, int position, String change) throws SQLException {
        try (Connection connection = TestStack.databaseAsSuperuser().connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_update_or_delete");
            int changed = statement.executeUpdate("UPDATE ledger_entry SET " + change + " WHERE position = " + position
                    + " AND certificate_id = (SELECT id FROM certificate WHERE reference = '" + reference + "')");
            statement.execute("ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_no_update_or_delete");
            connection.commit();
            assertEquals(1, changed);
        }
    }

    private static void sql(org.euc.portal.localstack.DatabaseAccess database, String statement) throws SQLException {
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}

package org.euc.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.euc.portal.testsupport.Inbox.subjectOf;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.signature.TestPki;
import org.euc.portal.signature.domain.PadesInspection;
import org.euc.portal.signature.domain.SignatureCheckOutcome;
import org.euc.portal.signature.service.PadesVerifier;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.CountryFixture;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.Inbox;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakUsers;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.ServerManagement;
import org.euc.portal.testsupport.SignatoryFixture;
import org.euc.portal.testsupport.Signing;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The review workflow against the real stack: four eyes, roles, concurrency, delisting, expiry, issuing, e-mail. */
@IntegrationTest
class ReviewWorkflowIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final ImporterApi BOREALIA = ImporterApi.as(DemoUser.IMPORTER_BOREALIA);
    private static final ReviewerApi REVIEWER = ReviewerApi.as(DemoUser.REVIEWER_ONE);
    private static final ReviewerApi SENIOR_ONE = ReviewerApi.as(DemoUser.SENIOR_ONE);
    private static final ReviewerApi SENIOR_TWO = ReviewerApi.as(DemoUser.SENIOR_TWO);

    @Test
    void theProposerCanNeverConfirmTheirOwnProposalAndAPlainReviewerCannotConfirmAtAll() {
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, SENIOR_ONE.claim(reference).status());
        long proposal = SENIOR_ONE.proposeApproval(reference).json().getJsonNumber("proposalId").longValue();

        Reply own = SENIOR_ONE.confirm(reference, proposal);
        Reply plainReviewer = REVIEWER.confirm(reference, proposal);

        assertEquals(422, own.status());
        assertEquals("rule.fourEyes.ownProposal", own.json().getString("error"));
        assertEquals(403, plainReviewer.status());
        assertEquals("UNDER_REVIEW", REVIEWER.status(reference), "nothing took effect");

        Reply second = SENIOR_TWO.confirm(reference, proposal);
        assertEquals(200, second.status(), second.body());
        assertEquals("APPROVED", second.json().getJsonObject("certificate").getString("status"));
    }

    @Test
    void importersAndAuditorsCannotUseTheReviewersServices() {
        String reference = ARCADIA.submittedCertificate();

        for (DemoUser outsider : List.of(DemoUser.IMPORTER_ARCADIA, DemoUser.AUDITOR_ONE, DemoUser.ADMIN_ONE)) {
            ApiClient client = ApiClient.as(outsider);
            assertEquals(403, client.get("/api/v1/review/cases").status(), outsider + " reads the queue");
            assertEquals(403, client.post("/api/v1/review/cases/" + reference + "/claim", "{\"version\":1}").status(),
                    outsider + " claims");
        }
        assertEquals("SUBMITTED", REVIEWER.status(reference));
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsTheOtherIsToldTheCaseChanged() {
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());
        long version = REVIEWER.version(reference);
        String body = "{\"version\":" + version + ",\"kind\":\"%s\",\"reason\":\"%s\",\"rationale\":\"decided at once\"}";

        List<Reply> replies = simultaneously(
                () -> REVIEWER.client().post("/api/v1/review/cases/" + reference + "/decisions",
                        body.formatted("REQUEST_CHANGES", "INCOMPLETE_INFORMATION")),
                () -> SENIOR_ONE.client().post("/api/v1/review/cases/" + reference + "/decisions",
                        body.formatted("REJECT", "RISK_OF_MISUSE")));

        assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
        String status = REVIEWER.status(reference);
        assertTrue(status.equals("CHANGES_REQUESTED") || status.equals("REJECTED"), status);
        assertEquals(1, countHistory(reference, status), "exactly one decision was recorded");
    }

    @Test
    void anApprovalIssuesAPdfSealedByTheMinistryThatVerifiesAndMatchesThePublicEndpoint() throws Exception {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);

        PortalSession importer = PortalSession.login(DemoUser.IMPORTER_ARCADIA);
        byte[] issued = importer.download("/documents/" + reference + "/issued.pdf");
        PadesInspection seal = new PadesVerifier().inspect(issued, Signing.revisionBeforeSignature(issued));

        assertEquals(SignatureCheckOutcome.VALID, seal.outcome(), seal.detail());
        assertTrue(seal.signerCertificate().getSubjectX500Principal().getName().contains("Ministry of Defence"));
        JsonObject verification = ApiClient.anonymous().get("/api/v1/certificates/" + reference).json();
        assertEquals(HashChain.sha256Hex(issued), verification.getString("issuedDocumentSha256"));
    }

    @Test
    void theVerificationEndpointTellsAnyoneTheStatusButNothingPersonalAndIsCheapToServe() throws Exception {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);

        HttpResponse<String> first = anonymousGet("/api/v1/certificates/" + reference, null);

        assertEquals(200, first.statusCode());
        JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(first.body())).readObject();
        assertEquals(reference, json.getString("reference"));
        assertEquals("APPROVED", json.getString("status"));
        assertEquals("XA", json.getString("countryCode"));
        assertNotNull(json.getString("validFrom"));
        assertNotNull(json.getString("validUntil"));
        assertNotNull(json.getString("lastStatusChange"));
        assertEquals(List.of("countryCode", "issuedDocumentSha256", "lastStatusChange", "reference", "status",
                "validFrom", "validUntil"), json.keySet().stream().sorted().toList(), "no names, agencies or people");
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymousGet("/api/v1/certificates/" + reference, etag).statusCode());

        assertEquals(404, anonymousGet("/api/v1/certificates/EUC-1999-999999", null).statusCode());
        String draft = ARCADIA.draftReadyToSign().reference();
        assertEquals(404, anonymousGet("/api/v1/certificates/" + draft, null).statusCode(),
                "a certificate that was never approved cannot be verified");
    }

    @Test
    void delistingACountrySuspendsExactlyItsApprovedCertificatesAsSystemAndQueuesThem() throws SQLException {
        String borealian = ReviewerApi.approved(BOREALIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
        String arcadian = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
        String borealianUnderReview = BOREALIA.submittedCertificate();
        // other tests may have suspended Borealian certificates for their own reasons; those stay as they are
        List<String> suspendedBefore = approvedOrSuspended("XB", "SUSPENDED");
        ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);
        try {
            JsonObject preview = admin.post("/api/v1/admin/country-delistings/preview", "{\"countries\":[\"XB\"]}").json();
            List<String> previewed = preview.getJsonArray("certificates").stream()
                    .map(c -> c.asJsonObject().getString("reference")).toList();
            assertTrue(previewed.contains(borealian));
            assertFalse(previewed.contains(arcadian));
            assertFalse(previewed.contains(borealianUnderReview), "only approved certificates are suspended");

            Reply delisted = admin.post("/api/v1/admin/country-delistings",
                    "{\"countries\":[\"XB\"],\"reason\":\"test: Borealia removed from the list\"}");

            assertEquals(200, delisted.status(), delisted.body());
            assertEquals(previewed.size(), delisted.json().getInt("suspended"), "the preview is what happened");
            List<String> suspendedNow = new java.util.ArrayList<>(approvedOrSuspended("XB", "SUSPENDED"));
            suspendedNow.removeAll(suspendedBefore);
            assertEquals(previewed, suspendedNow);
            assertTrue(approvedOrSuspended("XB", "APPROVED").isEmpty());
            assertEquals("APPROVED", REVIEWER.status(arcadian));
            assertEquals("SUBMITTED", REVIEWER.status(borealianUnderReview));
            JsonObject suspension = lastHistoryEntry(borealian);
            assertEquals("system", suspension.getString("actor"));
            assertEquals("COUNTRY_DELISTED", suspension.getString("reasonCode"));
            List<String> queued = REVIEWER.client().get("/api/v1/review/cases?status=SUSPENDED&max=200").json()
                    .getJsonArray("cases").stream().map(c -> c.asJsonObject().getString("reference")).toList();
            assertTrue(queued.contains(borealian), "suspended certificates are back in the queue");
        } finally {
            CountryFixture.approveAgain("XB");
        }
    }

    @Test
    void aCountryOffTheListGetsNoApprovalOrReinstatementThroughTheApiOrTheCasePage() {
        String proposed = BOREALIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(proposed).status());
        long approvalProposal = REVIEWER.proposeApproval(proposed).json().getJsonNumber("proposalId").longValue();
        String underReview = BOREALIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(underReview).status());
        String approved = ReviewerApi.approved(BOREALIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
        ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);
        try {
            assertEquals(200, admin.post("/api/v1/admin/country-delistings",
                    "{\"countries\":[\"XB\"],\"reason\":\"test: courts suspended\"}").status());
            assertEquals("SUSPENDED", REVIEWER.status(approved), "the delisting suspended it");

            Reply confirmation = SENIOR_TWO.confirm(proposed, approvalProposal);
            Reply approval = REVIEWER.proposeApproval(underReview);
            Reply reinstatement = REVIEWER.propose(approved, "REINSTATE", "COMPLIANCE_RESTORED", "test", null);

            for (Reply refused : List.of(confirmation, approval, reinstatement)) {
                assertEquals(422, refused.status(), refused.body());
                assertEquals("rule.decision.countryNotApproved", refused.json().getString("error"));
                assertTrue(refused.json().getString("message").contains("Borealia")
                        && refused.json().getString("message").contains(LocalDate.now(ZoneOffset.UTC).toString())
                        && refused.json().getString("message").contains("test: courts suspended"),
                        "names the country, the day it left the list and why: " + refused.body());
            }
            assertEquals("UNDER_REVIEW", REVIEWER.status(proposed), "nothing took effect");
            assertEquals("SUSPENDED", REVIEWER.status(approved));

            PortalSession.Page casePage = PortalSession.login(DemoUser.REVIEWER_ONE).get("/review/case.xhtml?ref=" + underReview);
            assertTrue(casePage.document().select("[id$=countryOffTheList]").text().contains("Borealia"), casePage.text());
            assertTrue(casePage.document().select("[id$=proposeApproval]").isEmpty(), "the page offers no approval");
        } finally {
            CountryFixture.approveAgain("XB");
        }
        assertEquals(200, SENIOR_TWO.confirm(proposed, approvalProposal).status(), "listed again, it can be confirmed");
    }

    @Test
    void aCountryApprovedAgainGetsItsSuspendedCertificatesBackOnlyThroughFourEyes() {
        String approved = ReviewerApi.approved(BOREALIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
        ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);
        String reinstatements = "/api/v1/review/country-reinstatements/XB";
        try {
            assertEquals(200, admin.post("/api/v1/admin/country-delistings",
                    "{\"countries\":[\"XB\"],\"reason\":\"test: courts suspended\"}").status());
            assertEquals("SUSPENDED", REVIEWER.status(approved));
            assertEquals("rule.decision.countryNotApproved", REVIEWER.client().post(reinstatements + "/proposal", null)
                    .json().getString("error"), "nothing to reinstate while the country is off the list");

            Reply again = admin.post("/api/v1/admin/country-approvals",
                    "{\"countries\":[\"XB\"],\"reason\":\"test: courts restored\"}");

            assertEquals(204, again.status(), again.body());
            assertEquals("SUSPENDED", REVIEWER.status(approved), "never reinstated silently");
            assertTrue(REVIEWER.client().get(reinstatements).body().contains(approved), "listed for the reviewers");
            String notice = PortalSession.login(DemoUser.REVIEWER_TWO).get("/review/").text();
            assertTrue(notice.contains("XB is on the approved list again") && notice.contains(approved), notice);

            Reply proposed = REVIEWER.client().post(reinstatements + "/proposal", null);
            assertEquals(200, proposed.status(), proposed.body());
            assertTrue(proposed.body().contains(approved));
            assertEquals(403, REVIEWER.client().post(reinstatements + "/confirmation", null).status(), "seniors confirm");
            Reply confirmed = SENIOR_TWO.client().post(reinstatements + "/confirmation", null);
            assertEquals(200, confirmed.status(), confirmed.body());
            assertTrue(confirmed.body().contains(approved));
            assertEquals("APPROVED", REVIEWER.status(approved));
            JsonObject reinstatement = lastHistoryEntry(approved);
            assertEquals("COUNTRY_APPROVED_AGAIN", reinstatement.getString("reasonCode"));
            assertEquals(DemoUser.SENIOR_TWO.username(), reinstatement.getString("actor"), "confirmed by the second person");
        } finally {
            CountryFixture.approveAgain("XB");
        }
    }

    @Test
    void anAssignmentReachesTheColleagueAndAProposalTheSeniorReviewers() {
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());

        Reply toAnImporter = REVIEWER.client().post("/api/v1/review/cases/" + reference + "/assignment",
                "{\"version\": " + REVIEWER.version(reference) + ", \"assignee\": \"importer.arcadia\"}");
        Reply toAColleague = REVIEWER.client().post("/api/v1/review/cases/" + reference + "/assignment",
                "{\"version\": " + REVIEWER.version(reference) + ", \"assignee\": \"reviewer.two\"}");

        assertEquals("rule.assign.notAReviewer", toAnImporter.json().getString("error"));
        assertEquals(200, toAColleague.status(), toAColleague.body());
        assertEquals("reviewer.two", REVIEWER.caseFile(reference).getString("assignee"));
        assertTrue(PortalSession.login(DemoUser.REVIEWER_TWO).get("/notifications.xhtml").text()
                .contains("Case " + reference + " was assigned to you by reviewer.one."));

        assertEquals(200, ReviewerApi.as(DemoUser.REVIEWER_TWO).proposeApproval(reference).status());
        assertTrue(PortalSession.login(DemoUser.SENIOR_TWO).get("/notifications.xhtml").text()
                .contains("A proposal on case " + reference + " by reviewer.two awaits confirmation"),
                "the senior reviewers are asked for the second pair of eyes");
    }

    @Test
    void theScheduledJobExpiresCertificatesWhoseValidityEnded() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        sql("UPDATE certificate SET approved_until = current_date - 1 WHERE reference = '" + reference + "'");

        Reply run = ApiClient.as(DemoUser.ADMIN_ONE).post("/api/v1/admin/review-jobs", null);

        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("expired") >= 1);
        assertEquals("EXPIRED", REVIEWER.status(reference));
        JsonObject expiry = lastHistoryEntry(reference);
        assertEquals("system", expiry.getString("actor"));
        assertEquals("VALIDITY_ENDED", expiry.getString("reasonCode"));
        assertEquals(403, ApiClient.as(DemoUser.REVIEWER_ONE).post("/api/v1/admin/review-jobs", null).status());
        String notifications = PortalSession.login(DemoUser.IMPORTER_ARCADIA).get("/notifications.xhtml").text();
        assertTrue(notifications.contains("Certificate " + reference + " expired on "
                + LocalDate.now(ZoneOffset.UTC).minusDays(1) + ": the validity the ministry approved has ended."),
                "the agency is told it expired, not that the ministry decided: " + notifications);
    }

    @Test
    void theHourlyTimerItselfRunsTheJobsWithoutAUser() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        sql("UPDATE certificate SET approved_until = current_date - 1 WHERE reference = '" + reference + "'");
        List<ServerManagement.Timer> timers = ServerManagement.timersOf("DailyReviewJobs");
        assertEquals(1, timers.size(), "one timer runs the review jobs");
        ServerManagement.Timer hourly = timers.get(0);
        assertEquals("*", hourly.schedule("hour"), "every hour");
        assertEquals("5", hourly.schedule("minute"), "at five past");

        // the jobs run once per hour: if the real timer already ran this hour (at five past, while the
        // tests ran), its claim is taken back so that the triggered firing is the hour's run
        sql("DELETE FROM scheduled_run WHERE job = 'review-jobs' AND period_start > now() - interval '1 hour'");
        ServerManagement.trigger(hourly);

        assertEquals("EXPIRED", Eventually.await(() -> REVIEWER.status(reference), "EXPIRED"::equals, Duration.ofSeconds(30)),
                "the timer, with no user behind it, expired the certificate");
        JsonObject expiry = lastHistoryEntry(reference);
        assertEquals("system", expiry.getString("actor"));
        assertEquals("VALIDITY_ENDED", expiry.getString("reasonCode"));
    }

    @Test
    void notificationsSayWhatWasDecidedAndWhy() {
        String rejected = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(rejected).status());
        assertEquals(200, REVIEWER.decide(rejected, "REJECT", "END_USER_NOT_ELIGIBLE",
                "The end user is a ministry of information.", null).status());
        String approved = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        JsonObject terms = REVIEWER.caseFile(approved);

        String notifications = PortalSession.login(DemoUser.IMPORTER_ARCADIA).get("/notifications.xhtml").text();

        assertTrue(notifications.contains("Certificate " + rejected + " was rejected \u2014 End user not eligible: "
                + "The end user is a ministry of information."), notifications);
        assertTrue(notifications.contains("Certificate " + approved + " was approved, valid from "
                + terms.getString("approvedFrom") + " until " + terms.getString("approvedUntil") + "."), notifications);
        assertFalse(notifications.contains("The ministry decided on certificate " + rejected), "never a bare decision");
    }

    @Test
    void aChangeRequestReachesTheImporterInThePortalAndByEmail() throws Exception {
        Inbox inbox = Inbox.of("importer.arcadia@demo.invalid").orElse(null);
        Assumptions.assumeTrue(inbox != null, "e-mail is checked against the test run's own SMTP server");
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());

        Reply decided = REVIEWER.decide(reference, "REQUEST_CHANGES", "INCOMPLETE_INFORMATION",
                "Please name the sites of installation.", null);

        assertEquals(200, decided.status(), decided.body());
        MimeMessage message = inbox.awaitSubjectContaining(reference);
        assertNotNull(message, "importer.arcadia received an e-mail about " + reference);
        assertTrue(subjectOf(message).contains("asks for changes"), subjectOf(message));
        PortalSession.Page notifications = PortalSession.login(DemoUser.IMPORTER_ARCADIA).get("/notifications.xhtml");
        assertTrue(notifications.text().contains("Please name the sites of installation."), "shown in the portal too");
    }

    @Test
    void eachRecipientIsWrittenToInTheLanguageTheyChose() {
        Inbox english = Inbox.of("importer.arcadia@demo.invalid").orElse(null);
        Assumptions.assumeTrue(english != null, "e-mail is checked against the test run's own SMTP server");
        // a second importer of Arcadia's agency who picked French in the portal (kept by Keycloak as locale)
        String francophone = KeycloakUsers.ensure("it.importer.francophone", "importer");
        KeycloakUsers.setAttribute(francophone, "agency", "ARC-NPA");
        KeycloakUsers.setAttribute(francophone, "locale", "fr");
        Inbox french = Inbox.of(francophone + "@example.org").orElseThrow();
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());

        Reply decided = REVIEWER.decide(reference, "REQUEST_CHANGES", "INCOMPLETE_INFORMATION", "Nommez les sites.", null);

        assertEquals(200, decided.status(), decided.body());
        MimeMessage inFrench = french.awaitSubjectContaining(reference);
        assertNotNull(inFrench, francophone + " received an e-mail about " + reference);
        assertTrue(subjectOf(inFrench).startsWith("Portail CUF"), "the portal's name from the French bundle: "
                + subjectOf(inFrench));
        assertTrue(subjectOf(inFrench).contains("Le minist\u00e8re demande des modifications du certificat " + reference),
                subjectOf(inFrench));
        MimeMessage inEnglish = english.awaitSubjectContaining(reference);
        assertNotNull(inEnglish, "importer.arcadia received an e-mail about " + reference);
        assertTrue(subjectOf(inEnglish).startsWith("EUC Portal: The ministry asks for changes to certificate " + reference),
                "a user who never chose a language is written to in English, in a message of its own: "
                        + subjectOf(inEnglish));
    }

    @Test
    void internalNotesNeverReachTheImporterOnAnyChannel() throws Exception {
        String internal = "internal-" + UUID.randomUUID();
        String forTheAgency = "for-the-agency-" + UUID.randomUUID();
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());
        for (String[] note : new String[][] {{"INTERNAL", internal}, {"TO_AGENCY", forTheAgency}}) {
            Reply written = REVIEWER.client().post("/api/v1/review/cases/" + reference + "/notes",
                    "{\"visibility\": \"" + note[0] + "\", \"text\": \"" + note[1] + "\"}");
            assertEquals(200, written.status(), written.body());
        }
        long proposal = REVIEWER.proposeApproval(reference).json().getJsonNumber("proposalId").longValue();
        assertEquals(200, SENIOR_TWO.confirm(reference, proposal).status());
        assertTrue(REVIEWER.caseFile(reference).toString().contains(internal), "the ministry reads it on the case");

        PortalSession importer = PortalSession.login(DemoUser.IMPORTER_ARCADIA);
        String page = importer.get("/importer/certificate.xhtml?ref=" + reference).text();
        assertTrue(page.contains(forTheAgency), "a note to the agency is shown to it");
        assertFalse(page.contains(internal), "certificate page");
        assertFalse(ARCADIA.client().get("/api/v1/agency/certificates/" + reference).body().contains(internal), "API");
        assertFalse(importer.get("/notifications.xhtml").text().contains(internal), "notifications");
        try (PDDocument issued = Loader.loadPDF(importer.download("/documents/" + reference + "/issued.pdf"))) {
            assertFalse(new PDFTextStripper().getText(issued).contains(internal), "issued PDF");
        }
        Inbox inbox = Inbox.of("importer.arcadia@demo.invalid").orElse(null);
        if (inbox != null) {
            Eventually.await(() -> inbox.messages().stream()
                    .filter(m -> subjectOf(m).contains(reference)).count(), count -> count >= 2, Duration.ofSeconds(30));
            for (MimeMessage message : inbox.messages()) {
                assertFalse(GreenMailUtil.getWholeMessage(message).contains(internal), "e-mail " + subjectOf(message));
            }
        }
    }

    @Test
    void aResubmissionSignedByAnotherSignatoryIsFlaggedAndBlocksTheApproval() {
        String name = "Nia Second " + System.nanoTime();
        TestPki.Credentials second = new TestPki("Arcadian test CA").issueCurrentlyValid(name);
        SignatoryFixture.register("ARC-NPA", name, second, null);
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());
        assertEquals(200, REVIEWER.decide(reference, "REQUEST_CHANGES", "INCOMPLETE_INFORMATION", "Name the sites.", null)
                .status());

        ARCADIA.resubmitSignedBy(reference, second);

        JsonObject flag = REVIEWER.caseFile(reference).getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("rule").equals("SIGNATORY_CHANGED")).findFirst().orElseThrow();
        assertTrue(flag.getBoolean("blocking") && flag.getString("detail").contains(name), flag.toString());
        assertEquals(200, REVIEWER.claim(reference).status());
        assertEquals("rule.approval.blockingFlags", REVIEWER.proposeApproval(reference).json().getString("error"),
                "a reviewer judges the new signatory before any approval");
    }

    @Test
    void revokingASignatoryFlagsWhatTheySignedAndTellsTheReviewers() {
        String name = "Sam Revoked " + System.nanoTime();
        TestPki.Credentials signer = new TestPki("Arcadian test CA").issueCurrentlyValid(name);
        SignatoryFixture.register("ARC-NPA", name, signer, null);
        String open = ARCADIA.submittedCertificate(signer);
        String approved = ARCADIA.submittedCertificate(signer);
        assertEquals(200, REVIEWER.claim(approved).status());
        long proposal = REVIEWER.proposeApproval(approved).json().getJsonNumber("proposalId").longValue();
        assertEquals(200, SENIOR_TWO.confirm(approved, proposal).status());
        String byTheDemoSignatory = ARCADIA.submittedCertificate();
        String fingerprint = SignatoryFixture.fingerprintOf(signer);

        Reply revoked = ApiClient.as(DemoUser.ADMIN_ONE).post("/api/v1/admin/agencies/ARC-NPA/signatories/" + fingerprint
                + "/revocation", "{\"effectiveFrom\": \"" + LocalDate.now(ZoneOffset.UTC)
                + "\", \"reason\": \"left the agency\", \"version\": 0}");

        assertEquals(200, revoked.status(), revoked.body());
        for (String reference : List.of(open, approved)) {
            JsonObject flag = REVIEWER.caseFile(reference).getJsonArray("flags").stream().map(JsonValue::asJsonObject)
                    .filter(f -> f.getString("rule").equals("SIGNATORY_REVOKED")).findFirst().orElseThrow();
            assertTrue(flag.getBoolean("blocking") && !flag.containsKey("resolvedAt"), "blocking and open: " + flag);
            assertTrue(flag.getString("detail").contains(name), flag.toString());
        }
        assertTrue(REVIEWER.caseFile(byTheDemoSignatory).getJsonArray("flags").stream().map(JsonValue::asJsonObject)
                .noneMatch(f -> f.getString("rule").equals("SIGNATORY_REVOKED")), "only what they signed");
        assertEquals(200, REVIEWER.claim(open).status());
        Reply approval = REVIEWER.proposeApproval(open);
        assertEquals(422, approval.status(), approval.body());
        assertEquals("rule.approval.blockingFlags", approval.json().getString("error"));
        String notifications = PortalSession.login(DemoUser.REVIEWER_TWO).get("/notifications.xhtml").text();
        assertTrue(notifications.contains("Signatory " + name + " of agency ARC-NPA was revoked")
                && notifications.contains(open) && notifications.contains(approved), notifications);
    }

    private static JsonObject lastHistoryEntry(String reference) {
        var history = REVIEWER.caseFile(reference).getJsonObject("certificate").getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    private static HttpResponse<String> anonymousGet(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.url(path))).header("Accept", "application/json");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SafeVarargs
    private static List<Reply> simultaneously(Callable<Reply>... calls) {
        var pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            var futures = Arrays.stream(calls).map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
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

    private static List<String> approvedOrSuspended(String country, String status) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement("SELECT c.reference FROM certificate c "
                        + "JOIN agency a ON a.id = c.agency_id WHERE a.country_code = ? AND c.status = ? ORDER BY c.reference")) {
            query.setString(1, country);
            query.setString(2, status);
            try (ResultSet rows = query.executeQuery()) {
                List<String> references = new java.util.ArrayList<>();
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
                return references;
            }
        }
    }

    private static long countHistory(String reference, String status) {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM status_change s JOIN certificate c "
                        + "ON c.id = s.certificate_id WHERE c.reference = '" + reference + "' AND s.to_status = '" + status + "'")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Undoes a test delisting, as an administrator's new decision would. */
    private static void sql(String statement) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}

package org.euc.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.Test;

/** The auditor reads every submitted certificate and its whole case file, changes nothing, and each reading is audited. */
@IntegrationTest
class AuditorReadsIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final ReviewerApi REVIEWER = ReviewerApi.as(DemoUser.REVIEWER_ONE);
    private static final ApiClient AUDITOR = ApiClient.as(DemoUser.AUDITOR_ONE);

    @Test
    void theAuditorReadsTheCaseFileReadOnlyAndEachReadingIsAudited() {
        String internal = "internal-" + UUID.randomUUID();
        String reference = ARCADIA.submittedCertificate();
        assertEquals(200, REVIEWER.claim(reference).status());
        assertEquals(200, REVIEWER.client().post("/api/v1/review/cases/" + reference + "/notes",
                "{\"visibility\": \"INTERNAL\", \"text\": \"" + internal + "\"}").status());
        String draft = ARCADIA.draftReadyToSign().reference();
        PortalSession auditor = PortalSession.login(DemoUser.AUDITOR_ONE);

        String register = auditor.get("/audit/certificates.xhtml").text();
        assertTrue(register.contains(reference), "the register lists the submitted certificate: " + register);
        assertFalse(register.contains(draft), "a draft is still the agency's own");

        long readsBefore = reads(reference);
        PortalSession.Page casePage = auditor.get("/audit/case.xhtml?ref=" + reference);

        assertEquals(200, casePage.status());
        assertTrue(casePage.text().contains(internal), "internal notes are part of what the auditor reads");
        assertTrue(casePage.document().select("[id$=claim], [id$=proposeApproval], [id$=resolve], [id$=add], textarea")
                .isEmpty(), "nothing to act with");
        assertEquals(readsBefore + 1, reads(reference), "the page reading is audited");

        assertEquals(200, AUDITOR.get("/api/v1/review/cases/" + reference).status());
        assertEquals(readsBefore + 2, reads(reference), "so is a reading through the API");
        long reviewerReads = reads(reference);
        REVIEWER.caseFile(reference);
        assertEquals(reviewerReads, reads(reference), "a reviewer at work is not an oversight reading");
    }

    private static long reads(String reference) {
        return AUDITOR.get("/api/v1/audit-log/events?action=CASE_READ&subject=" + reference + "&max=1").json()
                .getJsonNumber("total").longValue();
    }
}

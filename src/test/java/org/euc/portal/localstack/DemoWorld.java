package org.euc.portal.localstack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.Authorizations;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.TestStack;

/**
 * DEMO ONLY: on the run command's first start, fills the empty portal with a small living world —
 * certificates of the demo agencies of approved countries in every stage of the review, approved ones with
 * ledger entries and flags, an approval waiting for its second pair of eyes — so that every
 * role's first page shows what the portal does. Made through the portal's real JSON API, with
 * the demo users' tokens and the demo signatories' keys, exactly as the integration tests work.
 */
final class DemoWorld {

    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";

    private DemoWorld() {
    }

    /** Seeds the portal unless it holds certificates already. @return a line for the banner */
    static String seedIfEmpty(LocalStack stack) {
        if (certificates(stack) > 0) {
            return "kept as you left it";
        }
        TestStack.attach(stack);
        ReviewerApi reviewer = ReviewerApi.as(DemoUser.REVIEWER_ONE);
        // Cascadia's country left the approved list in the demo data: its importer sees why it cannot apply
        for (DemoUser importer : List.of(DemoUser.IMPORTER_ARCADIA, DemoUser.IMPORTER_BOREALIA)) {
            ImporterApi agency = ImporterApi.as(importer);
            agency.draftReadyToSign(); // a draft waiting for its signature
            agency.submittedCertificate(); // waiting in the queue
            String underReview = agency.submittedCertificate();
            reviewer.claim(underReview);
            String changesRequested = agency.submittedCertificate();
            reviewer.claim(changesRequested);
            reviewer.decide(changesRequested, "REQUEST_CHANGES", "INCOMPLETE_INFORMATION",
                    "Please name the sites where the system will be installed.", null);
            String awaitingConfirmation = agency.submittedCertificate();
            reviewer.claim(awaitingConfirmation);
            reviewer.proposeApproval(awaitingConfirmation);
            for (int i = 0; i < 2; i++) {
                String approved = ReviewerApi.approved(agency, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
                record(agency, approved, Authorizations.clean(DECLARED_ACT));
                record(agency, approved, Authorizations.clean(DECLARED_ACT).with("targets", 25)); // flagged
            }
        }
        return certificates(stack) + " certificates in every stage, with ledgers and flags";
    }

    private static void record(ImporterApi agency, String reference, Authorizations authorization) {
        ApiClient.Reply recorded = agency.client().post("/api/v1/certificates/" + reference + "/authorizations",
                authorization.toJson());
        if (recorded.status() != 201) {
            throw new IllegalStateException("the demo ledger entry was refused: " + recorded.body());
        }
    }

    private static long certificates(LocalStack stack) {
        try (Connection connection = stack.database().connect(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM certificate")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new StackException("Could not look into the database for the demo world: " + e.getMessage(), e);
        }
    }
}

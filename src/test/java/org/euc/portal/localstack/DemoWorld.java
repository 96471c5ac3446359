package org.euc.portal.localstack;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * DEMO ONLY: on the run command's first start, fills the empty portal with a living world so that
 * every page and chart of every role shows what the portal does: the demo agencies' certificates in
 * every state of their life (drafts, the queue, cases under review with notes, changes requested,
 * approvals waiting for their second pair of eyes, approved ones with ledgers and flags, rejected,
 * withdrawn, suspended, revoked, expired), a delisted country with its suspended certificates, and
 * an auditor's ledger sample with a finding. Made through the portal's real JSON API, with the demo
 * users' tokens and the demo signatories' keys, exactly as the integration tests work — so every
 * hash chain verifies and every audit event and notification is real.
 */
final class DemoWorld {

    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";
    private static final String LEGAL_BASIS = "Export Control Act s. 14(2)";

    private final ReviewerApi reviewer = ReviewerApi.as(DemoUser.REVIEWER_ONE);
    private final ReviewerApi senior = ReviewerApi.as(DemoUser.SENIOR_ONE);
    private final ReviewerApi otherSenior = ReviewerApi.as(DemoUser.SENIOR_TWO);
    private final ApiClient admin = ApiClient.as(DemoUser.ADMIN_ONE);
    private final LocalStack stack;

    private DemoWorld(LocalStack stack) {
        this.stack = stack;
    }

    /** Seeds the portal unless it holds certificates already. @return a line for the banner */
    static String seedIfEmpty(LocalStack stack) {
        if (certificates(stack) > 0) {
            return "kept as you left it";
        }
        TestStack.attach(stack);
        DemoWorld world = new DemoWorld(stack);
        String sampled = null;
        for (DemoUser importer : List.of(DemoUser.IMPORTER_ARCADIA, DemoUser.IMPORTER_BOREALIA)) {
            ImporterApi agency = ImporterApi.as(importer);
            world.casesInEveryStageOfReview(agency);
            sampled = world.certificatesAfterApproval(agency);
        }
        world.delistedCountry();
        world.auditorsSample(sampled);
        return certificates(stack) + " certificates in every state, with ledgers, flags, notes and a delisted country";
    }

    /** The importer's drafts and the reviewers' queue: everything before a decision takes effect. */
    private void casesInEveryStageOfReview(ImporterApi agency) {
        agency.draftReadyToSign(); // a draft waiting for its signature
        ImporterApi.ReadyDraft mistake = agency.draftReadyToSign();
        expect(200, agency.client().post("/api/v1/agency/certificates/" + mistake.reference() + "/withdrawal",
                Json.createObjectBuilder().add("version", mistake.version()).add("rationale", "Started by mistake.")
                        .build().toString()));
        agency.submittedCertificate(); // waiting in the queue
        String underReview = agency.submittedCertificate();
        expect(200, reviewer.claim(underReview));
        note(underReview, "INTERNAL", "Checked the signatory against the agency's register: matches.");
        note(underReview, "TO_AGENCY", "We are reviewing your certificate and will decide within ten working days.");
        String changesRequested = agency.submittedCertificate();
        expect(200, reviewer.claim(changesRequested));
        expect(200, reviewer.decide(changesRequested, "REQUEST_CHANGES", "INCOMPLETE_INFORMATION",
                "Please name the sites where the system will be installed.", null));
        String awaitingConfirmation = agency.submittedCertificate();
        expect(200, reviewer.claim(awaitingConfirmation));
        expect(200, reviewer.proposeApproval(awaitingConfirmation));
        String rejected = agency.submittedCertificate();
        expect(200, reviewer.claim(rejected));
        expect(200, reviewer.decide(rejected, "REJECT", "PURPOSES_NOT_ELIGIBLE",
                "The declared purposes include border monitoring, which is not a terrorist act or serious crime.", null));
    }

    /**
     * Approved certificates in use, with ledgers (one entry of each a flagged one), and the
     * decisions that can follow an approval: suspension, revocation under four eyes, expiry.
     * @return an approved certificate with a ledger, for the auditor's sample
     */
    private String certificatesAfterApproval(ImporterApi agency) {
        String inUse = null;
        for (int i = 0; i < 3; i++) {
            inUse = approvedWithLedger(agency, 4);
        }
        String suspended = approvedWithLedger(agency, 2);
        expect(200, senior.decide(suspended, "SUSPEND", "FAILURE_TO_REPORT",
                "No ledger entry for three months although the system is in use.", LEGAL_BASIS));
        String revoked = approvedWithLedger(agency, 2);
        long revocation = expect(200, senior.propose(revoked, "REVOKE", "SERIOUS_VIOLATION",
                "Used against journalists, outside the declared purposes.", LEGAL_BASIS))
                .json().getJsonNumber("proposalId").longValue();
        expect(200, otherSenior.confirm(revoked, revocation));
        expired(approvedWithLedger(agency, 1));
        return inUse;
    }

    private String approvedWithLedger(ImporterApi agency, int entries) {
        String approved = ReviewerApi.approved(agency, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE);
        for (int i = 1; i < entries; i++) {
            record(agency, approved, Authorizations.clean(DECLARED_ACT).with("targets", i));
        }
        record(agency, approved, Authorizations.clean(DECLARED_ACT).with("targets", 25)); // flagged: many targets
        return approved;
    }

    /**
     * Its approval period ends (a year passes: the end date is moved to yesterday, the only step
     * not taken through the API) and the hourly review job expires it, as the timer would.
     */
    private void expired(String reference) {
        try (Connection connection = stack.database().connect(); PreparedStatement end = connection.prepareStatement(
                "UPDATE certificate SET approved_until = current_date - 1 WHERE reference = ?")) {
            end.setString(1, reference);
            end.executeUpdate();
        } catch (SQLException e) {
            throw new StackException("Could not end the demo certificate's approval period: " + e.getMessage(), e);
        }
        expect(200, admin.post("/api/v1/admin/review-jobs", null));
    }

    /**
     * Cascadia left the approved list in the demo data. To show what a delisting does, it comes back
     * on the list for a moment, two of its certificates are approved and used, and it is delisted
     * again: they stay suspended, its importer sees why and cannot apply.
     */
    private void delistedCountry() {
        expect(204, admin.post("/api/v1/admin/country-approvals",
                "{\"countries\":[\"XC\"],\"reason\":\"Demo world: back on the list for a while\"}"));
        ImporterApi cascadia = ImporterApi.as(DemoUser.IMPORTER_CASCADIA);
        approvedWithLedger(cascadia, 2);
        approvedWithLedger(cascadia, 1);
        expect(200, admin.post("/api/v1/admin/country-delistings",
                "{\"countries\":[\"XC\"],\"reason\":\"Demo world: courts no longer independent\"}"));
    }

    /** An auditor draws a sample of a ledger and writes a finding on one entry. */
    private void auditorsSample(String reference) {
        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
        long sample = expect(200, auditor.post("/api/v1/ledgers/samples",
                "{\"certificate\":\"" + reference + "\",\"size\":3}")).json().getJsonNumber("sampleId").longValue();
        long item = expect(200, auditor.get("/api/v1/ledgers/samples/" + sample)).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        expect(200, auditor.post("/api/v1/ledgers/samples/" + sample + "/items/" + item + "/findings",
                "{\"text\":\"The court order on file is dated a day after the use began.\"}"));
    }

    private void note(String reference, String visibility, String text) {
        expect(200, reviewer.client().post("/api/v1/review/cases/" + reference + "/notes", Json.createObjectBuilder()
                .add("visibility", visibility).add("text", text).build().toString()));
    }

    private static void record(ImporterApi agency, String reference, Authorizations authorization) {
        expect(201, agency.client().post("/api/v1/certificates/" + reference + "/authorizations",
                authorization.toJson()));
    }

    private static ApiClient.Reply expect(int status, ApiClient.Reply reply) {
        if (reply.status() != status) {
            throw new StackException("A step of the demo world was refused (" + reply.status() + "): " + reply.body());
        }
        return reply;
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

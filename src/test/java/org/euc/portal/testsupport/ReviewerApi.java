package org.euc.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Drives the ministry's review API as a reviewer's case-management tool would. */
public final class ReviewerApi {

    private final ApiClient client;

    private ReviewerApi(DemoUser reviewer) {
        this.client = ApiClient.as(reviewer);
    }

    public static ReviewerApi as(DemoUser reviewer) {
        return new ReviewerApi(reviewer);
    }

    public ApiClient client() {
        return client;
    }

    public JsonObject caseFile(String reference) {
        ApiClient.Reply reply = client.get("/api/v1/review/cases/" + reference);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    public long version(String reference) {
        return caseFile(reference).getJsonObject("certificate").getJsonNumber("version").longValue();
    }

    public String status(String reference) {
        return caseFile(reference).getJsonObject("certificate").getString("status");
    }

    public ApiClient.Reply claim(String reference) {
        return client.post("/api/v1/review/cases/" + reference + "/claim", versionOf(reference).build().toString());
    }

    public ApiClient.Reply decide(String reference, String kind, String reason, String rationale, String legalBasis) {
        JsonObjectBuilder body = versionOf(reference).add("kind", kind).add("reason", reason).add("rationale", rationale);
        if (legalBasis != null) {
            body.add("legalBasis", legalBasis);
        }
        return client.post("/api/v1/review/cases/" + reference + "/decisions", body.build().toString());
    }

    public ApiClient.Reply proposeApproval(String reference) {
        return client.post("/api/v1/review/cases/" + reference + "/proposals", versionOf(reference)
                .add("kind", "APPROVE").add("reason", "MEETS_REQUIREMENTS").add("rationale", "Complete and eligible.")
                .add("validFrom", LocalDate.now().toString()).add("validUntil", LocalDate.now().plusYears(1).toString())
                .build().toString());
    }

    public ApiClient.Reply propose(String reference, String kind, String reason, String rationale, String legalBasis) {
        JsonObjectBuilder body = versionOf(reference).add("kind", kind).add("reason", reason).add("rationale", rationale);
        if (legalBasis != null) {
            body.add("legalBasis", legalBasis);
        }
        return client.post("/api/v1/review/cases/" + reference + "/proposals", body.build().toString());
    }

    public ApiClient.Reply confirm(String reference, long proposalId) {
        return client.post("/api/v1/review/cases/" + reference + "/proposals/" + proposalId + "/confirmation",
                versionOf(reference).build().toString());
    }

    /** Claimed by this reviewer, proposed, and confirmed by the other senior: APPROVED with its issued PDF. */
    public static String approved(ImporterApi importer, DemoUser reviewer, DemoUser confirmer) {
        String reference = importer.submittedCertificate();
        ReviewerApi proposer = as(reviewer);
        assertEquals(200, proposer.claim(reference).status());
        ApiClient.Reply proposal = proposer.proposeApproval(reference);
        assertEquals(200, proposal.status(), proposal.body());
        ApiClient.Reply confirmed = as(confirmer).confirm(reference, proposal.json().getJsonNumber("proposalId").longValue());
        assertEquals(200, confirmed.status(), confirmed.body());
        return reference;
    }

    private JsonObjectBuilder versionOf(String reference) {
        return Json.createObjectBuilder().add("version", version(reference));
    }
}

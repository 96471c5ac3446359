package org.euc.portal.common.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.audit.service.AuditLogVerifier;
import org.euc.portal.common.integrity.ChainVerification;

/**
 * Lets oversight tooling verify the audit log's hash chain: {@code POST /api/v1/audit-log/verifications}
 * with an auditor's or administrator's bearer token (the service checks the role). POST because
 * every verification is itself recorded in the log.
 */
@Path("/audit-log/verifications")
@Tag(name = "Audit")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class AuditLogResource {

    @Inject
    AuditLogVerifier verifier;

    /**
     * @param intact whether every event's hash matched
     * @param checkedRecords events verified before the first broken link (all of them when intact)
     * @param brokenAt id of the first broken event, 0 when intact
     * @param problem what is wrong with that event, in English; null when intact
     * @param lastHash hash of the last event when intact
     */
    public record VerificationReport(boolean intact, long checkedRecords, long brokenAt, String problem, String lastHash) {

        static VerificationReport of(ChainVerification verification) {
            return new VerificationReport(verification.isIntact(), verification.checkedRecords(), verification.brokenAt(),
                    verification.isIntact() ? null : verification.problem().toString(), verification.lastHash());
        }
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the audit log's hash chain end to end; names the first broken link")
    @APIResponse(responseCode = "200", description = "The report, intact or not")
    public VerificationReport verify() {
        return VerificationReport.of(verifier.verifyWholeLog());
    }
}

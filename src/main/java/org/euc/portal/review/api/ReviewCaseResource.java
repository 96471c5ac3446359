package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.certificate.domain.NoteVisibility;
import org.euc.portal.review.domain.QueueFilter;
import org.euc.portal.review.service.CaseFile;
import org.euc.portal.review.service.CaseReview;
import org.euc.portal.review.service.QueueRow;
import org.euc.portal.review.service.QueueSort;
import org.euc.portal.review.service.ReviewDecisions;
import org.euc.portal.review.service.ReviewQueue;

/**
 * The review workflow for the ministry's own case-management tools ({@code /api/v1/review/cases},
 * reviewer or senior reviewer bearer token): the same services, rules, four-eyes checks and
 * audit as the pages. Changes carry the certificate version they were based on (409 when stale).
 */
@Path("/review/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class ReviewCaseResource {

    private static final String VERSION_ONLY_EXAMPLE = """
            {"version": 7}""";

    @Inject
    ReviewQueue queue;

    @Inject
    CaseReview cases;

    @Inject
    ReviewDecisions decisions;

    public record QueuePage(@Schema(description = "How many cases match, over all pages") long total,
            List<QueueRow> cases) {
    }

    public record VersionRequest(Long version) implements VersionedChange {
    }

    public record AssignmentRequest(Long version,
            @Schema(required = true, description = "User name of a reviewer or senior reviewer",
                    example = "reviewer.two")
            String assignee) implements VersionedChange {
    }

    /** A decision taken at once (REQUEST_CHANGES, REJECT, SUSPEND) or proposed (APPROVE, REINSTATE, REVOKE). */
    @Schema(description = "Decisions: REQUEST_CHANGES, REJECT and SUSPEND; proposals: APPROVE, REINSTATE and REVOKE")
    public record DecisionRequest(Long version, @Schema(required = true) DecisionKind kind,
            @Schema(required = true, description = "A reason of the decision's kind") DecisionReason reason,
            @Schema(required = true, description = "The written rationale") String rationale,
            @Schema(description = "Required for SUSPEND and REVOKE: the provision the decision rests on")
            String legalBasis,
            @Schema(description = "Required for APPROVE: first day of the approved validity") LocalDate validFrom,
            @Schema(description = "Required for APPROVE: last day of the approved validity") LocalDate validUntil,
            @Schema(description = "APPROVE only: conditions of use, if any") String conditions)
            implements VersionedChange {

        Decision decision() {
            return new Decision(kind, reason, rationale, legalBasis);
        }

        ApprovalTerms terms() {
            return kind == DecisionKind.APPROVE ? new ApprovalTerms(validFrom, validUntil, conditions) : null;
        }
    }

    public record ProposalCreated(long proposalId) {
    }

    public record FlagResolution(@Schema(required = true) String reason) {
    }

    public record NoteRequest(@Schema(required = true) NoteVisibility visibility,
            @Schema(required = true) String text) {
    }

    @GET
    @Operation(summary = "The review queue, longest waiting first; every filter optional")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    public QueuePage queue(
            @Parameter(description = "Without it, every open case") @QueryParam("status") CertificateStatus status,
            @Parameter(description = "ISO country code", example = "XA") @QueryParam("country") String country,
            @Parameter(description = "Agency code", example = "ARC-NPA") @QueryParam("agency") String agency,
            @Parameter(description = "User name, or - for cases nobody has taken") @QueryParam("assignee")
            String assignee,
            @Parameter(description = "Only cases with open compliance flags") @QueryParam("flagged") boolean flagged,
            @Parameter(description = Paging.FIRST_DESCRIPTION) @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.MAX_DESCRIPTION) @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        QueueFilter filter = new QueueFilter(status, country, agency, assignee, flagged);
        return new QueuePage(queue.count(filter), queue.page(filter, QueueSort.WAITING, true, paging.first(), paging.max()));
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "The case file: every revision, purposes, undertakings, history, flags, proposals and notes "
            + "(also for auditors)")
    @APIResponse(responseCode = "200", description = "The case file, with the certificate's version")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public CaseFile caseFile(@PathParam("reference") String reference) {
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/claim")
    @Operation(summary = "Take a submitted case: it is under review and the caller's")
    @RequestBody(content = @Content(example = VERSION_ONLY_EXAMPLE))
    @APIResponse(responseCode = "200", description = "Claimed; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile claim(@PathParam("reference") String reference, VersionRequest request) {
        decisions.claim(reference, request.requiredVersion());
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/assignment")
    @Operation(summary = "Hand an open case to a reviewer (or take it over) without changing its status")
    @RequestBody(content = @Content(example = """
            {"version": 7, "assignee": "reviewer.two"}"""))
    @APIResponse(responseCode = "200", description = "Assigned; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    @APIResponse(responseCode = "503", ref = ErrorAnswers.DIRECTORY_UNAVAILABLE)
    public CaseFile assign(@PathParam("reference") String reference, AssignmentRequest request) {
        decisions.assign(reference, request.requiredVersion(), request.assignee());
        return cases.caseFile(reference);
    }

    /** Request changes, reject or suspend. */
    @POST
    @Path("/{reference}/decisions")
    @Operation(summary = "Request changes, reject or suspend: taken at once by one reviewer")
    @RequestBody(content = @Content(example = """
            {"version": 7, "kind": "REQUEST_CHANGES", "reason": "INCOMPLETE_INFORMATION",
             "rationale": "Please name the sites where the system will be installed."}"""))
    @APIResponse(responseCode = "200", description = "Decided; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile decide(@PathParam("reference") String reference, DecisionRequest request) {
        decisions.decide(reference, request.requiredVersion(), request.decision());
        return cases.caseFile(reference);
    }

    /** Propose an approval, reinstatement or revocation. */
    @POST
    @Path("/{reference}/proposals")
    @Operation(summary = "Propose an approval, reinstatement or revocation; a different senior reviewer confirms it")
    @RequestBody(content = @Content(example = """
            {"version": 7, "kind": "APPROVE", "reason": "MEETS_REQUIREMENTS",
             "rationale": "Purposes and undertakings are in order.", "validFrom": "2027-01-01",
             "validUntil": "2027-12-31", "conditions": "Annual ledger review."}"""))
    @APIResponse(responseCode = "200", description = "Proposed; confirm it by its id")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public ProposalCreated propose(@PathParam("reference") String reference, DecisionRequest request) {
        return new ProposalCreated(decisions.propose(reference, request.requiredVersion(), request.decision(),
                request.terms()));
    }

    @POST
    @Path("/{reference}/proposals/{proposal}/confirmation")
    @Operation(summary = "Confirm a proposal: a senior reviewer other than the proposer; it takes effect now")
    @RequestBody(content = @Content(example = VERSION_ONLY_EXAMPLE))
    @APIResponse(responseCode = "200", description = "Confirmed; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile confirm(@PathParam("reference") String reference, @PathParam("proposal") long proposal,
            VersionRequest request) {
        decisions.confirm(reference, request.requiredVersion(), proposal);
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/proposals/{proposal}/withdrawal")
    @Operation(summary = "Withdraw a proposal before it is confirmed")
    @RequestBody(content = @Content(example = VERSION_ONLY_EXAMPLE))
    @APIResponse(responseCode = "200", description = "Withdrawn; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile withdraw(@PathParam("reference") String reference, @PathParam("proposal") long proposal,
            VersionRequest request) {
        decisions.withdrawProposal(reference, request.requiredVersion(), proposal);
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/flags/{flag}/resolution")
    @Operation(summary = "Resolve a compliance flag, saying why")
    @RequestBody(content = @Content(example = """
            {"reason": "The court confirmed the order's dates."}"""))
    @APIResponse(responseCode = "200", description = "Resolved; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile resolveFlag(@PathParam("reference") String reference, @PathParam("flag") long flag,
            FlagResolution request) {
        decisions.resolveFlag(reference, flag, request.reason());
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/notes")
    @Operation(summary = "Write an internal note, or a message the agency reads on its certificate page")
    @RequestBody(content = @Content(example = """
            {"visibility": "INTERNAL", "text": "Asked the legal service about the offence catalogue."}"""))
    @APIResponse(responseCode = "200", description = "Written; the case file")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CaseFile addNote(@PathParam("reference") String reference, NoteRequest request) {
        decisions.addNote(reference, request.visibility(), request.text());
        return cases.caseFile(reference);
    }
}

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
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.review.domain.NoteVisibility;
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
public class ReviewCaseResource {

    @Inject
    ReviewQueue queue;

    @Inject
    CaseReview cases;

    @Inject
    ReviewDecisions decisions;

    public record QueuePage(long total, List<QueueRow> cases) {
    }

    public record VersionRequest(Long version) implements VersionedChange {
    }

    public record AssignmentRequest(Long version, String assignee) implements VersionedChange {
    }

    public record DecisionRequest(Long version, DecisionKind kind, DecisionReason reason, String rationale,
            String legalBasis, LocalDate validFrom, LocalDate validUntil, String conditions) implements VersionedChange {

        Decision decision() {
            return new Decision(kind, reason, rationale, legalBasis);
        }

        ApprovalTerms terms() {
            return kind == DecisionKind.APPROVE ? new ApprovalTerms(validFrom, validUntil, conditions) : null;
        }
    }

    public record ProposalCreated(long proposalId) {
    }

    public record FlagResolution(String reason) {
    }

    public record NoteRequest(NoteVisibility visibility, String text) {
    }

    @GET
    public QueuePage queue(@QueryParam("status") CertificateStatus status, @QueryParam("country") String country,
            @QueryParam("agency") String agency, @QueryParam("assignee") String assignee,
            @QueryParam("flagged") boolean flagged, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        QueueFilter filter = new QueueFilter(status, country, agency, assignee, flagged);
        return new QueuePage(queue.count(filter), queue.page(filter, QueueSort.WAITING, true, paging.first(), paging.max()));
    }

    @GET
    @Path("/{reference}")
    public CaseFile caseFile(@PathParam("reference") String reference) {
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/claim")
    public CaseFile claim(@PathParam("reference") String reference, VersionRequest request) {
        decisions.claim(reference, request.requiredVersion());
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/assignment")
    public CaseFile assign(@PathParam("reference") String reference, AssignmentRequest request) {
        decisions.assign(reference, request.requiredVersion(), request.assignee());
        return cases.caseFile(reference);
    }

    /** Request changes, reject or suspend. */
    @POST
    @Path("/{reference}/decisions")
    public CaseFile decide(@PathParam("reference") String reference, DecisionRequest request) {
        decisions.decide(reference, request.requiredVersion(), request.decision());
        return cases.caseFile(reference);
    }

    /** Propose an approval, reinstatement or revocation. */
    @POST
    @Path("/{reference}/proposals")
    public ProposalCreated propose(@PathParam("reference") String reference, DecisionRequest request) {
        return new ProposalCreated(decisions.propose(reference, request.requiredVersion(), request.decision(),
                request.terms()));
    }

    @POST
    @Path("/{reference}/proposals/{proposal}/confirmation")
    public CaseFile confirm(@PathParam("reference") String reference, @PathParam("proposal") long proposal,
            VersionRequest request) {
        decisions.confirm(reference, request.requiredVersion(), proposal);
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/proposals/{proposal}/withdrawal")
    public CaseFile withdraw(@PathParam("reference") String reference, @PathParam("proposal") long proposal,
            VersionRequest request) {
        decisions.withdrawProposal(reference, request.requiredVersion(), proposal);
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/flags/{flag}/resolution")
    public CaseFile resolveFlag(@PathParam("reference") String reference, @PathParam("flag") long flag,
            FlagResolution request) {
        decisions.resolveFlag(reference, flag, request.reason());
        return cases.caseFile(reference);
    }

    @POST
    @Path("/{reference}/notes")
    public CaseFile addNote(@PathParam("reference") String reference, NoteRequest request) {
        decisions.addNote(reference, request.visibility(), request.text());
        return cases.caseFile(reference);
    }
}

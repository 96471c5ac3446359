package org.euc.portal.certificate.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.certificate.service.CertificateDocuments;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.certificate.service.SignatureCheck;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.signature.service.PadesVerifier;

/**
 * The importer's journey for agencies' own case systems, with an importer's bearer token:
 * {@code /api/v1/agency/certificates}. "Agency" is always the token's agency. Same services,
 * same rules and same audit as the pages; every change carries the version it was based on.
 */
@Path("/agency/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyCertificateResource {

    @Inject
    CertificateDrafting drafting;

    @Inject
    CertificateQueries queries;

    @Inject
    CertificateDocuments documents;

    /** A new draft's details. */
    public record DraftRequest(String exporterCompany, String exportLicenceReference, String systemName,
            SystemCategory systemCategory, int installations, int sites, LocalDate validFrom, LocalDate validUntil,
            long signatoryId) {

        RevisionDetails details() {
            return new RevisionDetails(exporterCompany, exportLicenceReference, systemName, systemCategory,
                    installations, sites, validFrom, validUntil);
        }
    }

    public record PurposesRequest(Long version, List<TerroristAct> terroristActs, List<Long> offenceIds)
            implements VersionedChange {
    }

    public record UndertakingsRequest(Long version, List<Undertaking> accepted) implements VersionedChange {
    }

    public record VersionedRequest(Long version, String language) implements VersionedChange {
    }

    /** Where the certificate stands after a change: the version to send with the next one. */
    public record CertificateState(String reference, String status, int revision, long version) {

        static CertificateState of(CertificateDetail detail) {
            return new CertificateState(detail.reference(), detail.status().name(), detail.currentRevision().number(),
                    detail.version());
        }
    }

    /** The verdict on an uploaded signed PDF; {@code message} is the sentence the portal shows. */
    public record SignatureVerdict(String outcome, boolean accepted, String message, String sha256, long version) {
    }

    @POST
    public Response createDraft(DraftRequest request) {
        String reference = drafting.createDraft(request.details(), request.signatoryId());
        return Response.created(URI.create("agency/certificates/" + reference)).entity(state(reference)).build();
    }

    @GET
    @Path("/{reference}")
    public CertificateState get(@PathParam("reference") String reference) {
        return state(reference);
    }

    @PUT
    @Path("/{reference}/purposes")
    public CertificateState declarePurposes(@PathParam("reference") String reference, PurposesRequest request) {
        Set<TerroristAct> acts = request.terroristActs() == null || request.terroristActs().isEmpty()
                ? EnumSet.noneOf(TerroristAct.class) : EnumSet.copyOf(request.terroristActs());
        drafting.declarePurposes(reference, request.requiredVersion(), acts,
                request.offenceIds() == null ? Set.of() : new HashSet<>(request.offenceIds()));
        return state(reference);
    }

    @PUT
    @Path("/{reference}/undertakings")
    public CertificateState acceptUndertakings(@PathParam("reference") String reference, UndertakingsRequest request) {
        Set<Undertaking> accepted = request.accepted() == null || request.accepted().isEmpty()
                ? EnumSet.noneOf(Undertaking.class) : EnumSet.copyOf(request.accepted());
        drafting.acceptUndertakings(reference, request.requiredVersion(), accepted);
        return state(reference);
    }

    /** Generates the PDF of the current revision; fetch it from the revision's document address. */
    @POST
    @Path("/{reference}/document")
    public CertificateState generateDocument(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.generateDocument(reference, request.requiredVersion(),
                Locale.forLanguageTag(request.language() == null ? "en" : request.language()));
        return state(reference);
    }

    @GET
    @Path("/{reference}/revisions/{revision}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("reference") String reference, @PathParam("revision") int revision) {
        StoredDocument document = documents.read(reference, revision, CertificateDocuments.Kind.GENERATED);
        return Response.ok(document.getContent(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.getFileName() + "\"")
                .header("X-Content-SHA256", document.getSha256())
                .build();
    }

    /** Uploads the signed PDF (the request body, at most 10 MB): 200 when accepted, 422 with the reason otherwise. */
    @PUT
    @Path("/{reference}/signed-document")
    @Consumes("application/pdf")
    public Response attachSignedDocument(@PathParam("reference") String reference, InputStream body) throws IOException {
        byte[] upload = body.readNBytes(PadesVerifier.MAX_UPLOAD_BYTES + 1);
        SignatureCheck check = drafting.attachSignedDocument(reference, upload, "api-upload.pdf");
        SignatureVerdict verdict = new SignatureVerdict(check.outcome().name(), check.accepted(),
                MessageCatalog.text(Locale.ENGLISH, check.outcome().messageKey(),
                        check.signerName() == null ? "-" : check.signerName()),
                check.sha256(), queries.agencyCertificate(reference).version());
        return Response.status(check.accepted() ? 200 : 422).entity(verdict).build();
    }

    @POST
    @Path("/{reference}/submission")
    public CertificateState submit(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.submit(reference, request.requiredVersion());
        return state(reference);
    }

    /** New details (and signatory) of the draft revision: the version the caller saw, and the details as for a draft. */
    public record DetailsRequest(Long version, DraftRequest details) implements VersionedChange {
    }

    @PUT
    @Path("/{reference}/details")
    @Operation(summary = "Change the draft revision's details or its signatory; a generated or signed PDF is discarded")
    public CertificateState saveDetails(@PathParam("reference") String reference, DetailsRequest request) {
        DraftRequest details = request.details();
        drafting.saveDetails(reference, request.requiredVersion(), details == null ? null : details.details(),
                details == null ? 0 : details.signatoryId());
        return state(reference);
    }

    @POST
    @Path("/{reference}/amendment")
    @Operation(summary = "After the ministry asked for changes: open the next revision with the content of the last one")
    public CertificateState startAmendment(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.startAmendment(reference, request.requiredVersion());
        return state(reference);
    }

    /** A withdrawal: the version the caller saw and why the agency withdraws. */
    public record WithdrawalRequest(Long version, String rationale) implements VersionedChange {
    }

    @POST
    @Path("/{reference}/withdrawal")
    @Operation(summary = "Withdraw a draft: it is never submitted, and counts nowhere as an application")
    public CertificateState withdraw(@PathParam("reference") String reference, WithdrawalRequest request) {
        drafting.withdraw(reference, request.requiredVersion(), request.rationale());
        return state(reference);
    }

    private CertificateState state(String reference) {
        return CertificateState.of(queries.agencyCertificate(reference));
    }
}

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.certificate.service.CertificateDocuments;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.certificate.service.SignatureCheck;
import org.euc.portal.common.api.ApiError;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.signature.domain.SignatureCheckOutcome;
import org.euc.portal.signature.service.PadesVerifier;

/**
 * The importer's journey for agencies' own case systems, with an importer's bearer token:
 * {@code /api/v1/agency/certificates}. "Agency" is always the token's agency. Same services,
 * same rules and same audit as the pages; every change carries the version it was based on.
 */
@Path("/agency/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agency certificates")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class AgencyCertificateResource {

    /** A draft's details as a client sends them, on their own and inside a change of details. */
    private static final String DRAFT_EXAMPLE = """
            {"exporterCompany": "Nordlicht Systems GmbH", "exportLicenceReference": "EL-2026-0415",
             "systemName": "Mobile forensics suite", "systemCategory": "MOBILE_FORENSICS", "installations": 2,
             "sites": 1, "validFrom": "2027-01-01", "validUntil": "2027-12-31", "signatoryId": 3}""";

    private static final String VERSION_ONLY_EXAMPLE = """
            {"version": 4}""";

    @Inject
    CertificateDrafting drafting;

    @Inject
    CertificateQueries queries;

    @Inject
    CertificateDocuments documents;

    /** A new draft's details. */
    @Schema(description = "What the agency states about the export, and who will sign")
    public record DraftRequest(
            @Schema(required = true, maxLength = 200, description = "The exporting company, as on the export licence")
            String exporterCompany,
            @Schema(required = true, maxLength = 100) String exportLicenceReference,
            @Schema(required = true, maxLength = 200) String systemName,
            @Schema(required = true) SystemCategory systemCategory,
            @Schema(required = true, minimum = "1", maximum = "10000") int installations,
            @Schema(required = true, minimum = "1", maximum = "10000") int sites,
            @Schema(required = true, description = "First day the certificate would be valid") LocalDate validFrom,
            @Schema(required = true, description = "Last day; in the future, at most five years after validFrom")
            LocalDate validUntil,
            @Schema(required = true, description = "id of one of the agency's signatories (GET /agency/signatories), "
                    + "who will sign the PDF") long signatoryId) {

        RevisionDetails details() {
            return new RevisionDetails(exporterCompany, exportLicenceReference, systemName, systemCategory,
                    installations, sites, validFrom, validUntil);
        }
    }

    @Schema(description = "The purposes the system will serve, replacing those declared before; at least one act "
            + "or offence")
    public record PurposesRequest(Long version, List<TerroristAct> terroristActs,
            @Schema(description = "ids of declarable offences of the country's catalogue (GET /agency/offences)")
            List<Long> offenceIds) implements VersionedChange {
    }

    @Schema(description = "The undertakings the agency accepts, replacing those accepted before; the PDF is "
            + "generated only once all are accepted")
    public record UndertakingsRequest(Long version, List<Undertaking> accepted) implements VersionedChange {
    }

    public record VersionedRequest(Long version,
            @Schema(description = "Only when generating the PDF: its language, en (default) or fr", example = "en")
            String language) implements VersionedChange {
    }

    /** Where the certificate stands after a change: the version to send with the next one. */
    @Schema(description = "Where the certificate stands; send its version with the next change")
    public record CertificateState(@Schema(example = "EUC-2026-000123") String reference,
            @Schema(type = SchemaType.STRING, implementation = CertificateStatus.class) String status,
            @Schema(description = "The current revision's number: 1, then one more per amendment") int revision,
            @Schema(example = "5") long version) {

        static CertificateState of(CertificateDetail detail) {
            return new CertificateState(detail.reference(), detail.status().name(), detail.currentRevision().number(),
                    detail.version());
        }
    }

    /** The verdict on an uploaded signed PDF; {@code message} is the sentence the portal shows. */
    @Schema(description = "The verdict on an uploaded signed PDF")
    public record SignatureVerdict(
            @Schema(type = SchemaType.STRING, implementation = SignatureCheckOutcome.class) String outcome,
            @Schema(description = "Whether the upload now is the revision's signed document (outcome VALID)")
            boolean accepted,
            @Schema(description = "The sentence the portal shows", example = "Signature accepted: signed by Ana Ortiz.")
            String message,
            @Schema(description = "SHA-256 of the uploaded file, hex") String sha256,
            @Schema(description = "The certificate's version now") long version) {
    }

    @POST
    @Operation(summary = "Create a draft certificate of the token's agency")
    @RequestBody(description = "The export's details and the signatory", content = @Content(example = DRAFT_EXAMPLE))
    @APIResponse(responseCode = "201", description = "Created; Location is the certificate's address",
            headers = @Header(name = "Location", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CertificateState.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response createDraft(DraftRequest request) {
        String reference = drafting.createDraft(request.details(), request.signatoryId());
        return Response.created(URI.create("agency/certificates/" + reference)).entity(state(reference)).build();
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Where one of the agency's certificates stands, with its current version")
    @APIResponse(responseCode = "200", description = "The certificate's state")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public CertificateState get(@PathParam("reference") String reference) {
        return state(reference);
    }

    @PUT
    @Path("/{reference}/purposes")
    @Operation(summary = "Declare the terrorist acts and serious crimes the system will be used against")
    @RequestBody(content = @Content(example = """
            {"version": 4, "terroristActs": ["KIDNAPPING_OR_HOSTAGE_TAKING"], "offenceIds": [12, 17]}"""))
    @APIResponse(responseCode = "200", description = "Declared")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState declarePurposes(@PathParam("reference") String reference, PurposesRequest request) {
        Set<TerroristAct> acts = request.terroristActs() == null || request.terroristActs().isEmpty()
                ? EnumSet.noneOf(TerroristAct.class) : EnumSet.copyOf(request.terroristActs());
        drafting.declarePurposes(reference, request.requiredVersion(), acts,
                request.offenceIds() == null ? Set.of() : new HashSet<>(request.offenceIds()));
        return state(reference);
    }

    @PUT
    @Path("/{reference}/undertakings")
    @Operation(summary = "Accept the undertakings, each one by name")
    @RequestBody(content = @Content(example = """
            {"version": 5, "accepted": ["LAWFUL_USE", "AUTHORIZATION", "NON_DISCRIMINATION", "EXPRESSION_CARVE_OUT",
             "CONSEQUENCES"]}"""))
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState acceptUndertakings(@PathParam("reference") String reference, UndertakingsRequest request) {
        Set<Undertaking> accepted = request.accepted() == null || request.accepted().isEmpty()
                ? EnumSet.noneOf(Undertaking.class) : EnumSet.copyOf(request.accepted());
        drafting.acceptUndertakings(reference, request.requiredVersion(), accepted);
        return state(reference);
    }

    /** Generates the PDF of the current revision; fetch it from the revision's document address. */
    @POST
    @Path("/{reference}/document")
    @Operation(summary = "Generate the PDF of the current revision, to be signed",
            description = "Needs the details, purposes and undertakings complete. Download it from "
                    + "/revisions/{revision}/document with the revision this call answers.")
    @RequestBody(content = @Content(example = """
            {"version": 6, "language": "en"}"""))
    @APIResponse(responseCode = "200", description = "Generated")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState generateDocument(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.generateDocument(reference, request.requiredVersion(),
                Locale.forLanguageTag(request.language() == null ? "en" : request.language()));
        return state(reference);
    }

    @GET
    @Path("/{reference}/revisions/{revision}/document")
    @Produces("application/pdf")
    @Operation(summary = "Download the PDF generated for a revision (also for the ministry's reviewers and auditors)")
    @APIResponse(responseCode = "200", description = "The PDF, as generated: sign exactly these bytes",
            headers = @Header(name = "X-Content-SHA256", description = "SHA-256 of the PDF, hex",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public Response document(@PathParam("reference") String reference,
            @Parameter(description = "The revision's number (CertificateState.revision)") @PathParam("revision")
            int revision) {
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
    @Operation(summary = "Upload the signed PDF of the current revision",
            description = "Accepted only if it carries exactly one valid PAdES signature over the whole file, by a "
                    + "registered signatory of the agency, of exactly the PDF the portal generated.")
    @RequestBody(description = "The signed PDF itself (not JSON), at most 10 MB",
            content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Accepted (outcome VALID)",
            content = @Content(schema = @Schema(implementation = SignatureVerdict.class)))
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Refused: the verdict names the outcome and why; or, when the "
            + "certificate takes no signed PDF now, the error body", content = @Content(schema = @Schema(
                    oneOf = {SignatureVerdict.class, ApiError.class})))
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
    @Operation(summary = "Submit the signed revision to the ministry")
    @RequestBody(content = @Content(example = VERSION_ONLY_EXAMPLE))
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState submit(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.submit(reference, request.requiredVersion());
        return state(reference);
    }

    /** New details (and signatory) of the draft revision: the version the caller saw, and the details as for a draft. */
    public record DetailsRequest(Long version, @Schema(required = true) DraftRequest details)
            implements VersionedChange {
    }

    @PUT
    @Path("/{reference}/details")
    @Operation(summary = "Change the draft revision's details or its signatory; a generated or signed PDF is discarded")
    @RequestBody(content = @Content(example = "{\"version\": 4, \"details\": " + DRAFT_EXAMPLE + "}"))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState saveDetails(@PathParam("reference") String reference, DetailsRequest request) {
        DraftRequest details = request.details();
        drafting.saveDetails(reference, request.requiredVersion(), details == null ? null : details.details(),
                details == null ? 0 : details.signatoryId());
        return state(reference);
    }

    @POST
    @Path("/{reference}/amendment")
    @Operation(summary = "After the ministry asked for changes: open the next revision with the content of the last one")
    @RequestBody(content = @Content(example = VERSION_ONLY_EXAMPLE))
    @APIResponse(responseCode = "200", description = "The next revision is open")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState startAmendment(@PathParam("reference") String reference, VersionedRequest request) {
        drafting.startAmendment(reference, request.requiredVersion());
        return state(reference);
    }

    /** A withdrawal: the version the caller saw and why the agency withdraws. */
    public record WithdrawalRequest(Long version,
            @Schema(description = "Why the agency withdraws; kept in the certificate's history",
                    example = "The export licence was refused.") String rationale)
            implements VersionedChange {
    }

    @POST
    @Path("/{reference}/withdrawal")
    @Operation(summary = "Withdraw a draft: it is never submitted, and counts nowhere as an application")
    @RequestBody(content = @Content(example = """
            {"version": 4, "rationale": "The export licence was refused."}"""))
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public CertificateState withdraw(@PathParam("reference") String reference, WithdrawalRequest request) {
        drafting.withdraw(reference, request.requiredVersion(), request.rationale());
        return state(reference);
    }

    private CertificateState state(String reference) {
        return CertificateState.of(queries.agencyCertificate(reference));
    }
}

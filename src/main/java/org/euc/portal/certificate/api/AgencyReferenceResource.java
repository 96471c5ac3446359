package org.euc.portal.certificate.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.domain.SeriousCrimeEligibility;

/**
 * What an agency's case system needs to draft a certificate: who may sign, and which offences of
 * its country's catalogue may be declared ({@code /api/v1/agency/...}, importer's bearer token).
 */
@Path("/agency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency certificates")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class AgencyReferenceResource {

    @Inject
    CertificateDrafting drafting;

    public record SignatoryEntry(@Schema(description = "What a draft names as signatoryId") long id, String name,
            String title, @Schema(description = "SHA-256 of the signing certificate, hex") String fingerprint) {
    }

    /** {@code declarable} false with {@code reason} PENALTY_UNDER_SIX_YEARS or EXPRESSION_CARVE_OUT. */
    public record OffenceEntry(@Schema(description = "What a declaration of purposes names in offenceIds") long id,
            @Schema(example = "XA-PC-211") String offenceCode, String statute, String name,
            @Schema(description = "Null when the law sets none") Integer maxPenaltyYears, boolean lifeImprisonment,
            @Schema(type = SchemaType.STRING, implementation = OffenceCategory.class) String category,
            @Schema(description = "Whether a certificate may name it as a serious crime") boolean declarable,
            @Schema(type = SchemaType.STRING, implementation = SeriousCrimeEligibility.class,
                    description = "Why not, when not declarable; ELIGIBLE otherwise") String reason) {
    }

    @GET
    @Path("/signatories")
    @Operation(summary = "The agency's signatories who may sign a certificate now")
    @APIResponse(responseCode = "200", description = "The signatories")
    public List<SignatoryEntry> signatories() {
        return drafting.availableSignatories().stream()
                .map(s -> new SignatoryEntry(s.getId(), s.getName(), s.getTitle(), s.getFingerprint()))
                .toList();
    }

    @GET
    @Path("/offences")
    @Operation(summary = "The offences of the agency's country's catalogue in force, each saying whether it may be "
            + "declared")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<OffenceEntry> offences() {
        return drafting.offenceCatalogue().stream()
                .map(o -> new OffenceEntry(o.getId(), o.getOffenceCode(), o.getStatute(), o.getName(),
                        o.getMaxPenaltyYears(), o.isLifeImprisonment(), o.getCategory().name(),
                        o.eligibility().isEligible(), o.eligibility().name()))
                .toList();
    }
}

package org.euc.portal.certificate.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.euc.portal.certificate.service.CertificateDrafting;

/**
 * What an agency's case system needs to draft a certificate: who may sign, and which offences of
 * its country's catalogue may be declared ({@code /api/v1/agency/...}, importer's bearer token).
 */
@Path("/agency")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyReferenceResource {

    @Inject
    CertificateDrafting drafting;

    public record SignatoryEntry(long id, String name, String title, String fingerprint) {
    }

    /** {@code declarable} false with {@code reason} PENALTY_UNDER_SIX_YEARS or EXPRESSION_CARVE_OUT. */
    public record OffenceEntry(long id, String offenceCode, String statute, String name, Integer maxPenaltyYears,
            boolean lifeImprisonment, String category, boolean declarable, String reason) {
    }

    @GET
    @Path("/signatories")
    public List<SignatoryEntry> signatories() {
        return drafting.availableSignatories().stream()
                .map(s -> new SignatoryEntry(s.getId(), s.getName(), s.getTitle(), s.getFingerprint()))
                .toList();
    }

    @GET
    @Path("/offences")
    public List<OffenceEntry> offences() {
        return drafting.offenceCatalogue().stream()
                .map(o -> new OffenceEntry(o.getId(), o.getOffenceCode(), o.getStatute(), o.getName(),
                        o.getMaxPenaltyYears(), o.isLifeImprisonment(), o.getCategory().name(),
                        o.eligibility().isEligible(), o.eligibility().name()))
                .toList();
    }
}

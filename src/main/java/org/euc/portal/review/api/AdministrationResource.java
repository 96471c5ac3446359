package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.review.service.CountryDelisting;
import org.euc.portal.review.service.DelistingPreview;
import org.euc.portal.review.service.ReviewJobs;

/**
 * Administrator operations on the review workflow ({@code /api/v1/admin/...}, admin bearer token):
 * approving and delisting countries (with the delisting's preview), and running the scheduled
 * review jobs at once.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdministrationResource {

    @Inject
    CountryDelisting delisting;

    @Inject
    ReviewJobs jobs;

    @Inject
    CountryAdministration countries;

    public record CountriesRequest(List<String> countries) {
    }

    public record DelistingRequest(List<String> countries, LocalDate effectiveFrom, String reason) {
    }

    public record DelistingResult(int suspended) {
    }

    @POST
    @Path("/country-delistings/preview")
    public DelistingPreview preview(CountriesRequest request) {
        return delisting.preview(request.countries() == null ? List.of() : request.countries());
    }

    @POST
    @Path("/country-delistings")
    public DelistingResult delist(DelistingRequest request) {
        return new DelistingResult(delisting.delist(request.countries() == null ? List.of() : request.countries(),
                request.effectiveFrom() == null ? LocalDate.now() : request.effectiveFrom(), request.reason()));
    }

    /** Countries put on the approved list (again); certificates a delisting suspended wait for the reviewers. */
    public record ApprovalRequest(List<String> countries, LocalDate effectiveFrom, String reason) {
    }

    @POST
    @Path("/country-approvals")
    @Operation(summary = "Put countries on the approved list from a day; certificates their delisting suspended are "
            + "offered to the reviewers for reinstatement, never reinstated silently")
    public Response approve(ApprovalRequest request) {
        countries.approve(request.countries() == null ? List.of() : request.countries(),
                request.effectiveFrom() == null ? LocalDate.now() : request.effectiveFrom(), request.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/review-jobs")
    public ReviewJobs.Outcome runReviewJobs() {
        return jobs.runNow();
    }
}

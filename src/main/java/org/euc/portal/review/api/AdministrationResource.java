package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.euc.portal.review.service.CountryDelisting;
import org.euc.portal.review.service.DelistingPreview;
import org.euc.portal.review.service.ReviewJobs;

/**
 * Administrator operations on the review workflow ({@code /api/v1/admin/...}, admin bearer token):
 * delisting countries with its preview, and running the scheduled review jobs at once.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdministrationResource {

    @Inject
    CountryDelisting delisting;

    @Inject
    ReviewJobs jobs;

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

    @POST
    @Path("/review-jobs")
    public ReviewJobs.Outcome runReviewJobs() {
        return jobs.runNow();
    }
}

package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.review.service.ReviewJobs;

/** The hourly review jobs, run at once by an administrator ({@code POST /api/v1/admin/review-jobs}). */
@Path("/admin/review-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class ReviewJobsResource {

    @Inject
    ReviewJobs jobs;

    @POST
    @Operation(summary = "Run the hourly review jobs now: expiries, delistings in force, silent ledgers")
    @APIResponse(responseCode = "200", description = "What the run did")
    public ReviewJobs.Outcome runReviewJobs() {
        return jobs.runNow();
    }
}

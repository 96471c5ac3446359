package org.euc.portal.reports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.reports.service.DashboardFigures;
import org.euc.portal.reports.service.ReviewStatistics;

/** The dashboard's figures (administrators and auditors). */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class DashboardResource {

    @Inject
    ReviewStatistics statistics;

    @GET
    @Operation(summary = "Certificates by status and country, review times, overdue cases, open flags, ledger activity")
    @APIResponse(responseCode = "200", description = "The figures, as the dashboard page shows them")
    public DashboardFigures figures() {
        return statistics.figures();
    }
}

package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.euc.portal.review.service.DashboardFigures;
import org.euc.portal.review.service.ReviewStatistics;

/** The dashboard's figures (administrators and auditors). */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    ReviewStatistics statistics;

    @GET
    @Operation(summary = "Certificates by status and country, review times, overdue cases, open flags, ledger activity")
    public DashboardFigures figures() {
        return statistics.figures();
    }
}

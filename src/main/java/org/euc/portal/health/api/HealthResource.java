package org.euc.portal.health.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.health.service.HealthChecks;

/**
 * {@code GET /api/v1/health}, open to load balancers and monitoring without login: 200 when the
 * database and Keycloak answer, 503 naming what is down. The answer is at most a few seconds old
 * ({@link HealthChecks}), so anonymous callers cannot make the portal probe on every request.
 */
@Path("/health")
@Tag(name = "Health")
public class HealthResource {

    @Inject
    HealthChecks healthChecks;

    /**
     * @param status UP or DOWN
     * @param checks each dependency and whether it is UP or DOWN
     * @param down the dependencies that are down, empty when healthy
     * @param checkedAt when the dependencies were last probed (ISO-8601)
     */
    public record HealthReport(String status, Map<String, String> checks, List<String> down, String checkedAt) {
    }

    @SecurityRequirementsSet // public: no token needed
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the database and Keycloak answer, without login")
    @APIResponse(responseCode = "200", description = "Everything is up",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @APIResponse(responseCode = "503", description = "Something is down; down names it",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    public Response health() {
        HealthChecks.Probe probe = healthChecks.current();
        Map<String, String> checks = new LinkedHashMap<>();
        probe.up().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(check -> checks.put(check.getKey(), check.getValue() ? "UP" : "DOWN"));
        List<String> down = checks.entrySet().stream().filter(check -> "DOWN".equals(check.getValue()))
                .map(Map.Entry::getKey).toList();
        HealthReport report = new HealthReport(down.isEmpty() ? "UP" : "DOWN", checks, down, probe.checkedAt().toString());
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(down.isEmpty() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noCache).entity(report).build();
    }
}

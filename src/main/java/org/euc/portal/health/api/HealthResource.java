package org.euc.portal.health.api;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.euc.portal.common.config.PortalSettings;

/**
 * {@code GET /api/v1/health}, open to load balancers and monitoring without login: 200 when the
 * database and Keycloak answer, 503 naming what is down.
 */
@Path("/health")
public class HealthResource {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Resource(lookup = "java:jboss/datasources/EucDS")
    DataSource dataSource;

    @Inject
    PortalSettings settings;

    /**
     * @param status UP or DOWN
     * @param checks each dependency and whether it is UP or DOWN
     * @param down the dependencies that are down, empty when healthy
     */
    public record HealthReport(String status, Map<String, String> checks, List<String> down) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers() ? "UP" : "DOWN");
        checks.put("keycloak", keycloakAnswers() ? "UP" : "DOWN");
        List<String> down = checks.entrySet().stream().filter(check -> "DOWN".equals(check.getValue()))
                .map(Map.Entry::getKey).toList();
        HealthReport report = new HealthReport(down.isEmpty() ? "UP" : "DOWN", checks, down);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(down.isEmpty() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noCache).entity(report).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) PROBE_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean keycloakAnswers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(settings.oidcProviderUrl() + "/.well-known/openid-configuration"))
                    .timeout(PROBE_TIMEOUT).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

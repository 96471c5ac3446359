package org.euc.portal.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for load balancers and orchestrators ({@code /health/ready} on the management port):
 * the portal can serve requests only while its database and Keycloak answer. The same probe as the
 * public {@code /api/v1/health}, so both always agree.
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    @Inject
    HealthChecks healthChecks;

    @Override
    public HealthCheckResponse call() {
        HealthChecks.Probe probe = healthChecks.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("euc-portal-dependencies");
        probe.up().forEach((dependency, up) -> response.withData(dependency, up ? "UP" : "DOWN"));
        return response.withData("checkedAt", probe.checkedAt().toString())
                .status(probe.up().values().stream().allMatch(Boolean::booleanValue)).build();
    }
}

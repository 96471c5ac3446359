package org.euc.portal.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live} on the management port): the portal is deployed and answers. It
 * deliberately ignores the database and Keycloak — restarting a node cannot cure their outage, and
 * readiness already takes the node out of the balancer while they are away.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("euc-portal");
    }
}

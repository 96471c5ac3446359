package org.euc.portal.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for machine clients, under /api/v1. Callers authenticate with Keycloak bearer tokens. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}

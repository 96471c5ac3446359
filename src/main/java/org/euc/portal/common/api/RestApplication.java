package org.euc.portal.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API for machine clients, under /api/v1. Callers authenticate with Keycloak bearer
 * tokens; the OpenAPI document says so for every call but the few public ones, which declare
 * that they need none.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "EUC Portal API", version = "v1"),
        security = @SecurityRequirement(name = RestApplication.BEARER))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A Keycloak access token of the euc realm (the agency comes from its "
        + "agency claim). A browser session cookie does not authenticate API calls.")
public class RestApplication extends Application {

    /** The name of the bearer-token security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";
}

package org.euc.portal.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Who is calling: user name, portal roles and, for importers, the agency they act for. Read from
 * the Elytron identity that WildFly's OIDC client established from the Keycloak token, on every
 * call, so it is right in pages, API calls and services alike. Without a logged-in user (scheduled
 * jobs) the caller is {@link #SYSTEM} with no roles.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";
    public static final String AGENCY_CLAIM = "agency";
    /** Keycloak's standard mapper (client scope profile) puts the user's locale attribute here. */
    public static final String LOCALE_CLAIM = "locale";

    public String name() {
        return identity().filter(id -> !id.isAnonymous()).map(id -> id.getPrincipal().getName()).orElse(SYSTEM);
    }

    public boolean isAuthenticated() {
        return identity().map(id -> !id.isAnonymous()).orElse(false);
    }

    public boolean hasRole(String role) {
        return identity().map(id -> id.getRoles().contains(role)).orElse(false);
    }

    /** The caller's portal roles, in {@link Roles#ALL} order. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(this::hasRole).toList();
    }

    /** The agency code an importer acts for (token claim {@code agency}); empty for ministry staff. */
    public Optional<String> agencyCode() {
        return claim(AGENCY_CLAIM);
    }

    /** The language tag the user chose before, as it stood when they logged in; empty when they never chose one. */
    public Optional<String> preferredLanguage() {
        return claim(LOCALE_CLAIM);
    }

    /** The user's full name as Keycloak knows it, else the user name. */
    public String displayName() {
        return claim("name").orElseGet(this::name);
    }

    /** The ID token of a browser session, needed to end the Keycloak session at logout. */
    public Optional<String> idToken() {
        return oidcContext().map(OidcSecurityContext::getIDTokenString);
    }

    private Optional<String> claim(String name) {
        return oidcContext()
                .map(OidcSecurityContext::getToken)
                .map(token -> token.getClaimValueAsString(name))
                .filter(value -> !value.isBlank());
    }

    /** The tokens behind the identity, when Keycloak authenticated it (not for system work). */
    private Optional<OidcSecurityContext> oidcContext() {
        return identity().map(SecurityIdentity::getPrincipal)
                .filter(OidcPrincipal.class::isInstance)
                .map(principal -> (OidcSecurityContext) ((OidcPrincipal<?>) principal).getOidcSecurityContext())
                .filter(context -> context.getToken() != null);
    }

    private static Optional<SecurityIdentity> identity() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        return domain == null ? Optional.empty() : Optional.ofNullable(domain.getCurrentSecurityIdentity());
    }
}

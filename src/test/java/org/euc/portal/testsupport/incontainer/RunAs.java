package org.euc.portal.testsupport.incontainer;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.euc.portal.testsupport.DemoUser;
import org.jose4j.jwt.JwtClaims;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Runs code inside the server as a demo user, the way WildFly's OIDC client would after a login:
 * an Elytron identity of the deployment's security domain whose principal carries the user's token
 * claims (name, agency) and whose roles are the user's realm role. Only the Keycloak round trip is
 * left out; everything the portal reads from the identity is there.
 */
public final class RunAs {

    private RunAs() {
    }

    public interface Work {
        void run() throws Exception;
    }

    public static void user(DemoUser user, Work work) {
        user(user, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T user(DemoUser user, Callable<T> work) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) { // Elytron finds the domain by the thread's context class loader: the deployment's
            throw new IllegalStateException("no security domain on this thread: run the test inside the server");
        }
        SecurityIdentity identity = domain.createAdHocIdentity(principalOf(user))
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(user.role())));
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw sneaky(e.getCause());
        }
    }

    private static OidcPrincipal<OidcSecurityContext> principalOf(DemoUser user) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", user.username());
        claims.setClaim("name", user.username());
        claims.setClaim("realm_access", Map.of("roles", List.of(user.role())));
        if (user.agency() != null) {
            claims.setClaim("agency", user.agency());
        }
        return new OidcPrincipal<>(user.username(), new OidcSecurityContext("in-container", new AccessToken(claims), null, null));
    }

    /** Rethrows what the work threw as it was, so tests assert on the portal's own exceptions. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable thrown) throws E {
        throw (E) thrown;
    }
}

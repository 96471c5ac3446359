package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.euc.portal.common.audit.service.AuditLog;

/**
 * The JSON API authenticates with bearer tokens only. WildFly's OIDC client would also accept the
 * browser's session cookie on {@code /api/*} (it checks the session first), so any page on another
 * site could make a logged-in user's browser call the API. A call that arrives authenticated but
 * without an {@code Authorization: Bearer} header is refused with 401 before any resource runs,
 * and the attempt is audited. The public calls (health, certificate verification, the latest
 * checkpoint) ignore who calls and answer a browser with a session like anyone else.
 */
@WebFilter(filterName = "BearerOnlyApiFilter", asyncSupported = true)
public class BearerOnlyApiFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The calls that need no login, as web.xml leaves them open; the ledger below a certificate is not one. */
    private static final Pattern PUBLIC_CALL = Pattern.compile("/api/v1/(health|certificates/[^/]+|checkpoints/latest)");

    @Inject
    transient AuditLog auditLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || hasBearerToken(request) || isPublicCall(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        auditLog.recordAccessDenied(request.getMethod() + " " + path, "API call authenticated by a session cookie "
                + "instead of a bearer token");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"euc\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("error", "bearer-token-required")
                .add("message", "The API accepts only an Authorization: Bearer token; a browser session does not "
                        + "authenticate API calls.")
                .build().toString());
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
    }

    private static boolean isPublicCall(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(method) || "HEAD".equals(method)) && PUBLIC_CALL.matcher(path).matches();
    }
}

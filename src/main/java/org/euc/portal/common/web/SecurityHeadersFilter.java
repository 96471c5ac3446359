package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.euc.portal.common.config.PortalSettings;

/**
 * The response headers every answer carries. Pages and API answers hold personal data and are
 * never stored by the browser or a proxy ({@code no-store}); only the static resources the pages
 * load (stylesheets, scripts, icons) stay cacheable. Under TLS ({@code EUC_OIDC_SSL_REQUIRED=all})
 * browsers are told to use nothing else. The Content-Security-Policy of the pages comes from
 * PrimeFaces' CSP mode (web.xml), which knows the nonce of each response.
 */
@WebFilter(filterName = "SecurityHeadersFilter", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalSettings settings;

    /** Read once: settings do not change while the portal runs, and every answer passes here. */
    private boolean tlsOnly;

    @Override
    public void init() {
        tlsOnly = settings.tlsRequired();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (tlsOnly) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}

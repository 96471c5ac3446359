package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.security.Caller;

/**
 * Records every browser login in the audit log: the first request of a session that Keycloak
 * authenticated, which also gets its logout token then. API calls with bearer tokens have no session
 * and are not logins.
 */
@WebFilter(filterName = "LoginAuditFilter", asyncSupported = true)
public class LoginAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RECORDED = LoginAuditFilter.class.getName() + ".recorded";

    @Inject
    transient Caller caller;

    @Inject
    transient AuditLog auditLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            // several first requests of one session may arrive at once; one login is recorded
            synchronized (session.getId().intern()) {
                if (session.getAttribute(RECORDED) == null) {
                    session.setAttribute(RECORDED, Boolean.TRUE);
                    LogoutServlet.issueToken(session);
                    auditLog.record(AuditAction.LOGIN, "USER", caller.name(), "browser session started"
                            + caller.agencyCode().map(agency -> ", agency " + agency).orElse(""));
                }
            }
        }
        chain.doFilter(request, response);
    }
}

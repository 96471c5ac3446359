package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.security.Caller;

/**
 * Ends the portal session and the Keycloak session: WildFly's OIDC client answers
 * {@code request.logout()} by calling Keycloak's end-session endpoint with the session's tokens.
 * POST only, so that no link or image elsewhere can log a user out.
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient AuditLog auditLog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (caller.isAuthenticated()) {
            auditLog.record(AuditAction.LOGOUT, "USER", caller.name(), null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/logged-out.xhtml");
    }
}

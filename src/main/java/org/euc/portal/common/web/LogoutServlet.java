package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.security.Caller;

/**
 * Ends the portal session and the Keycloak session: WildFly's OIDC client answers
 * {@code request.logout()} by calling Keycloak's end-session endpoint with the session's tokens.
 * POST only, with the session's own token ({@link #TOKEN}, issued at login), so that no link, image
 * or form elsewhere can log a user out.
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Session attribute and form field holding the logout form's anti-forgery token. */
    public static final String TOKEN = "logoutToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient Caller caller;

    @Inject
    transient AuditLog auditLog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession current = request.getSession(false);
        if (caller.isAuthenticated() && !tokenMatches(current, request.getParameter(TOKEN))) {
            auditLog.recordAccessDenied("logout", "logout form without the session's token");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
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

    /** Gives a new browser session the token its logout form must send back. */
    static void issueToken(HttpSession session) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        session.setAttribute(TOKEN, HexFormat.of().formatHex(token));
    }

    private static boolean tokenMatches(HttpSession session, String sent) {
        Object expected = session == null ? null : session.getAttribute(TOKEN);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}

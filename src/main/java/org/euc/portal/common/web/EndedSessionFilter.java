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
import java.nio.charset.StandardCharsets;
import org.euc.portal.common.security.EndedSessions;

/**
 * Ends, on whichever node it reaches, a browser session whose user was cut off since it started
 * ({@link EndedSessions}: disabled by an administrator on any node). The request then starts
 * over without the session: Keycloak asks for a login, which a disabled user cannot pass. A
 * session remembers the cutoff it started under from its first authenticated request.
 */
@WebFilter(filterName = "EndedSessionFilter", asyncSupported = true)
public class EndedSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CUTOFF_AT_START = EndedSessionFilter.class.getName() + ".cutoff";

    @Inject
    transient EndedSessions endedSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getUserPrincipal().getName();
        Long cutoffAtStart = (Long) session.getAttribute(CUTOFF_AT_START);
        if (cutoffAtStart == null) {
            session.setAttribute(CUTOFF_AT_START, endedSessions.cutoffOf(username));
        } else if (endedSessions.endedSince(username, cutoffAtStart)) {
            session.invalidate();
            startOver(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Back to the page asked for, which now asks for a login; a Faces Ajax request is told to go there. */
    private static void startOver(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + page.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(page);
    }
}

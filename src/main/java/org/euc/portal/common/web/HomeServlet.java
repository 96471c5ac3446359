package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.euc.portal.common.security.Caller;

/** The portal's root: sends each signed-in user to the home page of their role. */
@WebServlet(name = "HomeServlet", urlPatterns = "")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PortalArea> home = PortalArea.homeOf(caller);
        if (home.isPresent()) {
            response.sendRedirect(request.getContextPath() + home.get().home());
        } else {
            // signed in, but Keycloak gave this account no portal role
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}

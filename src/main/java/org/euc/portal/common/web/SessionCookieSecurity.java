package org.euc.portal.common.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.euc.portal.common.config.PortalSettings;

/**
 * Marks the session cookie {@code Secure} when the portal is served over TLS only
 * ({@code EUC_OIDC_SSL_REQUIRED=all}); HttpOnly and SameSite come from web.xml.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(settings.tlsRequired());
    }
}

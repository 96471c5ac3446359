package org.euc.portal.common.config;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Refuses to start a portal that would run on a demo secret outside the demo: the deployment fails
 * with one sentence naming the variable to set, rather than the portal authenticating with a
 * secret published in this repository.
 */
@WebListener
public class RequiredSecrets implements ServletContextListener {

    /** DEMO ONLY: the secrets of the demo realm export (keycloak/euc-realm.json). */
    public static final String DEMO_PORTAL_CLIENT_SECRET = "euc-portal-demo-secret";
    public static final String DEMO_ADMIN_CLIENT_SECRET = "euc-admin-api-demo-secret";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PortalSettings.secret("euc.oidc.client-secret", DEMO_PORTAL_CLIENT_SECRET);
        PortalSettings.secret("euc.keycloak-admin-client-secret", DEMO_ADMIN_CLIENT_SECRET);
    }
}

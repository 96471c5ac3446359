package org.euc.portal.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The portal's own settings. Each is read from a system property ({@code euc.demo-data}) or else
 * from the environment ({@code EUC_DEMO_DATA}); the README lists them all.
 */
@ApplicationScoped
public class PortalSettings {

    /** Whether the clearly separated demo-data migrations run; false in production. */
    public boolean demoData() {
        return Boolean.parseBoolean(value("euc.demo-data").orElse("false"));
    }

    /** The Keycloak realm the portal trusts, e.g. http://localhost:8180/realms/euc. */
    public String oidcProviderUrl() {
        return value("euc.oidc.provider-url").orElse("http://localhost:8180/realms/euc");
    }

    /** The portal's public address, used in links that leave the portal (e-mails, QR codes). */
    public String publicUrl() {
        return value("euc.public-url").orElse("http://localhost:8080/");
    }

    static Optional<String> value(String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnvironment = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment.trim());
    }
}

package org.euc.portal.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    @Test
    void aConfiguredSecretIsUsedWhateverTheMode() {
        assertEquals("real", PortalSettings.secretOrDemo(Optional.of("real"), false, "euc.keycloak-admin-client-secret",
                "demo"));
        assertEquals("real", PortalSettings.secretOrDemo(Optional.of("real"), true, "euc.keycloak-admin-client-secret",
                "demo"));
    }

    @Test
    void theDemoSecretServesOnlyTheDemo() {
        assertEquals("demo", PortalSettings.secretOrDemo(Optional.empty(), true, "euc.keycloak-admin-client-secret", "demo"));

        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> PortalSettings.secretOrDemo(
                Optional.empty(), false, "euc.keycloak-admin-client-secret", "demo"));
        assertEquals("EUC_KEYCLOAK_ADMIN_CLIENT_SECRET is not set; the demo value is used only with EUC_DEMO_DATA=true.",
                missing.getMessage());
    }

    @Test
    void settingsAreReadThroughMicroProfileConfigFromSystemPropertiesAndTheEnvironment() {
        // a system property present when the configuration was first built
        assertEquals(Optional.of(System.getProperty("java.version")), PortalSettings.value("java.version"));
        assertEquals(Optional.empty(), PortalSettings.value("euc.no-such-setting"));
        assertEquals("EUC_OIDC_SSL_REQUIRED", PortalSettings.environmentName("euc.oidc.ssl-required"));
    }
}

package org.euc.portal.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euc.portal.directory.domain.DirectoryUser;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

/** A Keycloak user as the portal reads it, without Keycloak. */
class KeycloakDirectoryTest {

    @Test
    void readsTheLanguageFromTheLocaleAttribute() {
        DirectoryUser user = KeycloakDirectory.toUser(representation(Map.of("agency", List.of("ARC-NPA"),
                "locale", List.of("fr", "ar"))), Set.of("importer", "default-roles-euc"));

        assertEquals("fr", user.locale(), "the first value");
        assertEquals("ARC-NPA", user.agencyCode());
        assertEquals(List.of("importer"), user.roles());
    }

    @Test
    void withoutALanguageTheUserHasNone() {
        assertNull(KeycloakDirectory.toUser(representation(null), Set.of()).locale());
        assertNull(KeycloakDirectory.toUser(representation(Map.of("locale", List.of())), Set.of()).locale());
        assertNull(KeycloakDirectory.toUser(representation(Map.of("locale", List.of(" "))), Set.of()).locale());
    }

    private static UserRepresentation representation(Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setId("id");
        user.setUsername("importer.arcadia");
        user.setEnabled(true);
        user.setAttributes(attributes);
        return user;
    }
}

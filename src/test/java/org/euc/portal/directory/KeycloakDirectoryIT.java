package org.euc.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;
import org.euc.portal.directory.service.DirectoryUnavailableException;
import org.euc.portal.directory.service.KeycloakDirectory;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory against the real Keycloak and its demo realm, from the test JVM. Users created here
 * get a unique name per run and are left disabled.
 */
@IntegrationTest
class KeycloakDirectoryIT {

    /** DEMO ONLY: the public secret of the demo realm's admin client. */
    private static final String DEMO_SECRET = "euc-admin-api-demo-secret";

    private KeycloakDirectory directory;

    @BeforeEach
    void connect() {
        directory = new KeycloakDirectory(TestStack.realmUrl(), "euc-admin-api", DEMO_SECRET);
    }

    @Test
    void listsTheReviewersWithTheirEmailAddresses() {
        Map<String, DirectoryUser> reviewers = directory.usersWithRole("reviewer").stream()
                .collect(Collectors.toMap(DirectoryUser::username, user -> user));

        assertEquals("reviewer.one@demo.invalid", reviewers.get("reviewer.one").email());
        assertEquals("reviewer.two@demo.invalid", reviewers.get("reviewer.two").email());
        assertTrue(reviewers.values().stream().allMatch(user -> user.roles().contains("reviewer")));
        assertFalse(reviewers.containsKey("senior.one"), "only holders of the role itself");
    }

    @Test
    void findsTheImportersOfOneAgencyOnly() {
        List<DirectoryUser> importers = directory.importersOf("ARC-NPA");
        List<String> names = importers.stream().map(DirectoryUser::username).toList();

        // other tests create further ARC-NPA importers; the other agencies' demo importers must never appear
        assertTrue(names.contains("importer.arcadia"), names.toString());
        assertFalse(names.contains("importer.borealia") || names.contains("importer.cascadia"), names.toString());
        assertTrue(importers.stream().allMatch(user -> "ARC-NPA".equals(user.agencyCode())), names.toString());
        DirectoryUser demo = importers.stream().filter(user -> user.username().equals("importer.arcadia")).findFirst().orElseThrow();
        assertEquals(List.of("importer"), demo.roles());
        assertTrue(directory.importersOf("ARC").isEmpty(), "the agency code matches exactly, not as a prefix");
    }

    @Test
    void readsOneUserWithPortalRolesOnly() {
        DirectoryUser senior = directory.user("senior.one").orElseThrow();

        assertEquals(List.of("senior-reviewer"), senior.roles(), "Keycloak's default roles are not portal roles");
        assertEquals("Sara", senior.firstName());
        assertTrue(senior.enabled());
        assertTrue(directory.user("nobody-" + UUID.randomUUID()).isEmpty());
        assertTrue(directory.user("senior").isEmpty(), "the username matches exactly");
    }

    @Test
    void pagesAndCountsTheUserList() {
        long ones = directory.count("one");
        List<DirectoryUser> page = directory.page("one", 0, 2);

        assertTrue(ones >= 4, "reviewer.one, senior.one, auditor.one and admin.one: " + ones);
        assertEquals(2, page.size());
        assertTrue(directory.page("one", 0, 100).stream().map(DirectoryUser::username).toList().contains("admin.one"));
        assertTrue(directory.page("", 0, 100).stream().noneMatch(user -> user.username().startsWith("service-account-")),
                "service accounts are not portal users");
    }

    @Test
    void createsAnImporterWithAgencyRoleAndTemporaryPasswordThenManagesIt() {
        String username = "it.importer." + UUID.randomUUID().toString().substring(0, 8);
        NewUser newUser = new NewUser(username, username + "@demo.invalid", "Iris", "Test", "ARC-NPA",
                List.of("importer"), "Temporary-Passw0rd!");

        String id = directory.createUser(newUser);

        DirectoryUser created = directory.user(username).orElseThrow();
        assertEquals(id, created.id());
        assertEquals("ARC-NPA", created.agencyCode(), "the declared user profile keeps the agency attribute");
        assertEquals(List.of("importer"), created.roles());
        assertTrue(created.enabled());
        assertTrue(directory.importersOf("ARC-NPA").stream().anyMatch(user -> user.username().equals(username)));

        directory.grantRole(username, "auditor");
        assertEquals(List.of("importer", "auditor"), directory.user(username).orElseThrow().roles());
        directory.removeRole(username, "auditor");
        assertEquals(List.of("importer"), directory.user(username).orElseThrow().roles());

        directory.setTemporaryPassword(username, "Another-Passw0rd!");
        try {
            directory.sendPasswordResetEmail(username);
        } catch (DirectoryUnavailableException noSmtp) {
            // the demo realm has no SMTP server unless the e-mail tests configured one
            assertEquals("Keycloak could not send the e-mail: is SMTP configured for the realm?", noSmtp.getMessage());
        }

        directory.disable(username);
        DirectoryUser disabled = directory.user(username).orElseThrow();
        assertFalse(disabled.enabled());
        assertEquals("ARC-NPA", disabled.agencyCode(), "disabling must not wipe profile attributes");
        assertEquals(username + "@demo.invalid", disabled.email());
        assertEquals("Iris", disabled.firstName());
        assertEquals("Test", disabled.lastName());
        assertEquals(List.of("importer"), disabled.roles());

        directory.enable(username);
        assertTrue(directory.user(username).orElseThrow().enabled());
        assertEquals("ARC-NPA", directory.user(username).orElseThrow().agencyCode());
        directory.disable(username);

        KeycloakDirectory.UserAlreadyExistsException duplicate = assertThrows(KeycloakDirectory.UserAlreadyExistsException.class,
                () -> directory.createUser(new NewUser(username, null, "Other", "Person", null, List.of("reviewer"), null)));
        assertEquals("A user named " + username + " already exists.", duplicate.getMessage());
        assertFalse(directory.user(username).orElseThrow().enabled(), "the existing user is untouched");
    }

    @Test
    void remembersAUsersLanguageAndReadsItInEveryListing() {
        String username = "it.language." + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(new NewUser(username, username + "@demo.invalid", "Louise", "Test", "ARC-NPA",
                List.of("importer"), null));
        assertNull(directory.user(username).orElseThrow().locale(), "no language until the user picks one");

        directory.rememberLanguage(username, "fr");

        DirectoryUser french = directory.user(username).orElseThrow();
        assertEquals("fr", french.locale());
        assertEquals("ARC-NPA", french.agencyCode(), "keeping the language must not wipe other attributes");
        assertEquals(username + "@demo.invalid", french.email());
        assertEquals("fr", directory.importersOf("ARC-NPA").stream().filter(user -> user.username().equals(username))
                .findFirst().orElseThrow().locale(), "read from the agency's listing too, without a call per user");
        directory.rememberLanguage(username, "ar");
        assertEquals("ar", directory.user(username).orElseThrow().locale());
        assertThrows(IllegalArgumentException.class, () -> directory.rememberLanguage(username, "fr\"} "));
        directory.disable(username);
        assertEquals("ar", directory.user(username).orElseThrow().locale(), "disabling keeps the language");
    }

    @Test
    void refusesRolesThatAreNotThePortals() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> directory.grantRole("reviewer.one", "realm-admin"));
        assertTrue(refused.getMessage().contains("realm-admin"));
        assertThrows(IllegalArgumentException.class, () -> directory.removeRole("reviewer.one", "default-roles-euc"));
        assertThrows(IllegalArgumentException.class, () -> directory.createUser(new NewUser("it.never." + UUID.randomUUID(),
                null, "N", "N", null, List.of("manage-users"), null)));
        assertEquals(List.of("reviewer"), directory.user("reviewer.one").orElseThrow().roles());
    }

    @Test
    void saysWhenKeycloakRefusesTheAdminClient() {
        KeycloakDirectory wrongSecret = new KeycloakDirectory(TestStack.realmUrl(), "euc-admin-api", "not-the-secret");

        DirectoryUnavailableException refused = assertThrows(DirectoryUnavailableException.class,
                () -> wrongSecret.user("reviewer.one"));
        assertTrue(refused.getMessage().contains("EUC_KEYCLOAK_ADMIN_CLIENT_SECRET"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-secret"), "never echo the secret");
    }

    @Test
    void saysWhenKeycloakIsDown() {
        KeycloakDirectory nowhere = new KeycloakDirectory("http://127.0.0.1:9/realms/euc", "euc-admin-api", DEMO_SECRET);

        DirectoryUnavailableException down = assertThrows(DirectoryUnavailableException.class, () -> nowhere.count(""));
        assertTrue(down.getMessage().contains("not reachable"), down.getMessage());
    }
}

package org.euc.portal.admin.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes the admin console accepts for codes, usernames and e-mail addresses. */
class AdministrationRulesTest {

    @Test
    void agencyCodesAreUpperCaseGroupsJoinedByHyphens() {
        for (String code : List.of("ARC-NPA", "BOR-CTU", "XA-POL-2", "IT-6FVN")) {
            assertTrue(AgencyAdministration.CODE.matcher(code).matches(), code);
        }
        for (String code : List.of("arc-npa", "ARC NPA", "A", "ARC--NPA", "-ARC", "ARC-", "A-B-C-D", "ARC/NPA", "ARC-NPA\n")) {
            assertFalse(AgencyAdministration.CODE.matcher(code).matches(), code);
        }
    }

    @Test
    void usernamesAreLowerCaseWithoutSpacesAndStartWithALetterOrDigit() {
        for (String name : List.of("importer.arcadia", "a.b", "it_importer-7")) {
            assertTrue(UserAdministration.USERNAME.matcher(name).matches(), name);
        }
        for (String name : List.of("ab", "Importer", ".hidden", "has space", "x".repeat(51), "é.martin")) {
            assertFalse(UserAdministration.USERNAME.matcher(name).matches(), name);
        }
    }

    @Test
    void anEmailAddressHasOneAtSignAndADomainWithADot() {
        assertTrue(UserAdministration.EMAIL.matcher("ines@npa.arcadia.example").matches());
        for (String email : List.of("ines", "ines@localhost", "a@@b.org", "a b@c.org", "@c.org")) {
            assertFalse(UserAdministration.EMAIL.matcher(email).matches(), email);
        }
    }
}

package org.euc.portal.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.KeycloakUsers;
import org.junit.jupiter.api.Test;

/** Keycloak's brute-force detection in the demo realm: guessing a password locks the account for a while. */
@IntegrationTest
class LoginProtectionIT {

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() {
        // a user of its own: a locked demo user would fail the tests after this one
        String user = KeycloakUsers.ensure("it.guessed." + Long.toString(System.nanoTime(), 36), "reviewer");
        assertFalse(KeycloakTokens.accessToken(user, DemoUser.PASSWORD).isBlank(), "the right password works at first");

        for (int guess = 0; guess < 10; guess++) {
            String wrong = "guess-" + guess;
            assertThrows(IllegalStateException.class, () -> KeycloakTokens.accessToken(user, wrong));
        }

        assertThrows(IllegalStateException.class, () -> KeycloakTokens.accessToken(user, DemoUser.PASSWORD),
                "locked: even the right password is refused");
        assertFalse(KeycloakTokens.accessToken(DemoUser.REVIEWER_ONE.username(), DemoUser.PASSWORD).isBlank(),
                "other accounts are not affected");
    }
}

package org.euc.portal.directory.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.euc.portal.common.i18n.LanguageChosen;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;

/**
 * Keeps the language a user picks in the header as their Keycloak {@code locale}, so that their
 * e-mails and their next sessions use it. Only ever the caller's own: the username comes from the
 * caller, never from the request.
 */
@ApplicationScoped
@RolesAllowed({Roles.IMPORTER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.ADMIN})
public class PreferredLanguage {

    private static final Logger LOG = Logger.getLogger(PreferredLanguage.class.getName());

    @Inject
    KeycloakDirectory directory;

    @Inject
    Caller caller;

    /** Best effort: the page has switched language already, Keycloak being down must not fail it. */
    void rememberLanguage(@Observes LanguageChosen chosen) {
        String username = caller.name();
        try {
            directory.rememberLanguage(username, chosen.language());
        } catch (DirectoryUnavailableException | NoSuchRecordException | IllegalArgumentException e) {
            LOG.warning(() -> "The language " + chosen.language() + " of " + username + " was not kept: " + e.getMessage());
        }
    }
}

package org.euc.portal.common.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.common.web.PortalArea;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.service.ReferenceData;

/**
 * The signed-in user as the shared layout shows them: name, role, agency and which areas the
 * menu offers. Only reflects what the server enforces (web.xml constraints and service roles).
 */
@Named
@RequestScoped
public class PortalUser {

    private static final Logger LOG = Logger.getLogger(PortalUser.class.getName());

    @Inject
    Caller caller;

    @Inject
    ReferenceData referenceData;

    private Optional<Agency> agency = Optional.empty();

    @PostConstruct
    void loadAgency() {
        try {
            agency = caller.agencyCode().flatMap(referenceData::agencyByCode);
        } catch (RuntimeException e) {
            // the header is decoration: without the database every page, the error page above all, still renders
            LOG.fine(() -> "Header without the agency's name: " + e);
        }
    }

    public boolean isSignedIn() {
        return caller.isAuthenticated();
    }

    public String getName() {
        return caller.name();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    /** Message key of the user's main role, e.g. {@code role.senior-reviewer}. */
    public String getRoleKey() {
        return caller.roles().stream().findFirst().map(role -> "role." + role).orElse("role.none");
    }

    public String getAgencyCode() {
        return caller.agencyCode().orElse(null);
    }

    public String getAgencyName() {
        return agency.map(Agency::getName).orElse(null);
    }

    public boolean isImporter() {
        return PortalArea.IMPORTER.admits(caller);
    }

    public boolean isReviewer() {
        return PortalArea.REVIEW.admits(caller);
    }

    public boolean isSeniorReviewer() {
        return caller.hasRole(Roles.SENIOR_REVIEWER);
    }

    public boolean isAuditor() {
        return PortalArea.AUDIT.admits(caller);
    }

    public boolean isAdmin() {
        return PortalArea.ADMIN.admits(caller);
    }

    /** Where "home" is for this user; the root redirects there too. */
    public String getHome() {
        return PortalArea.homeOf(caller).map(PortalArea::home).orElse("/");
    }
}

package org.euc.portal.common.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.common.web.PortalArea;

/**
 * The signed-in user as the shared layout shows them: name, role, agency code and which areas the
 * menu offers (the agency's name comes from the reference feature's {@code callerAgency}). Only
 * reflects what the server enforces (web.xml constraints and service roles).
 */
@Named
@RequestScoped
public class PortalUser {

    @Inject
    Caller caller;

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

package org.euc.portal.common.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;

/** The four areas of the portal, each with its home page and the roles that may enter it (see web.xml). */
public enum PortalArea {
    IMPORTER("/importer/", Roles.IMPORTER),
    REVIEW("/review/", Roles.REVIEWER, Roles.SENIOR_REVIEWER),
    AUDIT("/audit/", Roles.AUDITOR),
    ADMIN("/admin/", Roles.ADMIN);

    private final String home;
    private final List<String> roles;

    PortalArea(String home, String... roles) {
        this.home = home;
        this.roles = List.of(roles);
    }

    public String home() {
        return home;
    }

    public boolean admits(Caller caller) {
        return roles.stream().anyMatch(caller::hasRole);
    }

    /** The area a user lands in after login: the first one their roles admit. */
    public static Optional<PortalArea> homeOf(Caller caller) {
        return Arrays.stream(values()).filter(area -> area.admits(caller)).findFirst();
    }
}

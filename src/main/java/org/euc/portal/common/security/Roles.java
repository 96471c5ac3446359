package org.euc.portal.common.security;

import java.util.List;

/** The portal's Keycloak realm roles, as constants usable in {@code @RolesAllowed}. */
public final class Roles {

    public static final String IMPORTER = "importer";
    public static final String REVIEWER = "reviewer";
    public static final String SENIOR_REVIEWER = "senior-reviewer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** In the order used to pick a user's home area and the role shown in the header. */
    public static final List<String> ALL = List.of(IMPORTER, REVIEWER, SENIOR_REVIEWER, AUDITOR, ADMIN);

    /** The ministry's deciding and overseeing roles, which no administrator may hold as well. */
    public static final List<String> MINISTRY = List.of(REVIEWER, SENIOR_REVIEWER, AUDITOR);

    private Roles() {
    }
}

package org.euc.portal.directory.domain;

import java.util.List;

/**
 * A portal user as Keycloak knows them.
 *
 * @param agencyCode the user's {@code agency} attribute (importers only), or null
 * @param roles      the portal's realm roles the user holds directly (importer, reviewer,
 *                   senior-reviewer, auditor, admin), never Keycloak's own default roles
 * @param locale     the language the user chose (their {@code locale} attribute, a language tag such
 *                   as {@code fr}), or null when they never chose one
 */
public record DirectoryUser(String id, String username, String email, String firstName, String lastName,
        boolean enabled, String agencyCode, List<String> roles, String locale) {

    public DirectoryUser {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

package org.euc.portal.directory.domain;

import java.util.List;

/**
 * What the admin console asks Keycloak to create.
 *
 * @param agencyCode        the agency an importer acts for, or null for ministry staff
 * @param roles             portal realm roles to assign
 * @param temporaryPassword a first password the user must change at first login, or null
 */
public record NewUser(String username, String email, String firstName, String lastName, String agencyCode,
        List<String> roles, String temporaryPassword) {

    public NewUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Never prints the temporary password. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", email=" + email + ", agencyCode=" + agencyCode + ", roles=" + roles + "]";
    }
}

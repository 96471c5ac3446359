package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.EndedSessions;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;
import org.euc.portal.directory.service.KeycloakDirectory;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;
import org.euc.portal.reference.domain.Agency;

/**
 * The portal's users, kept in Keycloak through its Admin REST API and audited here. The rules
 * the portal relies on are enforced before Keycloak is asked: an importer acts for exactly one
 * active agency and holds no ministry role (nobody reviews their own agency's certificates);
 * nobody is an administrator and a reviewer, senior reviewer or auditor at once (whoever keeps the
 * users cannot also decide or oversee); nobody changes their own roles or credentials here; and
 * every grant of a ministry role is told to the administrators.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Transactional
public class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    public static final int TEMPORARY_PASSWORD_MIN_LENGTH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakDirectory directory;

    @Inject
    EndedSessions endedSessions;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    public List<DirectoryUser> page(String search, int first, int pageSize) {
        return directory.page(search, first, pageSize);
    }

    public long count(String search) {
        return directory.count(search);
    }

    public DirectoryUser user(String username) {
        return directory.user(username).orElseThrow(() -> new NoSuchRecordException("User", username));
    }

    public void create(NewUser user) {
        String username = user.username() == null ? "" : user.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("rule.user.username");
        }
        if (user.email() == null || !EMAIL.matcher(user.email().strip()).matches() || user.email().length() > 254) {
            throw new RuleViolationException("rule.user.email");
        }
        if (user.roles().isEmpty() || !Roles.ALL.containsAll(user.roles())) {
            throw new RuleViolationException("rule.user.roles");
        }
        requireAllowedRoles(user.roles(), user.agencyCode());
        if (user.temporaryPassword() != null && user.temporaryPassword().length() < TEMPORARY_PASSWORD_MIN_LENGTH) {
            throw new RuleViolationException("rule.user.password", TEMPORARY_PASSWORD_MIN_LENGTH);
        }
        NewUser clean = new NewUser(username, user.email().strip(), strip(user.firstName()), strip(user.lastName()),
                blankToNull(user.agencyCode()), user.roles(), user.temporaryPassword());
        try {
            directory.createUser(clean);
        } catch (KeycloakDirectory.UserAlreadyExistsException e) {
            throw new RuleViolationException("rule.user.exists", username, clean.email());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("rule.user.refusedByDirectory", e.getMessage());
        }
        auditLog.record(AuditAction.USER_CREATED, "USER", username, "roles " + clean.roles()
                + (clean.agencyCode() == null ? "" : ", agency " + clean.agencyCode())
                + (clean.temporaryPassword() == null ? "" : ", temporary password set"));
        clean.roles().forEach(role -> tellAdministratorsOfGrant(username, role));
    }

    public void grantRole(String username, String role) {
        requireSomeoneElse(username);
        DirectoryUser user = user(username);
        if (user.hasRole(role)) {
            return;
        }
        List<String> roles = new ArrayList<>(user.roles());
        roles.add(role);
        requireAllowedRoles(roles, user.agencyCode());
        directory.grantRole(username, role);
        auditLog.record(AuditAction.USER_ROLE_GRANTED, "USER", username, role);
        tellAdministratorsOfGrant(username, role);
    }

    public void removeRole(String username, String role) {
        requireSomeoneElse(username);
        DirectoryUser user = user(username);
        if (!user.hasRole(role)) {
            return;
        }
        directory.removeRole(username, role);
        auditLog.record(AuditAction.USER_ROLE_REMOVED, "USER", username, role);
    }

    /** Disables the user in Keycloak, ends their Keycloak sessions and their portal sessions on every node: out at once. */
    public void disable(String username) {
        requireSomeoneElse(username);
        user(username);
        directory.disable(username);
        endedSessions.end(username);
        auditLog.record(AuditAction.USER_DISABLED, "USER", username, "portal sessions ended on every node");
    }

    public void enable(String username) {
        requireSomeoneElse(username);
        user(username);
        directory.enable(username);
        auditLog.record(AuditAction.USER_ENABLED, "USER", username, null);
    }

    /** A password the user must change at their next login; never written to the log. */
    public void setTemporaryPassword(String username, String password) {
        requireSomeoneElse(username);
        user(username);
        if (password == null || password.length() < TEMPORARY_PASSWORD_MIN_LENGTH) {
            throw new RuleViolationException("rule.user.password", TEMPORARY_PASSWORD_MIN_LENGTH);
        }
        directory.setTemporaryPassword(username, password);
        auditLog.record(AuditAction.USER_PASSWORD_RESET, "USER", username, "temporary password set");
    }

    public void sendPasswordResetEmail(String username) {
        requireSomeoneElse(username);
        DirectoryUser user = user(username);
        if (user.email() == null) {
            throw new RuleViolationException("rule.user.noEmail", username);
        }
        if (!user.enabled()) {
            throw new RuleViolationException("rule.user.disabled", username);
        }
        directory.sendPasswordResetEmail(username);
        auditLog.record(AuditAction.USER_PASSWORD_RESET, "USER", username, "password e-mail sent to " + user.email());
    }

    /** Nobody changes their own roles, credentials or standing through the portal: a second administrator does. */
    private void requireSomeoneElse(String username) {
        if (username != null && username.strip().equalsIgnoreCase(caller.name())) {
            throw new RuleViolationException("rule.user.notYourself");
        }
    }

    /**
     * Importers act for one active agency and hold no other role; ministry staff belong to no
     * agency; administrators hold no ministry role.
     */
    private void requireAllowedRoles(List<String> roles, String agencyCode) {
        boolean importer = roles.contains(Roles.IMPORTER);
        if (importer && roles.size() > 1) {
            throw new RuleViolationException("rule.user.importerOnly");
        }
        if (roles.contains(Roles.ADMIN) && roles.stream().anyMatch(Roles.MINISTRY::contains)) {
            throw new RuleViolationException("rule.user.adminSeparated");
        }
        if (!importer && blankToNull(agencyCode) != null) {
            throw new RuleViolationException("rule.user.agencyOnlyForImporters");
        }
        if (importer) {
            Agency agency = blankToNull(agencyCode) == null ? null : em.createQuery(
                    "SELECT a FROM Agency a WHERE a.code = :code", Agency.class).setParameter("code", agencyCode.strip())
                    .getResultStream().findFirst().orElse(null);
            if (agency == null) {
                throw new RuleViolationException("rule.user.agencyRequired");
            }
            if (!agency.isActive()) {
                throw new RuleViolationException("rule.agency.inactive", agency.getName());
            }
        }
    }

    /** A ministry role carries decisions or oversight: every administrator hears of each grant. */
    private void tellAdministratorsOfGrant(String username, String role) {
        if (Roles.MINISTRY.contains(role)) {
            notifications.toRole(Roles.ADMIN, NotificationKind.MINISTRY_ROLE_GRANTED, null, username,
                    Phrase.of("role." + role), caller.name());
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

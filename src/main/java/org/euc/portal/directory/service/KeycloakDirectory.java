package org.euc.portal.directory.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.config.RequiredSecrets;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The portal's users as Keycloak keeps them, read and changed through Keycloak's own admin client
 * ({@code keycloak-admin-client}, on the server's RESTEasy) with the service account of client
 * {@code euc-admin-api}; the client obtains and renews the service account's token itself.
 *
 * <p><strong>No authorization happens here:</strong> the service account may manage every user of
 * the realm, so only the portal's services that call this class (with {@code @RolesAllowed}) decide
 * who may do what. Never expose it to pages or JAX-RS resources directly.
 *
 * <p>Only the portal's five realm roles ({@link Roles#ALL}) are read, granted or removed; roles are
 * the ones assigned directly to a user (the realm assigns no roles through groups). Keycloak being
 * down or failing a request raises {@link DirectoryUnavailableException}; an unknown user raises
 * {@link NoSuchRecordException}.
 *
 * <p>Settings: the realm comes from {@code EUC_OIDC_PROVIDER_URL};
 * {@code EUC_KEYCLOAK_ADMIN_CLIENT_ID} (default {@code euc-admin-api}) and
 * {@code EUC_KEYCLOAK_ADMIN_CLIENT_SECRET}.
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());

    private static final String AGENCY_ATTRIBUTE = "agency";
    /** Keycloak's own attribute for a user's language: its login pages and the tokens' {@code locale} claim use it too. */
    private static final String LOCALE_ATTRIBUTE = "locale";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int PAGE_SIZE = 100;
    /** Up to this many users, their roles are read one by one; beyond it, from each role's member list. */
    private static final int PER_USER_ROLE_LOOKUPS = 20;
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    private static final long READ_TIMEOUT_SECONDS = 15;
    private static final int CONNECTIONS = 10;
    private static final Duration ROLE_MEMBERS_KEPT = Duration.ofMinutes(1);

    private final String keycloakUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    private volatile Keycloak keycloak;
    private final Map<String, RoleMembers> roleMembers = new ConcurrentHashMap<>();

    /** For CDI: the realm from the portal's OIDC setting, the client from the environment. */
    public KeycloakDirectory() {
        this(new PortalSettings().oidcProviderUrl(),
                PortalSettings.value("euc.keycloak-admin-client-id").orElse("euc-admin-api"),
                PortalSettings.secret("euc.keycloak-admin-client-secret", RequiredSecrets.DEMO_ADMIN_CLIENT_SECRET));
    }

    /**
     * @param realmUrl     the realm's issuer address, e.g. {@code http://localhost:8180/realms/euc}
     * @param clientId     a confidential client with a service account holding realm-management's
     *                     manage-users, view-users, query-users and view-realm
     * @param clientSecret its secret
     */
    public KeycloakDirectory(String realmUrl, String clientId, String clientSecret) {
        String issuer = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("The OIDC provider URL " + issuer + " does not name a Keycloak realm (…/realms/NAME).");
        }
        this.keycloakUrl = issuer.substring(0, realms);
        this.realm = issuer.substring(realms + "/realms/".length());
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    // ---------------------------------------------------------------- reading

    /** Every user holding the portal realm role (directly), however many there are. */
    public List<DirectoryUser> usersWithRole(String realmRole) {
        requirePortalRole(realmRole);
        return withRoles(allPages((first, max) -> realm().roles().get(realmRole).getUserMembers(false, first, max),
                "list the users with role " + realmRole));
    }

    /**
     * The usernames of the enabled users holding a portal realm role (directly), sorted: who may be
     * given a case. Read with one call per page of members (no per-user lookups) and kept for
     * {@link #ROLE_MEMBERS_KEPT}, because the case page asks on every view; a change made through
     * the portal (roles, enabling, new users) drops the kept lists at once, a change made in
     * Keycloak's own console shows after that time at most.
     */
    public List<String> usernamesWithRole(String realmRole) {
        requirePortalRole(realmRole);
        Instant now = Instant.now();
        RoleMembers kept = roleMembers.get(realmRole);
        if (kept != null && now.isBefore(kept.readAt().plus(ROLE_MEMBERS_KEPT))) {
            return kept.usernames();
        }
        List<String> usernames = allPages((first, max) -> realm().roles().get(realmRole).getUserMembers(true, first, max),
                "list the users with role " + realmRole).stream()
                .filter(user -> !Boolean.FALSE.equals(user.isEnabled()))
                .map(UserRepresentation::getUsername).sorted().toList();
        roleMembers.put(realmRole, new RoleMembers(usernames, now));
        return usernames;
    }

    /** A role's members as last read from Keycloak. */
    private record RoleMembers(List<String> usernames, Instant readAt) {
    }

    /** The importers acting for an agency: users with role importer whose attribute agency is the code. */
    public List<DirectoryUser> importersOf(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An agency code has no spaces, e.g. ARC-NPA.");
        }
        // Keycloak's attribute search compares values ignoring case; the agency code is exact.
        List<UserRepresentation> agencyMembers = allPages((first, max) -> realm().users()
                        .searchByAttributes(first, max, null, false, AGENCY_ATTRIBUTE + ":" + agencyCode),
                "list the users of agency " + agencyCode).stream()
                .filter(user -> agencyCode.equals(agencyOf(user)))
                .toList();
        return withRoles(agencyMembers).stream().filter(user -> user.hasRole(Roles.IMPORTER)).toList();
    }

    /** The user with exactly this username (Keycloak keeps usernames in lower case). */
    public Optional<DirectoryUser> user(String username) {
        return find(username).map(this::directoryUser);
    }

    /**
     * One page of the user list, ordered by username; service accounts are not listed.
     *
     * @param search part of a username, e-mail address, first or last name; blank for everyone
     */
    public List<DirectoryUser> page(String search, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one user.");
        }
        return withRoles(call(() -> realm().users().search(searchTerm(search), first, max, false), "list the users"));
    }

    /** How many users {@link #page} can list for the search. */
    public long count(String search) {
        return call(() -> realm().users().count(searchTerm(search)), "count the users");
    }

    // ---------------------------------------------------------------- changing

    /**
     * Creates an enabled user with the agency attribute (when given), the realm roles and, when
     * given, a temporary password (Keycloak then requires a new password at first login).
     * All or nothing: if a step after the creation fails, the new user is deleted again.
     *
     * @return the new user's Keycloak id
     * @throws UserAlreadyExistsException when the username or e-mail address is taken
     * @throws IllegalArgumentException   when a role is not a portal role or Keycloak refuses a value
     */
    public String createUser(NewUser user) {
        user.roles().forEach(KeycloakDirectory::requirePortalRole);
        if (user.username() == null || user.username().isBlank()) {
            throw new IllegalArgumentException("A new user needs a username.");
        }
        if (user.temporaryPassword() != null && user.temporaryPassword().isEmpty()) {
            throw new IllegalArgumentException("A temporary password must not be empty.");
        }
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEnabled(true);
        representation.setEmail(trimmedOrNull(user.email()));
        representation.setFirstName(trimmedOrNull(user.firstName()));
        representation.setLastName(trimmedOrNull(user.lastName()));
        if (user.agencyCode() != null && !user.agencyCode().isBlank()) {
            // kept only because the realm's user profile declares "agency"; undeclared attributes are dropped silently
            representation.setAttributes(Map.of(AGENCY_ATTRIBUTE, List.of(user.agencyCode())));
        }
        String id;
        try (Response created = call(() -> realm().users().create(representation), "create a user")) {
            if (created.getStatus() == 409) {
                throw errorMessage(created).contains("email")
                        ? new UserAlreadyExistsException("A user with the e-mail address " + user.email() + " already exists.")
                        : new UserAlreadyExistsException("A user named " + user.username() + " already exists.");
            }
            if (created.getStatus() == 400) {
                throw new IllegalArgumentException("Keycloak refused the new user: " + errorMessage(created));
            }
            id = call(() -> CreatedResponseUtil.getCreatedId(created), "create a user");
        }
        try {
            if (!user.roles().isEmpty()) {
                changeRoles(id, user.roles(), true);
            }
            if (user.temporaryPassword() != null) {
                resetPassword(id, user.temporaryPassword());
            }
        } catch (RuntimeException e) {
            deleteHalfCreated(id, user.username());
            throw e;
        }
        LOG.info(() -> "Created Keycloak user " + user.username() + " with roles " + user.roles());
        return id;
    }

    public void grantRole(String username, String role) {
        requirePortalRole(role);
        changeRoles(idOf(username), List.of(role), true);
    }

    public void removeRole(String username, String role) {
        requirePortalRole(role);
        changeRoles(idOf(username), List.of(role), false);
    }

    /** Disables the user and ends all their sessions, so they are out at once, not when their tokens expire. */
    public void disable(String username) {
        String id = idOf(username);
        setEnabled(id, false);
        call(() -> {
            userResource(id).logout();
            return null;
        }, "end the user's sessions");
    }

    public void enable(String username) {
        setEnabled(idOf(username), true);
    }

    /** A password the user must replace at their next login. */
    public void setTemporaryPassword(String username, String password) {
        resetPassword(idOf(username), password);
    }

    /** Keycloak e-mails the user a link to choose a new password (needs SMTP in the realm's settings). */
    public void sendPasswordResetEmail(String username) {
        UserRepresentation user = find(username).orElseThrow(() -> new NoSuchRecordException("User", username));
        if (user.getEmail() == null) {
            throw new IllegalStateException("User " + username + " has no e-mail address.");
        }
        if (!Boolean.TRUE.equals(user.isEnabled())) {
            throw new IllegalStateException("User " + username + " is disabled; enable the user before sending an e-mail.");
        }
        try {
            call(() -> {
                userResource(user.getId()).executeActionsEmail(List.of("UPDATE_PASSWORD"));
                return null;
            }, "send the password e-mail");
        } catch (DirectoryUnavailableException e) {
            WebApplicationException refused = answerIn(e);
            if (refused != null && refused.getResponse().getStatus() >= 500) {
                // Keycloak answers 500 "Failed to send execute actions email" when the realm has no (working) SMTP
                throw new DirectoryUnavailableException("Keycloak could not send the e-mail: is SMTP configured for the realm?");
            }
            throw e;
        }
    }

    /**
     * Keeps a language as the user's {@code locale} attribute, so their e-mails and next sessions use it.
     *
     * @param language a language tag such as {@code fr}
     */
    public void rememberLanguage(String username, String language) {
        if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalArgumentException("A language is a language tag such as fr, not " + language + ".");
        }
        String id = idOf(username);
        call(() -> {
            UserRepresentation full = userResource(id).toRepresentation();
            Map<String, List<String>> attributes = new HashMap<>(full.getAttributes() == null ? Map.of() : full.getAttributes());
            attributes.put(LOCALE_ATTRIBUTE, List.of(language));
            full.setAttributes(attributes);
            userResource(id).update(full);
            return null;
        }, "remember the user's language");
    }

    // ---------------------------------------------------------------- Keycloak calls

    private Optional<UserRepresentation> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return call(() -> realm().users().search(username, true), "look up user " + username).stream()
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .findFirst();
    }

    private String idOf(String username) {
        return find(username).map(UserRepresentation::getId)
                .orElseThrow(() -> new NoSuchRecordException("User", username));
    }

    /** An update must carry the full representation: partial attributes would wipe the user's other profile attributes. */
    private void setEnabled(String id, boolean enabled) {
        String what = enabled ? "enable the user" : "disable the user";
        call(() -> {
            UserRepresentation full = userResource(id).toRepresentation();
            full.setEnabled(enabled);
            userResource(id).update(full);
            roleMembers.clear(); // only enabled users can be given a case
            return null;
        }, what);
    }

    private void resetPassword(String id, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A temporary password must not be empty.");
        }
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        try {
            userResource(id).resetPassword(credential);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // the password policy's message key, e.g. invalidPasswordMinLengthMessage; never the password
                throw new IllegalArgumentException("Keycloak refused the password: " + errorMessage(e.getResponse()));
            }
            throw unavailable("set the password", e);
        } catch (ProcessingException e) {
            throw unavailable("set the password", e);
        }
    }

    private void changeRoles(String id, List<String> roles, boolean grant) {
        call(() -> {
            // a role mapping names each role by id and name, so the representations are read first
            List<RoleRepresentation> representations = new ArrayList<>();
            for (String role : new LinkedHashSet<>(roles)) {
                representations.add(realm().roles().get(role).toRepresentation());
            }
            if (grant) {
                userResource(id).roles().realmLevel().add(representations);
            } else {
                userResource(id).roles().realmLevel().remove(representations);
            }
            roleMembers.clear();
            return null;
        }, grant ? "grant a role" : "remove a role");
    }

    private void deleteHalfCreated(String id, String username) {
        try (Response ignored = call(() -> realm().users().delete(id), "delete the half-created user")) {
            LOG.info(() -> "Deleted the half-created Keycloak user " + username);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Keycloak user " + username + " was created but could not be completed nor deleted: " + e.getMessage());
        }
    }

    private List<DirectoryUser> withRoles(List<UserRepresentation> users) {
        if (users.size() <= PER_USER_ROLE_LOOKUPS) {
            return users.stream().map(this::directoryUser).toList();
        }
        Map<String, Set<String>> rolesById = new HashMap<>();
        for (String role : Roles.ALL) {
            for (UserRepresentation member : allPages((first, max) -> realm().roles().get(role).getUserMembers(true, first, max),
                    "list the users with role " + role)) {
                rolesById.computeIfAbsent(member.getId(), key -> new HashSet<>()).add(role);
            }
        }
        return users.stream()
                .map(user -> toUser(user, rolesById.getOrDefault(user.getId(), Set.of())))
                .toList();
    }

    private DirectoryUser directoryUser(UserRepresentation user) {
        Set<String> roles = call(() -> userResource(user.getId()).roles().realmLevel().listAll(),
                "read the roles of user " + user.getUsername()).stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toSet());
        return toUser(user, roles);
    }

    /** The representations listed or searched are full ones, attributes included: no further call. */
    static DirectoryUser toUser(UserRepresentation user, Set<String> realmRoles) {
        List<String> portalRoles = Roles.ALL.stream().filter(realmRoles::contains).toList();
        return new DirectoryUser(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()), agencyOf(user), portalRoles,
                trimmedOrNull(attribute(user, LOCALE_ATTRIBUTE)));
    }

    private static String agencyOf(UserRepresentation user) {
        return attribute(user, AGENCY_ATTRIBUTE);
    }

    /** The attribute's first value, or null. */
    private static String attribute(UserRepresentation user, String name) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Follows first/max until a short page: Keycloak answers at most {@code max} users per call. */
    private List<UserRepresentation> allPages(BiFunction<Integer, Integer, List<UserRepresentation>> page, String what) {
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE_SIZE) {
            int from = first;
            List<UserRepresentation> users = call(() -> page.apply(from, PAGE_SIZE), what);
            all.addAll(users);
            if (users.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    /** One Keycloak call; its failures, whatever their kind, become the portal's "directory unavailable". */
    private <T> T call(Supplier<T> request, String what) {
        try {
            return request.get();
        } catch (WebApplicationException | ProcessingException e) {
            throw unavailable(what, e);
        }
    }

    private DirectoryUnavailableException unavailable(String what, RuntimeException e) {
        // the admin client fetches its token in a request filter, so a refused token arrives wrapped
        WebApplicationException refused = answerIn(e);
        if (refused == null) {
            return new DirectoryUnavailableException("Keycloak at " + keycloakUrl + " is not reachable, so the portal could not "
                    + what + ".", e);
        }
        int status = refused.getResponse().getStatus();
        if (status == 401) { // the token endpoint refused the service account, or Keycloak refused its token
            return new DirectoryUnavailableException("Keycloak refused the credentials of admin client " + clientId
                    + ": check EUC_KEYCLOAK_ADMIN_CLIENT_ID and EUC_KEYCLOAK_ADMIN_CLIENT_SECRET.", e);
        }
        String detail = status == 403
                ? " (HTTP 403: the service account of " + clientId + " lacks a realm-management role)"
                : " (HTTP " + status + errorDetail(refused.getResponse()) + ")";
        return new DirectoryUnavailableException("Keycloak could not " + what + detail + ".", e);
    }

    /** Keycloak's answer when it gave one, however deep the client wrapped it; null when it never answered. */
    private static WebApplicationException answerIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException answer) {
                return answer;
            }
        }
        return null;
    }

    private RealmResource realm() {
        return keycloak().realm(realm);
    }

    private UserResource userResource(String id) {
        return realm().users().get(id);
    }

    /** Its connections go with the deployment. */
    @PreDestroy
    void close() {
        Keycloak client = keycloak;
        if (client != null) {
            client.close();
        }
    }

    private Keycloak keycloak() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                client = keycloak;
                if (client == null) {
                    // pooled: pages and services call the directory from many requests at once
                    Client http = ((ResteasyClientBuilder) ClientBuilder.newBuilder())
                            .connectionPoolSize(CONNECTIONS).maxPooledPerRoute(CONNECTIONS)
                            .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                            .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                            .register(new JacksonProvider())
                            .build();
                    client = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(realm)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret)
                            .resteasyClient(http).build();
                    keycloak = client;
                }
            }
        }
        return client;
    }

    // ---------------------------------------------------------------- small helpers

    private static void requirePortalRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Role " + role + " is not a portal role; only " + Roles.ALL + " can be used.");
        }
    }

    /** Keycloak searches by prefix unless told otherwise; a user list expects "contains". */
    private static String searchTerm(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String term = search.trim();
        boolean hasSyntax = term.contains("*") || term.startsWith("\"");
        return hasSyntax ? term : "*" + term + "*";
    }

    private static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Keycloak's own error sentence ({@code errorMessage}, or {@code error_description}/{@code error}). */
    private static String errorMessage(Response response) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.readEntity(Map.class);
            for (String field : List.of("errorMessage", "error_description", "error")) {
                if (body != null && body.get(field) instanceof String message) {
                    return message;
                }
            }
        } catch (RuntimeException e) {
            // not JSON, or already read: fall through
        }
        return "no reason given";
    }

    private static String errorDetail(Response response) {
        String message = errorMessage(response);
        return "no reason given".equals(message) ? "" : ": " + message;
    }

    /** The username or e-mail address of a new user is already taken in the realm. */
    public static class UserAlreadyExistsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UserAlreadyExistsException(String message) {
            super(message);
        }
    }
}

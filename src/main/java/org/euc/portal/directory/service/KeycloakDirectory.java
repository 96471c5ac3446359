package org.euc.portal.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.config.RequiredSecrets;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.domain.NewUser;

/**
 * The portal's users as Keycloak keeps them, read and changed through the Keycloak Admin REST API
 * with the service account of client {@code euc-admin-api} (client-credentials grant).
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
 * <p>Settings (system property or environment): the realm comes from {@code EUC_OIDC_PROVIDER_URL};
 * {@code EUC_KEYCLOAK_ADMIN_CLIENT_ID} (default {@code euc-admin-api}) and
 * {@code EUC_KEYCLOAK_ADMIN_CLIENT_SECRET}.
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());

    private static final String AGENCY_ATTRIBUTE = "agency";
    private static final int PAGE_SIZE = 100;
    /** Up to this many users, their roles are read one by one; beyond it, from each role's member list. */
    private static final int PER_USER_ROLE_LOOKUPS = 20;
    /** A cached token is renewed this long before Keycloak says it expires. */
    private static final Duration TOKEN_RENEWAL_MARGIN = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final String keycloakUrl;
    private final String adminUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;

    private final Object tokenLock = new Object();
    private volatile AccessToken token;
    private volatile HttpClient http;

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
        this.adminUrl = keycloakUrl + "/admin/realms/" + issuer.substring(realms + "/realms/".length());
        this.tokenUrl = issuer + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    // ---------------------------------------------------------------- reading

    /** Every user holding the portal realm role (directly), however many there are. */
    public List<DirectoryUser> usersWithRole(String realmRole) {
        requirePortalRole(realmRole);
        return withRoles(allPages("/roles/" + encode(realmRole) + "/users?briefRepresentation=false",
                "list the users with role " + realmRole));
    }

    /** The importers acting for an agency: users with role importer whose attribute agency is the code. */
    public List<DirectoryUser> importersOf(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An agency code has no spaces, e.g. ARC-NPA.");
        }
        // Keycloak's q search compares attribute values ignoring case; the agency code is exact.
        List<JsonObject> agencyMembers = allPages("/users?briefRepresentation=false&q="
                + encode(AGENCY_ATTRIBUTE + ":" + agencyCode), "list the users of agency " + agencyCode).stream()
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
        JsonArray users = getArray("/users?briefRepresentation=false&first=" + first + "&max=" + max + searchParameter(search),
                "list the users");
        return withRoles(objects(users));
    }

    /** How many users {@link #page} can list for the search. */
    public long count(String search) {
        String query = searchParameter(search);
        String body = send(request("/users/count" + (query.isEmpty() ? "" : "?" + query.substring(1))).GET(),
                "count the users");
        try {
            return Long.parseLong(body.trim());
        } catch (NumberFormatException e) {
            throw new DirectoryUnavailableException("Keycloak answered the user count with something that is not a number.");
        }
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
        JsonObjectBuilder representation = Json.createObjectBuilder()
                .add("username", user.username())
                .add("enabled", true);
        addIfPresent(representation, "email", user.email());
        addIfPresent(representation, "firstName", user.firstName());
        addIfPresent(representation, "lastName", user.lastName());
        if (user.agencyCode() != null && !user.agencyCode().isBlank()) {
            // kept only because the realm's user profile declares "agency"; undeclared attributes are dropped silently
            representation.add("attributes", Json.createObjectBuilder()
                    .add(AGENCY_ATTRIBUTE, Json.createArrayBuilder().add(user.agencyCode())));
        }
        HttpResponse<String> created = exchange(request("/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representation.build().toString())), "create a user");
        if (created.statusCode() == 409) {
            String error = errorMessage(created.body());
            throw error.contains("email")
                    ? new UserAlreadyExistsException("A user with the e-mail address " + user.email() + " already exists.")
                    : new UserAlreadyExistsException("A user named " + user.username() + " already exists.");
        }
        if (created.statusCode() == 400) {
            throw new IllegalArgumentException("Keycloak refused the new user: " + errorMessage(created.body()));
        }
        requireSuccess(created, "create a user");
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new DirectoryUnavailableException("Keycloak created a user but did not say its id."));
        String id = location.substring(location.lastIndexOf('/') + 1);
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
        send(request("/users/" + id + "/logout").POST(HttpRequest.BodyPublishers.noBody()), "end the user's sessions");
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
        JsonObject user = find(username).orElseThrow(() -> new NoSuchRecordException("User", username));
        if (optionalString(user, "email") == null) {
            throw new IllegalStateException("User " + username + " has no e-mail address.");
        }
        if (!user.getBoolean("enabled", false)) {
            throw new IllegalStateException("User " + username + " is disabled; enable the user before sending an e-mail.");
        }
        HttpResponse<String> response = exchange(request("/users/" + user.getString("id") + "/execute-actions-email")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]")), "send the password e-mail");
        if (response.statusCode() >= 500) {
            // Keycloak answers 500 "Failed to send execute actions email" when the realm has no (working) SMTP
            throw new DirectoryUnavailableException("Keycloak could not send the e-mail: is SMTP configured for the realm?");
        }
        requireSuccess(response, "send the password e-mail");
    }

    // ---------------------------------------------------------------- Keycloak calls

    private Optional<JsonObject> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        JsonArray matches = getArray("/users?briefRepresentation=false&exact=true&username=" + encode(username),
                "look up user " + username);
        return objects(matches).stream()
                .filter(user -> username.equalsIgnoreCase(user.getString("username", "")))
                .findFirst();
    }

    private String idOf(String username) {
        return find(username).map(user -> user.getString("id"))
                .orElseThrow(() -> new NoSuchRecordException("User", username));
    }

    /** A PUT must carry the full representation: partial attributes would wipe the user's other profile attributes. */
    private void setEnabled(String id, boolean enabled) {
        JsonObject full = getObject("/users/" + id, "read the user");
        JsonObject changed = Json.createObjectBuilder(full).add("enabled", enabled).build();
        send(request("/users/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString())), enabled ? "enable the user" : "disable the user");
    }

    private void resetPassword(String id, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A temporary password must not be empty.");
        }
        JsonObject credential = Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", true).build();
        HttpResponse<String> response = exchange(request("/users/" + id + "/reset-password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(credential.toString())), "set the password");
        if (response.statusCode() == 400) {
            // the password policy's message key, e.g. invalidPasswordMinLengthMessage; never the password
            throw new IllegalArgumentException("Keycloak refused the password: " + errorMessage(response.body()));
        }
        requireSuccess(response, "set the password");
    }

    private void changeRoles(String id, List<String> roles, boolean grant) {
        // a role mapping names each role by id and name, so the ids are read first
        JsonArrayBuilder representations = Json.createArrayBuilder();
        for (String role : new LinkedHashSet<>(roles)) {
            JsonObject representation = getObject("/roles/" + encode(role), "read realm role " + role);
            representations.add(Json.createObjectBuilder()
                    .add("id", representation.getString("id")).add("name", representation.getString("name")));
        }
        HttpRequest.Builder request = request("/users/" + id + "/role-mappings/realm").header("Content-Type", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(representations.build().toString());
        send(grant ? request.POST(body) : request.method("DELETE", body), grant ? "grant a role" : "remove a role");
    }

    private void deleteHalfCreated(String id, String username) {
        try {
            send(request("/users/" + id).DELETE(), "delete the half-created user");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Keycloak user " + username + " was created but could not be completed nor deleted: " + e.getMessage());
        }
    }

    private List<DirectoryUser> withRoles(List<JsonObject> users) {
        if (users.size() <= PER_USER_ROLE_LOOKUPS) {
            return users.stream().map(this::directoryUser).toList();
        }
        Map<String, Set<String>> rolesById = new HashMap<>();
        for (String role : Roles.ALL) {
            for (JsonObject member : allPages("/roles/" + encode(role) + "/users?briefRepresentation=true",
                    "list the users with role " + role)) {
                rolesById.computeIfAbsent(member.getString("id"), key -> new HashSet<>()).add(role);
            }
        }
        return users.stream()
                .map(user -> toUser(user, rolesById.getOrDefault(user.getString("id"), Set.of())))
                .toList();
    }

    private DirectoryUser directoryUser(JsonObject user) {
        Set<String> roles = objects(getArray("/users/" + user.getString("id") + "/role-mappings/realm",
                "read the roles of user " + user.getString("username", ""))).stream()
                .map(role -> role.getString("name", ""))
                .collect(Collectors.toSet());
        return toUser(user, roles);
    }

    private static DirectoryUser toUser(JsonObject user, Set<String> realmRoles) {
        List<String> portalRoles = Roles.ALL.stream().filter(realmRoles::contains).toList();
        return new DirectoryUser(user.getString("id"), user.getString("username"), optionalString(user, "email"),
                optionalString(user, "firstName"), optionalString(user, "lastName"), user.getBoolean("enabled", false),
                agencyOf(user), portalRoles);
    }

    private static String agencyOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !(attributes.get(AGENCY_ATTRIBUTE) instanceof JsonArray values) || values.isEmpty()) {
            return null;
        }
        return values.get(0) instanceof JsonString value ? value.getString() : null;
    }

    /** Follows first/max until a short page: Keycloak answers at most {@code max} users per call. */
    private List<JsonObject> allPages(String pathAndQuery, String what) {
        List<JsonObject> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE_SIZE) {
            List<JsonObject> page = objects(getArray(pathAndQuery + "&first=" + first + "&max=" + PAGE_SIZE, what));
            all.addAll(page);
            if (page.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    private JsonObject getObject(String path, String what) {
        return read(send(request(path).GET(), what)).asJsonObject();
    }

    private JsonArray getArray(String path, String what) {
        return read(send(request(path).GET(), what)).asJsonArray();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
    }

    /** Sends and requires a 2xx answer, returning its body. */
    private String send(HttpRequest.Builder request, String what) {
        HttpResponse<String> response = exchange(request, what);
        requireSuccess(response, what);
        return response.body();
    }

    /** Sends with the service account's token; a 401 (token revoked, Keycloak restarted) is retried once with a new token. */
    private HttpResponse<String> exchange(HttpRequest.Builder request, String what) {
        HttpResponse<String> response = call(request.copy().header("Authorization", "Bearer " + accessToken()).build(), what);
        if (response.statusCode() == 401) {
            token = null;
            response = call(request.copy().header("Authorization", "Bearer " + accessToken()).build(), what);
        }
        return response;
    }

    private void requireSuccess(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = status == 403
                ? " (HTTP 403: the service account of " + clientId + " lacks a realm-management role)"
                : " (HTTP " + status + errorDetail(response.body()) + ")";
        throw new DirectoryUnavailableException("Keycloak could not " + what + detail + ".");
    }

    private HttpResponse<String> call(HttpRequest request, String what) {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DirectoryUnavailableException("Keycloak at " + keycloakUrl + " is not reachable, so the portal could not "
                    + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("The portal was interrupted while asking Keycloak to " + what + ".", e);
        }
    }

    private String accessToken() {
        AccessToken current = token;
        if (current != null && Instant.now().isBefore(current.renewAfter())) {
            return current.value();
        }
        synchronized (tokenLock) {
            current = token;
            if (current == null || !Instant.now().isBefore(current.renewAfter())) {
                current = requestToken();
                token = current;
            }
            return current.value();
        }
    }

    private AccessToken requestToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = call(request, "sign in its admin client " + clientId);
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new DirectoryUnavailableException("Keycloak refused the credentials of admin client " + clientId
                    + ": check EUC_KEYCLOAK_ADMIN_CLIENT_ID and EUC_KEYCLOAK_ADMIN_CLIENT_SECRET.");
        }
        requireSuccess(response, "sign in its admin client " + clientId);
        JsonObject json = read(response.body()).asJsonObject();
        if (!(json.get("access_token") instanceof JsonString accessToken)) {
            throw new DirectoryUnavailableException("Keycloak answered the admin client's sign-in without an access token.");
        }
        long lifetime = json.getJsonNumber("expires_in") == null ? 60 : json.getJsonNumber("expires_in").longValue();
        Duration margin = lifetime > 2 * TOKEN_RENEWAL_MARGIN.toSeconds() ? TOKEN_RENEWAL_MARGIN : Duration.ofSeconds(lifetime / 2);
        LOG.fine(() -> "Admin token of " + clientId + " obtained, valid for " + lifetime + " s");
        return new AccessToken(accessToken.getString(), Instant.now().plusSeconds(lifetime).minus(margin));
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (tokenLock) {
                client = http;
                if (client == null) {
                    // HTTP/1.1: no cleartext HTTP/2 upgrade attempts against Keycloak's HTTP listener
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    http = client;
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

    private static String searchParameter(String search) {
        if (search == null || search.isBlank()) {
            return "";
        }
        String term = search.trim();
        // Keycloak searches by prefix unless told otherwise; a user list expects "contains"
        boolean hasSyntax = term.contains("*") || term.startsWith("\"");
        return "&search=" + encode(hasSyntax ? term : "*" + term + "*");
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(name, value.trim());
        }
    }

    private static String optionalString(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }

    private static JsonStructure read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (JsonParsingException e) {
            throw new DirectoryUnavailableException("Keycloak answered with something that is not JSON.", e);
        }
    }

    /** Keycloak's own error sentence ({@code errorMessage}, or {@code error_description}/{@code error}). */
    private static String errorMessage(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            for (String field : List.of("errorMessage", "error_description", "error")) {
                if (json.get(field) instanceof JsonString message) {
                    return message.getString();
                }
            }
        } catch (RuntimeException e) {
            // not JSON: fall through
        }
        return "no reason given";
    }

    private static String errorDetail(String body) {
        String message = body == null || body.isBlank() ? "no reason given" : errorMessage(body);
        return "no reason given".equals(message) ? "" : ": " + message;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A bearer token and when to stop using it. */
    private record AccessToken(String value, Instant renewAfter) {

        @Override
        public String toString() {
            return "AccessToken[renewAfter=" + renewAfter + "]";
        }
    }

    /** The username or e-mail address of a new user is already taken in the realm. */
    public static class UserAlreadyExistsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UserAlreadyExistsException(String message) {
            super(message);
        }
    }
}

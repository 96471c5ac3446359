package org.euc.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Users made directly in Keycloak through its Admin REST API, for tests that need someone the
 * portal's own user administration would refuse or cannot make (a second auditor, an importer
 * without an agency), and other calls of its Admin REST API. Uses the demo master-realm
 * administrator, as the local stack does.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Makes the user with the realm role unless an earlier run did; returns the username. */
    public static String ensure(String username, String realmRole) {
        return ensure("euc", username, DemoUser.PASSWORD, realmRole);
    }

    /** Makes the user in the realm with the password and realm role unless an earlier run did. */
    public static String ensure(String realm, String username, String password, String realmRole) {
        String token = masterAdminToken();
        String realmAdmin = keycloakUrl() + "/admin/realms/" + realm;
        send(authorized(token, realmAdmin + "/users").POST(HttpRequest.BodyPublishers.ofString(userJson(username,
                password))).build()); // 201, or 409 when it exists already
        String id = Json.createReader(new StringReader(send(authorized(token, realmAdmin + "/users?exact=true&username="
                + username).GET().build()).body())).readArray().getJsonObject(0).getString("id");
        String role = send(authorized(token, realmAdmin + "/roles/" + realmRole).GET().build()).body();
        send(authorized(token, realmAdmin + "/users/" + id + "/role-mappings/realm")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build());
        return username;
    }

    /** A user as the Admin REST API takes it, with a permanent password. */
    public static String userJson(String username, String password) {
        return Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("email", username + "@example.org")
                .add("emailVerified", true).add("firstName", "Test").add("lastName", username)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)))
                .build().toString();
    }

    /**
     * One call of Keycloak's Admin REST API as the master realm's administrator.
     *
     * @param path below {@code /admin/realms}, such as {@code /euc/users}; empty for the realms themselves
     * @param body JSON, or null for none
     */
    public static HttpResponse<String> admin(String method, String path, String body) {
        return send(authorized(masterAdminToken(), keycloakUrl() + "/admin/realms" + path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The first value of a demo-realm user's attribute, or null. */
    public static String attribute(String username, String name) {
        JsonObject attributes = demoRealmUser(username).getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(name);
        return values == null || values.isEmpty() ? null : values.getString(0);
    }

    /**
     * Sets a demo-realm user's attribute, or removes it when the value is null. The whole user goes
     * back, as Keycloak drops the editable attributes an update leaves out.
     */
    public static void setAttribute(String username, String name, String value) {
        JsonObject user = demoRealmUser(username);
        JsonObjectBuilder attributes = Json.createObjectBuilder(user.containsKey("attributes")
                ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT);
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.add(name, Json.createArrayBuilder().add(value));
        }
        HttpResponse<String> updated = admin("PUT", "/euc/users/" + user.getString("id"),
                Json.createObjectBuilder(user).add("attributes", attributes).build().toString());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused to set " + name + " of " + username + ": "
                    + updated.statusCode() + " " + updated.body());
        }
    }

    private static JsonObject demoRealmUser(String username) {
        String found = admin("GET", "/euc/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                null).body();
        return Json.createReader(new StringReader(found)).readArray().getJsonObject(0);
    }

    /** Keycloak's base URL, without a realm. */
    public static String keycloakUrl() {
        return TestStack.realmUrl().substring(0, TestStack.realmUrl().indexOf("/realms/"));
    }

    private static String masterAdminToken() {
        return Json.createReader(new StringReader(send(HttpRequest.newBuilder(URI.create(keycloakUrl()
                + "/realms/master/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build()).body())).readObject().getString("access_token");
    }

    private static HttpRequest.Builder authorized(String token, String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

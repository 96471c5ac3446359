package org.euc.portal.testsupport;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Users made directly in Keycloak through its Admin REST API, for tests that need someone the
 * portal's own user administration would refuse or cannot make (a second auditor, an importer
 * without an agency). Uses the demo master-realm administrator, as the local stack does. The
 * password is the demo users' one.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Makes the user with the realm role unless an earlier run did; returns the username. */
    public static String ensure(String username, String realmRole) {
        String keycloak = TestStack.realmUrl().substring(0, TestStack.realmUrl().indexOf("/realms/"));
        String realmAdmin = TestStack.realmUrl().replace("/realms/", "/admin/realms/");
        String token = Json.createReader(new StringReader(send(HttpRequest.newBuilder(URI.create(keycloak
                + "/realms/master/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build()).body())).readObject().getString("access_token");
        send(authorized(token, realmAdmin + "/users").POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("email", username + "@example.org")
                .add("emailVerified", true).add("firstName", "Test").add("lastName", username)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", DemoUser.PASSWORD).add("temporary", false)))
                .build().toString())).build()); // 201, or 409 when it exists already
        String id = Json.createReader(new StringReader(send(authorized(token, realmAdmin + "/users?exact=true&username="
                + username).GET().build()).body())).readArray().getJsonObject(0).getString("id");
        String role = send(authorized(token, realmAdmin + "/roles/" + realmRole).GET().build()).body();
        send(authorized(token, realmAdmin + "/users/" + id + "/role-mappings/realm")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build());
        return username;
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

package org.euc.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the portal's JSON API the way a machine client does: with or without a bearer token. */
public final class ApiClient {

    /** HTTP/1.1, as curl and most case systems speak it over plain http (the JDK would upgrade to HTTP/2 cleartext). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String bearerToken;
    /** Where calls go: the portal's address (the balancer, on a cluster), or one node's. */
    private final String baseUrl;

    private ApiClient(String bearerToken) {
        this(bearerToken, null);
    }

    private ApiClient(String bearerToken, String baseUrl) {
        this.bearerToken = bearerToken;
        this.baseUrl = baseUrl;
    }

    public static ApiClient anonymous() {
        return new ApiClient(null);
    }

    public static ApiClient as(DemoUser user) {
        return new ApiClient(KeycloakTokens.accessTokenOf(user));
    }

    public static ApiClient withToken(String bearerToken) {
        return new ApiClient(bearerToken);
    }

    /** The same caller, talking to one node of a cluster directly instead of through the balancer. */
    public ApiClient onNode(int node) {
        return new ApiClient(bearerToken, TestStack.nodeUrl(node));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation than JSON, e.g. text/csv. */
    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        String url = baseUrl == null ? TestStack.url(path) : baseUrl + (path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json");
        return bearerToken == null ? builder : builder.header("Authorization", "Bearer " + bearerToken);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new PortalUnreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * No answer at all (connection refused or reset, the server gone mid-request): most tests fail on it, as on
     * any IllegalStateException; a load that outlives a node's restart catches it to retry.
     */
    public static final class PortalUnreachable extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        PortalUnreachable(IOException cause) {
            super("portal not reachable", cause);
        }
    }

    /** Status and body of an API answer. */
    public record Reply(int status, String body, String cacheControl) {

        public JsonObject json() {
            JsonStructure structure = Json.createReader(new StringReader(body)).read();
            return structure.asJsonObject();
        }

        public jakarta.json.JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }
}

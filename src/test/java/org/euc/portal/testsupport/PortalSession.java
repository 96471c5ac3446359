package org.euc.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signed-in browser session without a browser: logs in through the real Keycloak login form
 * and keeps the cookies, for HTTP-level tests of pages and access rules.
 */
public final class PortalSession {

    private final HttpClient http;
    private final LocalhostCookies cookies;

    private PortalSession(LocalhostCookies cookies) {
        this.cookies = cookies;
        // HTTP/1.1 as browsers speak it over plain http (the JDK client would upgrade to HTTP/2 cleartext)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    /** Logs the user in via the Keycloak form, as a browser would. */
    public static PortalSession login(DemoUser user) {
        return login(user.username(), DemoUser.PASSWORD, null);
    }

    /**
     * Logs in with any credentials. A user with a temporary password is shown Keycloak's "update
     * password" form next: {@code newPassword} is chosen there (null when none is expected).
     */
    public static PortalSession login(String username, String password, String newPassword) {
        PortalSession session = new PortalSession(new LocalhostCookies());
        Page loginPage = session.get("/");
        Element form = loginPage.document().getElementById("kc-form-login");
        if (form == null) {
            throw new IllegalStateException("expected the Keycloak login form, got " + loginPage.uri());
        }
        Page landed = session.postForm(form.absUrl("action"),
                Map.of("username", username, "password", password, "credentialId", ""));
        Element update = landed.document().getElementById("kc-passwd-update-form");
        if (update != null && newPassword != null) {
            landed = session.postForm(update.absUrl("action"), Map.of("password-new", newPassword,
                    "password-confirm", newPassword));
        }
        if (!landed.uri().toString().startsWith(TestStack.portalUrl())) {
            throw new LoginRefused("login of " + username + " did not return to the portal: " + landed.uri()
                    + " " + landed.document().select("#input-error, .kc-feedback-text, .pf-v5-c-alert__title").text());
        }
        return session;
    }

    /** Keycloak kept the user on its pages: wrong password, disabled account, required action... */
    public static final class LoginRefused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        LoginRefused(String message) {
            super(message);
        }
    }

    /** Every Set-Cookie header the portal (not Keycloak) sent this session, as sent: with SameSite and the like. */
    public List<String> portalSetCookieHeaders() {
        return List.copyOf(cookies.fromPortal);
    }

    public Page get(String pathOrUrl) {
        return get(pathOrUrl, "text/html");
    }

    /** A GET with the session's cookies, asking for the given media type. */
    public Page get(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : TestStack.url(pathOrUrl);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** The raw bytes at a path (a PDF download); fails unless the server answers 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(TestStack.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * For load: fetches a page with the session's cookies and drops its body. @return the status,
     * or 401 when the session had ended and the answer came from Keycloak's login page instead
     */
    public int fetch(String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(TestStack.url(path)))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.uri().toString().startsWith(TestStack.portalUrl()) ? response.statusCode() : 401;
        } catch (IOException e) {
            throw new IllegalStateException("portal not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page postForm(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with the session's cookies and any body, as a page on another site could make the browser send. */
    public Page post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(TestStack.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.headers(), Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new IllegalStateException("portal not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page as the server sent it: final status and address after redirects, and the parsed HTML. */
    public record Page(int status, URI uri, HttpHeaders headers, Document document) {

        /** The header's value, or an empty string when the answer had none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String path() {
            return uri.getPath();
        }

        public String text() {
            return document.text();
        }
    }
}

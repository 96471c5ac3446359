package org.euc.portal.common.security;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.KeycloakUsers;
import org.euc.portal.testsupport.ReviewerApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS call the portal offers, read from its own OpenAPI document, made as every kind of
 * caller: the answer is refused (401 anonymous, 403 authenticated, 404 for another agency's data)
 * exactly where {@link #ALLOWED} says, and never a 500. A call missing from the table fails the
 * test, so a new endpoint cannot ship without a decision on who may call it.
 *
 * <p>Calls are made with harmless arguments: agency A's approved certificate with a stale version,
 * records that do not exist, bodies that fail validation. What is allowed therefore answers 2xx,
 * 404, 409 or 422 and changes nothing.
 */
@IntegrationTest
class ApiAuthorizationMatrixIT {

    enum Caller { ANONYMOUS, IMPORTER_A, IMPORTER_B, IMPORTER_WITHOUT_AGENCY, REVIEWER, SENIOR, AUDITOR, ADMIN }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> IMPORTERS = EnumSet.of(Caller.IMPORTER_A, Caller.IMPORTER_B);
    private static final Set<Caller> REVIEWERS = EnumSet.of(Caller.REVIEWER, Caller.SENIOR);
    private static final Set<Caller> OVERSIGHT = EnumSet.of(Caller.AUDITOR, Caller.ADMIN);
    private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);

    /** Who may make each call. An importer of agency B given agency A's certificate must get 404. */
    private static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            entry("GET /api/v1/health", EVERYONE),
            entry("GET /api/v1/certificates/{reference}", EVERYONE), // the public verification
            entry("GET /api/v1/checkpoints/latest", EVERYONE),
            entry("GET /api/v1/checkpoints", OVERSIGHT),
            entry("POST /api/v1/checkpoints", OVERSIGHT),
            entry("GET /api/v1/agency/signatories", IMPORTERS),
            entry("GET /api/v1/agency/offences", IMPORTERS),
            entry("POST /api/v1/agency/certificates", IMPORTERS),
            entry("GET /api/v1/agency/certificates/{reference}", IMPORTERS),
            entry("PUT /api/v1/agency/certificates/{reference}/purposes", IMPORTERS),
            entry("PUT /api/v1/agency/certificates/{reference}/undertakings", IMPORTERS),
            entry("POST /api/v1/agency/certificates/{reference}/document", IMPORTERS),
            // the same documents the ministry reads in the case file
            entry("GET /api/v1/agency/certificates/{reference}/revisions/{revision}/document", EnumSet.of(
                    Caller.IMPORTER_A, Caller.IMPORTER_B, Caller.REVIEWER, Caller.SENIOR, Caller.AUDITOR)),
            entry("PUT /api/v1/agency/certificates/{reference}/signed-document", IMPORTERS),
            entry("POST /api/v1/agency/certificates/{reference}/submission", IMPORTERS),
            entry("POST /api/v1/agency/certificates/{reference}/withdrawal", IMPORTERS),
            entry("PUT /api/v1/agency/certificates/{reference}/details", IMPORTERS),
            entry("POST /api/v1/agency/certificates/{reference}/amendment", IMPORTERS),
            entry("GET /api/v1/certificates/{reference}/authorizations", IMPORTERS),
            entry("POST /api/v1/certificates/{reference}/authorizations", IMPORTERS),
            entry("POST /api/v1/certificates/{reference}/authorizations/csv", IMPORTERS),
            entry("POST /api/v1/certificates/{reference}/authorizations/{position}/corrections", IMPORTERS),
            entry("POST /api/v1/certificates/{reference}/authorizations/{position}/cancellations", IMPORTERS),
            entry("POST /api/v1/certificates/{reference}/authorizations/no-use-attestations", IMPORTERS),
            entry("GET /api/v1/review/cases", REVIEWERS),
            entry("GET /api/v1/review/cases/{reference}", EnumSet.of(Caller.REVIEWER, Caller.SENIOR, Caller.AUDITOR)),
            entry("POST /api/v1/review/cases/{reference}/claim", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/assignment", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/decisions", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/proposals", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/proposals/{proposal}/confirmation", EnumSet.of(Caller.SENIOR)),
            entry("POST /api/v1/review/cases/{reference}/proposals/{proposal}/withdrawal", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/flags/{flag}/resolution", REVIEWERS),
            entry("POST /api/v1/review/cases/{reference}/notes", REVIEWERS),
            entry("GET /api/v1/dashboard", OVERSIGHT),
            entry("POST /api/v1/audit-log/verifications", OVERSIGHT),
            entry("GET /api/v1/audit-log/events", OVERSIGHT),
            entry("POST /api/v1/ledgers/verifications", OVERSIGHT),
            entry("POST /api/v1/ledgers/samples", EnumSet.of(Caller.AUDITOR)),
            entry("GET /api/v1/ledgers/samples/{id}", EnumSet.of(Caller.AUDITOR)),
            entry("POST /api/v1/ledgers/samples/{id}/items/{item}/findings", EnumSet.of(Caller.AUDITOR)),
            entry("POST /api/v1/admin/country-delistings/preview", ADMINS),
            entry("POST /api/v1/admin/country-delistings", ADMINS),
            entry("POST /api/v1/admin/country-approvals", ADMINS),
            entry("GET /api/v1/review/country-reinstatements/{country}", REVIEWERS),
            entry("POST /api/v1/review/country-reinstatements/{country}/proposal", REVIEWERS),
            entry("POST /api/v1/review/country-reinstatements/{country}/confirmation", EnumSet.of(Caller.SENIOR)),
            entry("POST /api/v1/admin/review-jobs", ADMINS),
            entry("POST /api/v1/admin/agencies", ADMINS),
            entry("GET /api/v1/admin/agencies/{code}", ADMINS),
            entry("POST /api/v1/admin/agencies/{code}/deactivation", ADMINS),
            entry("GET /api/v1/admin/agencies/{code}/signatories", ADMINS),
            entry("POST /api/v1/admin/agencies/{code}/signatories", ADMINS),
            entry("POST /api/v1/admin/agencies/{code}/signatories/{fingerprint}/revocation", ADMINS),
            entry("POST /api/v1/admin/offences/{country}", ADMINS),
            entry("POST /api/v1/admin/offences/{country}/versions/{id}/successor", ADMINS),
            entry("GET /api/v1/admin/offences/{country}/{code}/versions", ADMINS),
            entry("POST /api/v1/admin/offences/{country}/csv", ADMINS),
            entry("GET /api/v1/admin/users", ADMINS),
            entry("POST /api/v1/admin/users", ADMINS),
            entry("GET /api/v1/admin/users/{username}", ADMINS),
            entry("POST /api/v1/admin/users/{username}/roles", ADMINS),
            entry("POST /api/v1/admin/users/{username}/roles/{role}/removal", ADMINS),
            entry("POST /api/v1/admin/users/{username}/disabling", ADMINS),
            entry("POST /api/v1/admin/users/{username}/enabling", ADMINS),
            entry("POST /api/v1/admin/users/{username}/password-email", ADMINS),
            entry("POST /api/v1/admin/users/{username}/temporary-password", ADMINS));

    /** Path parameters: agency A's approved certificate, else records that do not exist. */
    private static final Map<String, String> NOT_EXISTING = Map.ofEntries(entry("revision", "1"),
            entry("proposal", "999999"), entry("flag", "999999"), entry("id", "999999"), entry("item", "999999"),
            entry("code", "MATRIX-NONE"), entry("fingerprint", "00"), entry("country", "XA"),
            entry("username", "matrix.nobody"), entry("role", "auditor"), entry("position", "999999"));

    private static final String WITHOUT_AGENCY = "matrix.noagency";

    private static String reference;
    private static final Map<Caller, ApiClient> CLIENTS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void callersAndAnApprovedCertificateOfAgencyA() {
        reference = ReviewerApi.approved(ImporterApi.as(DemoUser.IMPORTER_ARCADIA), DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
        CLIENTS.put(Caller.ANONYMOUS, ApiClient.anonymous());
        CLIENTS.put(Caller.IMPORTER_A, ApiClient.as(DemoUser.IMPORTER_ARCADIA));
        CLIENTS.put(Caller.IMPORTER_B, ApiClient.as(DemoUser.IMPORTER_BOREALIA));
        CLIENTS.put(Caller.IMPORTER_WITHOUT_AGENCY, ApiClient.withToken(KeycloakTokens.accessToken(importerWithoutAgency(),
                DemoUser.PASSWORD)));
        CLIENTS.put(Caller.REVIEWER, ApiClient.as(DemoUser.REVIEWER_TWO));
        CLIENTS.put(Caller.SENIOR, ApiClient.as(DemoUser.SENIOR_TWO));
        CLIENTS.put(Caller.AUDITOR, ApiClient.as(DemoUser.AUDITOR_ONE));
        CLIENTS.put(Caller.ADMIN, ApiClient.as(DemoUser.ADMIN_ONE));
    }

    @Test
    void everyCallAnswersEachCallerAsTheTableSays() {
        List<String> calls = callsInTheOpenApiDocument();
        Set<String> missing = new TreeSet<>(calls);
        missing.removeAll(ALLOWED.keySet());
        assertEquals(Set.of(), missing, "calls without a decision in ALLOWED: add them");
        Set<String> gone = new TreeSet<>(ALLOWED.keySet());
        gone.removeAll(calls);
        assertEquals(Set.of(), gone, "ALLOWED names calls the portal no longer offers");

        List<String> wrong = new ArrayList<>();
        for (String call : calls) {
            for (Caller caller : Caller.values()) {
                Reply reply = send(caller, call);
                int status = reply.status();
                int expected = expectedRefusal(call, caller);
                boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
                if (!ok) {
                    wrong.add(call + " as " + caller + ": " + status + " (expected " + (expected == 0 ? "no refusal" : expected)
                            + ")");
                }
                // what a non-public call answers carries personal data: never kept in a browser's or proxy's cache
                if (status < 300 && !ALLOWED.get(call).contains(Caller.ANONYMOUS) && !reply.cacheControl().contains("no-store")) {
                    wrong.add(call + " as " + caller + ": may be stored by the browser (Cache-Control "
                            + reply.cacheControl() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The companion: every call that takes a body, made by a caller allowed to make it, with an empty,
     * a malformed and an oversized one. Each is refused with a 4xx that says why (an optional body
     * may also be left out), never a 500 or a dropped connection.
     */
    @Test
    void everyCallWithABodyRefusesEmptyMalformedAndOversizedOnes() {
        Map<String, String> calls = callsWithABody();
        assertTrue(calls.size() > 20, "the OpenAPI document describes the bodies: " + calls);
        byte[] oversized = new byte[11 * 1024 * 1024];
        Arrays.fill(oversized, (byte) '7');
        List<String> wrong = new ArrayList<>();
        calls.forEach((call, mediaType) -> {
            Caller caller = ALLOWED.get(call).stream().filter(c -> c != Caller.ANONYMOUS).findFirst().orElseThrow();
            String method = call.substring(0, call.indexOf(' '));
            String path = withArguments(call.substring(call.indexOf(' ') + 1));
            Map<String, byte[]> bodies = Map.of("empty", new byte[0],
                    "malformed", "{\"version\": 1, \"rationale\": \u0000 ,".getBytes(StandardCharsets.UTF_8),
                    "oversized", oversized);
            bodies.forEach((kind, body) -> {
                Reply reply = method.equals("PUT") ? CLIENTS.get(caller).put(path, mediaType, body)
                        : CLIENTS.get(caller).post(path, mediaType, body);
                // the portal's error body, or an import report listing the problems; 413 comes from the server itself
                boolean explained = reply.status() == 413 || reply.body().startsWith("{");
                // a call whose body is optional (@BodyOptional) may succeed without one
                boolean refused = reply.status() >= 400 && reply.status() < 500
                        || kind.equals("empty") && reply.status() < 300;
                if (!refused || !explained) {
                    wrong.add(call + " with a " + kind + " " + mediaType + " body as " + caller + ": " + reply.status()
                            + " " + reply.body().substring(0, Math.min(200, reply.body().length())));
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    /** The OpenAPI document tells clients how to authenticate: a bearer token everywhere but the public calls. */
    @Test
    void theDocumentDeclaresTheBearerTokenForEveryCallButThePublicOnes() {
        JsonObject document = Json.createReader(new StringReader(ApiClient.anonymous().get("/openapi?format=JSON").body()))
                .readObject();
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", scheme.getString("type"));
        assertEquals("bearer", scheme.getString("scheme"));
        assertTrue(document.getJsonArray("security").toString().contains("bearer"), "required unless a call says otherwise");
        List<String> wrong = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            String call = method.toUpperCase(Locale.ROOT) + " " + (path.startsWith("/api/") ? path : "/api/v1" + path);
            if (!ALLOWED.containsKey(call)) {
                return;
            }
            boolean declaredPublic = operation.asJsonObject().containsKey("security")
                    && operation.asJsonObject().getJsonArray("security").stream()
                            .allMatch(requirement -> requirement.asJsonObject().isEmpty());
            if (declaredPublic != ALLOWED.get(call).contains(Caller.ANONYMOUS)) {
                wrong.add(call + (declaredPublic ? " is documented as public" : " is documented as needing a token"));
            }
        }));
        assertEquals(List.of(), wrong);
    }

    /** 0 when the caller may make the call, else the status of the refusal. */
    private static int expectedRefusal(String call, Caller caller) {
        Set<Caller> allowed = ALLOWED.get(call);
        // agency B learns nothing of agency A's certificates, not even that they exist
        boolean agencyAsData = call.contains("{reference}") && !allowed.contains(Caller.ANONYMOUS);
        if (caller == Caller.IMPORTER_B && agencyAsData && allowed.contains(caller)) {
            return 404;
        }
        if (allowed.contains(caller)) {
            return 0;
        }
        return caller == Caller.ANONYMOUS ? 401 : 403;
    }

    private static Reply send(Caller caller, String call) {
        String method = call.substring(0, call.indexOf(' '));
        String path = withArguments(call.substring(call.indexOf(' ') + 1));
        ApiClient client = CLIENTS.get(caller);
        // a decision must be well-formed to reach the service's role check (a malformed one is a 422 for anyone)
        byte[] json = (path.endsWith("/decisions") || path.endsWith("/proposals")
                ? "{\"version\": 0, \"kind\": \"REJECT\", \"reason\": \"OTHER_REJECTION\", \"rationale\": \"matrix\"}"
                : "{\"version\": 0}").getBytes(StandardCharsets.UTF_8);
        return switch (method) {
            case "GET" -> path.endsWith("/document") ? client.get(path, "application/pdf") : client.get(path);
            case "PUT" -> path.endsWith("/signed-document") ? client.put(path, "application/pdf", new byte[0])
                    : client.put(path, "application/json", json);
            case "POST" -> path.endsWith("/csv") ? client.post(path, "text/csv", "not,a,known,header\n".getBytes(
                    StandardCharsets.UTF_8)) : client.post(path, "application/json", json);
            default -> throw new IllegalStateException("no test for " + call);
        };
    }

    /** The path with agency A's certificate and records that do not exist for its parameters. */
    private static String withArguments(String path) {
        String withArguments = path.replace("{reference}", reference);
        for (Map.Entry<String, String> parameter : NOT_EXISTING.entrySet()) {
            withArguments = withArguments.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return withArguments;
    }

    /** Each call whose OpenAPI description has a request body, with the body's (first) media type. */
    private static Map<String, String> callsWithABody() {
        Map<String, String> calls = new TreeMap<>();
        openApiPaths().forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            JsonObject body = operation instanceof JsonObject object ? object.getJsonObject("requestBody") : null;
            if (body != null && body.containsKey("content")) {
                calls.put(method.toUpperCase(Locale.ROOT) + " " + (path.startsWith("/api/") ? path : "/api/v1" + path),
                        body.getJsonObject("content").keySet().iterator().next());
            }
        }));
        return calls;
    }

    private static JsonObject openApiPaths() {
        String document = ApiClient.anonymous().get("/openapi?format=JSON").body();
        return Json.createReader(new StringReader(document)).readObject().getJsonObject("paths");
    }

    private static List<String> callsInTheOpenApiDocument() {
        JsonObject paths = openApiPaths();
        List<String> calls = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> calls.add(method.toUpperCase(Locale.ROOT) + " "
                        + (path.startsWith("/api/") ? path : "/api/v1" + path))));
        assertTrue(calls.size() > 40, "the OpenAPI document lists the API: " + calls);
        return calls;
    }

    /** An importer whose token carries no agency claim: the portal itself refuses to make one. */
    static String importerWithoutAgency() {
        return KeycloakUsers.ensure(WITHOUT_AGENCY, "importer");
    }
}

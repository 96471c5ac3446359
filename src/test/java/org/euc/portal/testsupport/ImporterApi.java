package org.euc.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.euc.portal.signature.TestPki;

/**
 * Drives the importer's JSON API as an agency's case system would, to bring certificates into the
 * state a test needs (a draft ready to sign, a submitted certificate).
 */
public final class ImporterApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DemoUser importer;
    private final String token;

    private ImporterApi(DemoUser importer) {
        this.importer = importer;
        this.token = KeycloakTokens.accessTokenOf(importer);
    }

    public static ImporterApi as(DemoUser importer) {
        return new ImporterApi(importer);
    }

    public ApiClient client() {
        return ApiClient.withToken(token);
    }

    /** A draft with details, a terrorist act, every undertaking and its generated PDF, naming the demo signatory. */
    public ReadyDraft draftReadyToSign() {
        return draftReadyToSign(Signing.demoSignatoryOf(importer.agency()));
    }

    /** As {@link #draftReadyToSign()}, naming another registered signatory of the agency. */
    public ReadyDraft draftReadyToSign(TestPki.Credentials signatoryToName) {
        return draftReadyToSign(signatoryToName, List.of());
    }

    /** As {@link #draftReadyToSign()}, declaring these catalogue offences (by version id) as well. */
    public ReadyDraft draftDeclaring(List<Long> offenceIds) {
        return draftReadyToSign(Signing.demoSignatoryOf(importer.agency()), offenceIds);
    }

    private ReadyDraft draftReadyToSign(TestPki.Credentials signatoryToName, List<Long> offenceIds) {
        ApiClient.Reply created = client().post("/api/v1/agency/certificates", details(signatoryToName).toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        long version = purposesAndUndertakings(reference, created.json().getJsonNumber("version").longValue(), offenceIds);
        return generated(reference, version, 1);
    }

    /** Declares the act this helper always declares, the given offences, and accepts every undertaking. @return the new version */
    private long purposesAndUndertakings(String reference, long version, List<Long> offenceIds) {
        var offences = Json.createArrayBuilder();
        offenceIds.forEach(offences::add);
        long declared = put(reference + "/purposes", Json.createObjectBuilder().add("version", version)
                .add("terroristActs", Json.createArrayBuilder().add("KIDNAPPING_OR_HOSTAGE_TAKING"))
                .add("offenceIds", offences).build());
        return put(reference + "/undertakings", Json.createObjectBuilder().add("version", declared)
                .add("accepted", Json.createArrayBuilder().add("LAWFUL_USE").add("AUTHORIZATION")
                        .add("NON_DISCRIMINATION").add("EXPRESSION_CARVE_OUT").add("CONSEQUENCES"))
                .build());
    }

    /**
     * After the ministry asked for changes: opens the next revision, names another signatory,
     * accepts the undertakings again, has the PDF generated, signed by that signatory and submitted.
     */
    public void resubmitSignedBy(String reference, TestPki.Credentials signatory) {
        ApiClient.Reply amendment = client().post("/api/v1/agency/certificates/" + reference + "/amendment",
                Json.createObjectBuilder().add("version", version(reference)).build().toString());
        assertEquals(200, amendment.status(), amendment.body());
        long version = put(reference + "/details", Json.createObjectBuilder().add("version", version(reference))
                .add("details", details(signatory)).build());
        version = purposesAndUndertakings(reference, version, List.of()); // the signatory commits anew to every undertaking
        ReadyDraft draft = generated(reference, version, amendment.json().getInt("revision"));
        ApiClient.Reply signed = uploadSigned(reference, Signing.sign(draft.generatedPdf(), signatory));
        assertEquals(200, signed.status(), signed.body());
        ApiClient.Reply submitted = submit(reference, signed.json().getJsonNumber("version").longValue());
        assertEquals(200, submitted.status(), submitted.body());
    }

    /** A draft's details as the API takes them, naming the signatory by its id in the agency's list. */
    private JsonObject details(TestPki.Credentials signatoryToName) {
        String fingerprint = SignatoryFixture.fingerprintOf(signatoryToName);
        long signatory = client().get("/api/v1/agency/signatories").jsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(s -> s.getString("fingerprint").equals(fingerprint))
                .findFirst().orElseThrow(() -> new AssertionError("signatory " + fingerprint + " of " + importer.agency()
                        + " not registered"))
                .getJsonNumber("id").longValue();
        return Json.createObjectBuilder()
                .add("exporterCompany", "Test Exporter for " + importer.username())
                .add("exportLicenceReference", "EL-TEST-" + System.nanoTime())
                .add("systemName", "Test System")
                .add("systemCategory", "MOBILE_FORENSICS")
                .add("installations", 1).add("sites", 1)
                .add("validFrom", LocalDate.now().plusDays(1).toString())
                .add("validUntil", LocalDate.now().plusYears(1).toString())
                .add("signatoryId", signatory).build();
    }

    /** Has the revision's PDF generated and fetches it. */
    private ReadyDraft generated(String reference, long version, int revision) {
        ApiClient.Reply generated = client().post("/api/v1/agency/certificates/" + reference + "/document",
                Json.createObjectBuilder().add("version", version).add("language", "en").build().toString());
        assertEquals(200, generated.status(), generated.body());
        return new ReadyDraft(reference, generated.json().getJsonNumber("version").longValue(), document(reference, revision));
    }

    /** A certificate of this importer's agency, signed by its demo signatory and submitted. */
    public String submittedCertificate() {
        return submittedCertificate(Signing.demoSignatoryOf(importer.agency()));
    }

    /** A certificate of this importer's agency, signed by one of its registered signatories and submitted. */
    public String submittedCertificate(TestPki.Credentials signatory) {
        return submitted(draftReadyToSign(signatory), signatory);
    }

    /** Signs a ready draft by the signatory it names and submits it. @return its reference */
    public String submitted(ReadyDraft draft) {
        return submitted(draft, Signing.demoSignatoryOf(importer.agency()));
    }

    private String submitted(ReadyDraft draft, TestPki.Credentials signatory) {
        ApiClient.Reply signed = uploadSigned(draft.reference(), Signing.sign(draft.generatedPdf(), signatory));
        assertEquals(200, signed.status(), signed.body());
        ApiClient.Reply submitted = submit(draft.reference(), signed.json().getJsonNumber("version").longValue());
        assertEquals(200, submitted.status(), submitted.body());
        return draft.reference();
    }

    /** The PDF the portal generated for a revision. */
    public byte[] document(String reference, int revision) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.url(
                        "/api/v1/agency/certificates/" + reference + "/revisions/" + revision + "/document")))
                .header("Authorization", "Bearer " + token).header("Accept", "application/pdf").GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a signed PDF; the reply says VALID or why not. */
    public ApiClient.Reply uploadSigned(String reference, byte[] pdf) {
        return client().put("/api/v1/agency/certificates/" + reference + "/signed-document", "application/pdf", pdf);
    }

    public ApiClient.Reply submit(String reference, long version) {
        return client().post("/api/v1/agency/certificates/" + reference + "/submission",
                Json.createObjectBuilder().add("version", version).build().toString());
    }

    public long version(String reference) {
        return client().get("/api/v1/agency/certificates/" + reference).json().getJsonNumber("version").longValue();
    }

    private long put(String path, JsonObject body) {
        ApiClient.Reply reply = client().put("/api/v1/agency/certificates/" + path, "application/json",
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("version").longValue();
    }

    /** A draft whose PDF is generated and waits for a signature. */
    public record ReadyDraft(String reference, long version, byte[] generatedPdf) {
    }
}

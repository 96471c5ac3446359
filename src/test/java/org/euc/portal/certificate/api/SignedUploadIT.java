package org.euc.portal.certificate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.signature.TestPki;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.ImporterApi.ReadyDraft;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.SignatoryFixture;
import org.euc.portal.testsupport.Signing;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every case of the signed-upload check against the real server and database, with real PAdES
 * files made in the test: one accepted, each refusal with its own outcome and nothing stored.
 */
@IntegrationTest
class SignedUploadIT {

    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final TestPki PKI = new TestPki("Some other CA");

    private static ReadyDraft draft;

    @BeforeAll
    static void aDraftReadyToSign() {
        draft = ARCADIA.draftReadyToSign();
    }

    @Test
    void theNamedSignatorysSignatureOfTheGeneratedPdfIsAcceptedAndStored() throws SQLException {
        ReadyDraft fresh = ARCADIA.draftReadyToSign();
        byte[] signed = Signing.sign(fresh.generatedPdf(), Signing.demoSignatoryOf("ARC-NPA"));

        Reply reply = ARCADIA.uploadSigned(fresh.reference(), signed);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("VALID", reply.json().getString("outcome"));
        assertEquals(HashChain.sha256Hex(signed), reply.json().getString("sha256"));
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement("SELECT r.signature_outcome, d.sha256, "
                        + "g.sha256 AS generated_sha256 FROM certificate_revision r JOIN certificate c ON c.id = r.certificate_id "
                        + "JOIN stored_document d ON d.id = r.signed_document_id "
                        + "JOIN stored_document g ON g.id = r.generated_document_id WHERE c.reference = ?")) {
            query.setString(1, fresh.reference());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("VALID", row.getString("signature_outcome"));
                assertEquals(HashChain.sha256Hex(signed), row.getString("sha256"), "the signed file is stored as uploaded");
                assertEquals(HashChain.sha256Hex(fresh.generatedPdf()), row.getString("generated_sha256"),
                        "the portal stores exactly what it handed out");
            }
        }
        Reply submitted = ARCADIA.submit(fresh.reference(), reply.json().getJsonNumber("version").longValue());
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] signed = Signing.sign(draft.generatedPdf(), Signing.demoSignatoryOf("ARC-NPA"));
        signed[draft.generatedPdf().length / 2] ^= 0x01;

        assertRefused(signed, "SIGNATURE_BROKEN", "The signature is broken");
    }

    @Test
    void aSignedDocumentOtherThanTheGeneratedOneIsRefused() {
        byte[] other = ARCADIA.draftReadyToSign().generatedPdf();

        assertRefused(Signing.sign(other, Signing.demoSignatoryOf("ARC-NPA")), "CONTENT_MISMATCH",
                "not the PDF the portal generated");
    }

    @Test
    void anUnregisteredSignerIsRefused() {
        TestPki.Credentials stranger = PKI.issueCurrentlyValid("Mallory Unregistered");

        assertRefused(Signing.sign(draft.generatedPdf(), stranger), "SIGNER_UNKNOWN", "not registered");
    }

    @Test
    void aSignatoryOfAnotherAgencyIsRefused() {
        assertRefused(Signing.sign(draft.generatedPdf(), Signing.demoSignatoryOf("BOR-CTU")), "SIGNER_OF_ANOTHER_AGENCY",
                "belongs to another agency");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        TestPki.Credentials expired = PKI.issue("Arcadia Expired Signatory", Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(1)));
        SignatoryFixture.register("ARC-NPA", "Arcadia Expired Signatory", expired, null);

        assertRefused(Signing.sign(draft.generatedPdf(), expired), "CERTIFICATE_EXPIRED", "had expired");
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        TestPki.Credentials future = PKI.issue("Arcadia Future Signatory", Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(400)));
        SignatoryFixture.register("ARC-NPA", "Arcadia Future Signatory", future, null);

        assertRefused(Signing.sign(draft.generatedPdf(), future), "CERTIFICATE_NOT_YET_VALID", "not yet valid");
    }

    @Test
    void aRevokedSignatoryIsRefused() {
        TestPki.Credentials revoked = PKI.issueCurrentlyValid("Arcadia Revoked Signatory");
        SignatoryFixture.register("ARC-NPA", "Arcadia Revoked Signatory", revoked, Instant.now().minus(Duration.ofHours(1)));

        assertRefused(Signing.sign(draft.generatedPdf(), revoked), "SIGNATORY_REVOKED", "revoked");
    }

    @Test
    void anotherSignatoryThanTheNamedOneIsRefused() {
        TestPki.Credentials colleague = PKI.issueCurrentlyValid("Arcadia Second Signatory");
        SignatoryFixture.register("ARC-NPA", "Arcadia Second Signatory", colleague, null);

        assertRefused(Signing.sign(draft.generatedPdf(), colleague), "SIGNER_NOT_THE_NAMED_SIGNATORY",
                "names another signatory");
    }

    @Test
    void anUnsignedPdfIsRefused() {
        assertRefused(draft.generatedPdf(), "NO_SIGNATURE", "no digital signature");
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() {
        assertRefused("PK\u0003\u0004 this is a zip, not a PDF".getBytes(), "NOT_A_PDF", "not a PDF");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) ' ');
        byte[] header = blankPdf();
        System.arraycopy(header, 0, eleven, 0, header.length);

        assertRefused(eleven, "TOO_LARGE", "larger than 10 MB");
    }

    /** Refused with this outcome and message, audited, and nothing stored on the revision. */
    private static void assertRefused(byte[] upload, String outcome, String messagePart) {
        long auditedBefore = refusalsAudited(draft.reference(), outcome);

        Reply reply = ARCADIA.uploadSigned(draft.reference(), upload);

        assertEquals(422, reply.status(), reply.body());
        assertEquals(outcome, reply.json().getString("outcome"));
        assertFalse(reply.json().getBoolean("accepted"));
        assertTrue(reply.json().getString("message").contains(messagePart), reply.json().getString("message"));
        assertEquals(auditedBefore + 1, refusalsAudited(draft.reference(), outcome), "the refused upload is audited");
        assertFalse(hasSignedDocument(draft.reference()), "a refused upload stores nothing");
    }

    private static long refusalsAudited(String reference, String outcome) {
        return count("SELECT count(*) FROM audit_event WHERE action = 'CERTIFICATE_SIGNED_DOCUMENT_REFUSED' "
                + "AND subject_id = ? AND details LIKE ?", reference, "%" + outcome + "%");
    }

    private static boolean hasSignedDocument(String reference) {
        return count("SELECT count(*) FROM certificate_revision r JOIN certificate c ON c.id = r.certificate_id "
                + "WHERE c.reference = ? AND r.signed_document_id IS NOT NULL", reference) > 0;
    }

    private static long count(String sql, String... parameters) {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}

package org.euc.portal.signature.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.CONTENT_MISMATCH;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.INFLATES_TOO_FAR;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.MULTIPLE_SIGNATURES;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NOT_A_PDF;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NOT_WHOLE_DOCUMENT;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NO_SIGNATURE;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.SIGNATURE_BROKEN;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.TOO_LARGE;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.UNREADABLE_PDF;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.VALID;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.signature.TestPki;
import org.euc.portal.signature.TestPki.Credentials;
import org.euc.portal.signature.domain.PadesInspection;
import org.euc.portal.signature.domain.SignatureCheckOutcome;
import org.junit.jupiter.api.Test;

class PadesVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final Instant SIGNING_TIME = Instant.parse("2026-03-14T09:26:53Z");

    private static final TestPki PKI = new TestPki();
    private static final Credentials ALICE = PKI.issueCurrentlyValid("Alice Signatory");
    private static final Credentials EXPIRED = PKI.issue("Eve Expired",
            NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)));
    private static final Credentials NOT_YET_VALID = PKI.issue("Nora Notyet",
            NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(400)));

    private static final byte[] ORIGINAL = certificatePdf("END-USE CERTIFICATE", "Reference: EUC-2026-0042",
            "Revision: 1", "Exporter: Demo Systems Ltd.");
    private static final byte[] SIGNED = sign(ORIGINAL, ALICE);

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final PadesVerifier verifier = new PadesVerifier();

    @Test
    void acceptsTheGeneratedPdfSignedOnce() {
        PadesInspection inspection = verifier.inspect(SIGNED, ORIGINAL);

        assertEquals(VALID, inspection.outcome(), inspection.detail());
        assertTrue(inspection.accepted());
        assertEquals(ALICE.certificate(), inspection.signerCertificate());
        assertEquals(SIGNING_TIME, inspection.claimedSigningTime());
        assertEquals(HashChain.sha256Hex(SIGNED), inspection.documentSha256());
    }

    @Test
    void signerAppendsSoTheGeneratedPdfStaysAByteExactPrefix() {
        assertArrayEquals(ORIGINAL, Arrays.copyOf(SIGNED, ORIGINAL.length));
    }

    @Test
    void readsBackTheClaimedSigningTime() {
        Instant claimed = Instant.parse("2025-12-31T23:59:58Z");
        byte[] signed = new PadesSigner().sign(ORIGINAL, ALICE.key(), ALICE.chain(), "Alice", null, claimed);

        assertEquals(claimed, verifier.inspect(signed, ORIGINAL).claimedSigningTime());
    }

    @Test
    void oneChangedByteInsideTheSignedRangeBreaksTheSignature() {
        byte[] tampered = replaceOnce(SIGNED, "Approved by the signatory", "Approved by the signatorx");

        assertOutcome(SIGNATURE_BROKEN, tampered);
    }

    @Test
    void aCorruptedSignatureValueBreaksTheSignature() {
        assertOutcome(SIGNATURE_BROKEN, withLastSignatureDigitChanged(SIGNED));
    }

    @Test
    void aDifferentPdfSignedValidlyIsAContentMismatch() {
        byte[] otherPdf = certificatePdf("END-USE CERTIFICATE", "Reference: EUC-2026-0042",
                "Revision: 2", "Exporter: Demo Systems Ltd.");

        assertOutcome(CONTENT_MISMATCH, sign(otherPdf, ALICE));
    }

    @Test
    void anEditSavedBetweenGenerationAndSigningIsAContentMismatch() {
        byte[] edited = incrementalUpdate(ORIGINAL,
                document -> document.getDocumentInformation().setSubject("edited before signing"));

        PadesInspection inspection = verifier.inspect(sign(edited, ALICE), ORIGINAL);

        assertEquals(CONTENT_MISMATCH, inspection.outcome(), inspection.detail());
        assertEquals(ALICE.certificate(), inspection.signerCertificate(), "the signer is known for the audit trail");
    }

    @Test
    void pageContentChangedInTheSignaturesOwnUpdateIsAContentMismatch() throws IOException {
        byte[] shadowed = signChanging(ORIGINAL, PadesVerifierTest::overwriteFirstPageText);
        assertTrue(textOf(shadowed).contains("Mallory"), "the change must be visible, or the test proves nothing");

        assertOutcome(CONTENT_MISMATCH, shadowed);
    }

    @Test
    void anAnnotationAddedInTheSignaturesOwnUpdateIsAContentMismatch() {
        byte[] annotated = signChanging(ORIGINAL, PadesVerifierTest::addStickyNote);

        assertOutcome(CONTENT_MISMATCH, annotated);
    }

    @Test
    void anUnsignedPdfHasNoSignature() {
        assertOutcome(NO_SIGNATURE, ORIGINAL);
    }

    @Test
    void aSecondSignatureIsRefused() {
        assertOutcome(MULTIPLE_SIGNATURES, sign(SIGNED, ALICE));
    }

    @Test
    void bytesAppendedAfterSigningAreNotCovered() {
        byte[] appended = concat(SIGNED, "\n% appended after signing\n".getBytes(StandardCharsets.US_ASCII));

        assertOutcome(NOT_WHOLE_DOCUMENT, appended);
    }

    @Test
    void anIncrementalUpdateAfterSigningIsNotCovered() {
        byte[] updated = incrementalUpdate(SIGNED,
                document -> document.getDocumentInformation().setSubject("changed after signing"));

        PadesInspection inspection = verifier.inspect(updated, ORIGINAL);

        assertEquals(NOT_WHOLE_DOCUMENT, inspection.outcome(), inspection.detail());
        assertEquals(ALICE.certificate(), inspection.signerCertificate());
    }

    @Test
    void filesThatAreNoPdfAreRecognisedAsSuch() {
        assertOutcome(NOT_A_PDF, PNG);
        assertOutcome(NOT_A_PDF, randomBytes(4096, 1));
        assertOutcome(NOT_A_PDF, new byte[0]);
        assertOutcome(NOT_A_PDF, null);
        assertOutcome(NOT_A_PDF, "%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsUnreadable() {
        assertOutcome(UNREADABLE_PDF, concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), randomBytes(2048, 2)));
    }

    @Test
    void uploadsOverTenMegabytesAreRefusedBeforeParsing() {
        byte[] tooLarge = Arrays.copyOf(SIGNED, PadesVerifier.MAX_UPLOAD_BYTES + 1);
        byte[] atTheLimit = Arrays.copyOf(PNG, PadesVerifier.MAX_UPLOAD_BYTES);

        assertOutcome(TOO_LARGE, tooLarge);
        assertOutcome(NOT_A_PDF, atTheLimit);
    }

    @Test
    void aValidlySignedFileWhoseStreamsInflateToGigabytesIsRefusedUnopened() {
        byte[] bomb = signChanging(ORIGINAL, document -> addCompressedStream(document,
                zlibOfZeros(InflationCheck.MAX_STREAM_BYTES * 4)));
        assertTrue(bomb.length < PadesVerifier.MAX_UPLOAD_BYTES, "small on disk: " + bomb.length);

        assertOutcome(INFLATES_TOO_FAR, bomb);
    }

    @Test
    void certificateValidityIsLeftToTheService() {
        PadesInspection expired = verifier.inspect(sign(ORIGINAL, EXPIRED), ORIGINAL);
        PadesInspection notYetValid = verifier.inspect(sign(ORIGINAL, NOT_YET_VALID), ORIGINAL);

        assertEquals(VALID, expired.outcome(), expired.detail());
        assertEquals(EXPIRED.certificate(), expired.signerCertificate());
        assertEquals(VALID, notYetValid.outcome(), notYetValid.detail());
        assertEquals(NOT_YET_VALID.certificate(), notYetValid.signerCertificate());
    }

    @Test
    void ecKeysSignAndVerify() {
        Credentials ecSigner = PKI.issue("Elliptic Signatory", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), TestPki.KeyType.EC_P256);

        PadesInspection inspection = verifier.inspect(sign(ORIGINAL, ecSigner), ORIGINAL);

        assertEquals(VALID, inspection.outcome(), inspection.detail());
        assertEquals(ecSigner.certificate(), inspection.signerCertificate());
        assertEquals("EC", inspection.signerCertificate().getPublicKey().getAlgorithm());
    }

    @Test
    void cadesWithoutTheSigningCertificateBindingIsBroken() {
        byte[] unbound = signWith(ORIGINAL, plainCmsWithoutEssAttribute(ALICE),
                PDSignature.SUBFILTER_ETSI_CADES_DETACHED, document -> { });

        assertOutcome(SIGNATURE_BROKEN, unbound);
    }

    @Test
    void plainPkcs7DetachedSignaturesAreAccepted() {
        byte[] pkcs7 = signWith(ORIGINAL, plainCmsWithoutEssAttribute(ALICE),
                PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, document -> { });

        assertOutcome(VALID, pkcs7);
    }

    @Test
    void unsupportedSubFiltersAreBroken() {
        byte[] sha1 = signWith(ORIGINAL, new DetachedCadesSignature(ALICE.key(), ALICE.chain()),
                COSName.getPDFName("adbe.pkcs7.sha1"), document -> { });

        assertOutcome(SIGNATURE_BROKEN, sha1);
    }

    @Test
    void noByteSequenceMakesTheVerifierThrow() {
        Random random = new Random(42);
        for (int length : new int[] {1, 5, 100, ORIGINAL.length, SIGNED.length / 2, SIGNED.length - 1}) {
            assertNotEquals(VALID, inspectSafely(Arrays.copyOf(SIGNED, length)), "truncated to " + length);
        }
        for (int i = 0; i < 150; i++) {
            byte[] flipped = SIGNED.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
            inspectSafely(flipped);
        }
        for (int i = 0; i < 50; i++) {
            inspectSafely(concat("%PDF-".getBytes(StandardCharsets.US_ASCII), randomBytes(random.nextInt(5000), i)));
        }
        inspectSafely(("%PDF-1.7\n1 0 obj\n" + "[".repeat(50_000)).getBytes(StandardCharsets.US_ASCII));
        inspectSafely(("%PDF-1.7\n1 0 obj\n" + "<<".repeat(50_000)).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void onlyValidIsAccepted() {
        for (SignatureCheckOutcome outcome : SignatureCheckOutcome.values()) {
            assertEquals(outcome == VALID, outcome.accepted(), outcome.name());
            assertEquals("signature.outcome." + outcome.name(), outcome.messageKey());
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private void assertOutcome(SignatureCheckOutcome expected, byte[] upload) {
        PadesInspection inspection = verifier.inspect(upload, ORIGINAL);
        assertEquals(expected, inspection.outcome(), inspection.detail());
    }

    /** Inspects and fails the test on any exception, which is what the verifier promises never to throw. */
    private SignatureCheckOutcome inspectSafely(byte[] upload) {
        PadesInspection inspection = verifier.inspect(upload, ORIGINAL);
        assertNotNull(inspection.outcome());
        return inspection.outcome();
    }

    private static byte[] certificatePdf(String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            writeText(document, page, PDPageContentStream.AppendMode.OVERWRITE, List.of(lines));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(PDDocument document, PDPage page, PDPageContentStream.AppendMode mode,
            List<String> lines) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page, mode, true)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(60, 780);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static byte[] sign(byte[] pdf, Credentials signer) {
        return new PadesSigner().sign(pdf, signer.key(), signer.chain(),
                signer.certificate().getSubjectX500Principal().getName(), "Approved by the signatory", SIGNING_TIME);
    }

    /** Signs as a malicious signing tool would: changing the document in the signature's own update. */
    private static byte[] signChanging(byte[] pdf, Consumer<PDDocument> change) {
        return signWith(pdf, new DetachedCadesSignature(ALICE.key(), ALICE.chain()),
                PDSignature.SUBFILTER_ETSI_CADES_DETACHED, change);
    }

    private static byte[] signWith(byte[] pdf, SignatureInterface cms, COSName subFilter,
            Consumer<PDDocument> sameUpdateChange) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            sameUpdateChange.accept(document);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(subFilter);
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(16 * 1024);
            document.addSignature(signature, cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What common tools produce for adbe.pkcs7.detached: BouncyCastle's defaults, no ESS attribute. */
    private static SignatureInterface plainCmsWithoutEssAttribute(Credentials signer) {
        return content -> {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(
                        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                                .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.key()),
                                        signer.certificate()));
                generator.addCertificates(new JcaCertStore(List.of(signer.chain())));
                return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }

    private static void overwriteFirstPageText(PDDocument document) {
        try {
            PDPage page = document.getPage(0);
            writeText(document, page, PDPageContentStream.AppendMode.OVERWRITE,
                    List.of("END-USE CERTIFICATE", "Exporter: Mallory Arms Ltd."));
            page.getCOSObject().setNeedToBeUpdated(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addStickyNote(PDDocument document) {
        try {
            PDPage page = document.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Void");
            note.setRectangle(new PDRectangle(60, 600, 20, 20));
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream of already compressed data hung off the catalog, as a hostile signing tool could add. */
    private static void addCompressedStream(PDDocument document, byte[] zlib) {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(zlib);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Payload"), stream);
        document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    }

    private static byte[] zlibOfZeros(long count) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed)) {
            byte[] megabyte = new byte[1024 * 1024];
            for (long left = count; left > 0; left -= megabyte.length) {
                out.write(megabyte, 0, (int) Math.min(megabyte.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] incrementalUpdate(byte[] pdf, Consumer<PDDocument> change) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            change.accept(document);
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] replaceOnce(byte[] bytes, String search, String replacement) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(search);
        assertTrue(at >= 0 && text.indexOf(search, at + 1) < 0, "'" + search + "' must occur exactly once");
        return (text.substring(0, at) + replacement + text.substring(at + search.length()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The signature value ends the CMS, so its last hex digit is the last one before the zero padding. */
    private static byte[] withLastSignatureDigitChanged(byte[] signed) {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <");
        int closing = text.indexOf('>', contents);
        int lastDigit = closing - 1;
        while (text.charAt(lastDigit) == '0') {
            lastDigit--;
        }
        byte[] corrupted = signed.clone();
        corrupted[lastDigit] = (byte) (corrupted[lastDigit] == '1' ? '2' : '1');
        return corrupted;
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}

package org.euc.portal.signature.service;

import static org.euc.portal.signature.domain.SignatureCheckOutcome.CONTENT_MISMATCH;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.INFLATES_TOO_FAR;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.MULTIPLE_SIGNATURES;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NOT_A_PDF;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NOT_WHOLE_DOCUMENT;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.NO_SIGNATURE;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.SIGNATURE_BROKEN;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.TOO_LARGE;
import static org.euc.portal.signature.domain.SignatureCheckOutcome.UNREADABLE_PDF;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.signature.domain.PadesInspection;

/**
 * Checks an uploaded signed PDF against the PDF the portal generated, from the file alone: exactly
 * one intact PAdES signature, covering the whole file, over exactly our bytes plus nothing but the
 * signature. Whether the signer may sign is decided afterwards against the signatory registry.
 *
 * <p>Every input, however hostile, ends in an inspection: nothing PDFBox or BouncyCastle throws
 * escapes, each failure maps to the outcome of the step it happened in.
 */
@ApplicationScoped
public class PadesVerifier {

    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String CADES_SUB_FILTER = PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName();
    private static final Set<String> SUPPORTED_SUB_FILTERS =
            Set.of(CADES_SUB_FILTER, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName());

    /**
     * @param upload the file as uploaded; null counts as empty
     * @param generatedOriginal the exact bytes of the PDF the portal generated for signing
     */
    public PadesInspection inspect(byte[] upload, byte[] generatedOriginal) {
        Objects.requireNonNull(generatedOriginal, "generatedOriginal");
        byte[] file = upload == null ? new byte[0] : upload;
        String sha256 = HashChain.sha256Hex(file);
        if (file.length > MAX_UPLOAD_BYTES) {
            return PadesInspection.rejected(TOO_LARGE, file.length + " bytes, limit " + MAX_UPLOAD_BYTES, sha256);
        }
        if (!startsWithPdfHeader(file)) {
            return PadesInspection.rejected(NOT_A_PDF, "no %PDF- header at offset 0", sha256);
        }
        String inflation = InflationCheck.excess(file);
        if (inflation != null) {
            return PadesInspection.rejected(INFLATES_TOO_FAR, inflation, sha256);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(file);
        } catch (IOException | RuntimeException e) {
            return PadesInspection.rejected(UNREADABLE_PDF, describe(e), sha256);
        }
        try {
            return inspectSignature(new Upload(file, document, sha256), generatedOriginal);
        } finally {
            IOUtils.closeQuietly(document);
        }
    }

    /** The uploaded file, parsed, with its hash for every inspection made from it. */
    private record Upload(byte[] bytes, PDDocument document, String sha256) {
    }

    private PadesInspection inspectSignature(Upload upload, byte[] original) {
        List<PDSignature> signatures;
        try {
            signatures = upload.document().getSignatureDictionaries();
        } catch (RuntimeException e) {
            return PadesInspection.rejected(UNREADABLE_PDF, "form fields unreadable: " + describe(e), upload.sha256());
        }
        if (signatures.isEmpty()) {
            return PadesInspection.rejected(NO_SIGNATURE, "no signature dictionary", upload.sha256());
        }
        if (signatures.size() > 1) {
            return PadesInspection.rejected(MULTIPLE_SIGNATURES, signatures.size() + " signature dictionaries",
                    upload.sha256());
        }
        PDSignature signature = signatures.get(0);
        ByteRange range;
        CmsSignatureCheck.Verdict verdict;
        try {
            range = ByteRange.of(signature.getByteRange());
            if (range == null || !range.fitsInto(upload.bytes().length)) {
                return PadesInspection.rejected(SIGNATURE_BROKEN, "malformed ByteRange " + range, upload.sha256());
            }
            verdict = verifySignatureValue(signature, range, upload.bytes());
        } catch (RuntimeException e) {
            return PadesInspection.rejected(SIGNATURE_BROKEN, describe(e), upload.sha256());
        }
        if (!verdict.isIntact()) {
            return PadesInspection.rejected(SIGNATURE_BROKEN, verdict.problem(), upload.sha256());
        }
        return inspectSignedContent(upload, original, range, verdict.signer(), claimedSigningTime(signature));
    }

    private static CmsSignatureCheck.Verdict verifySignatureValue(PDSignature signature, ByteRange range, byte[] file) {
        String subFilter = signature.getSubFilter();
        if (!SUPPORTED_SUB_FILTERS.contains(subFilter)) {
            return CmsSignatureCheck.Verdict.broken("unsupported SubFilter " + subFilter);
        }
        Optional<byte[]> signatureValue = range.hexStringInGap(file);
        if (signatureValue.isEmpty() || !Arrays.equals(signatureValue.get(), signature.getContents())) {
            return CmsSignatureCheck.Verdict.broken("the ByteRange gap does not hold this signature's /Contents");
        }
        return CmsSignatureCheck.verify(range.signedBytes(file), signatureValue.get(),
                CADES_SUB_FILTER.equals(subFilter));
    }

    /** The signature holds; now: does it sign the whole file, and is that exactly our PDF? */
    private static PadesInspection inspectSignedContent(Upload upload, byte[] original, ByteRange range,
            X509Certificate signer, Instant claimedSigningTime) {
        if (!range.coversWholeFile(upload.bytes().length)) {
            return PadesInspection.rejected(NOT_WHOLE_DOCUMENT,
                    "ByteRange " + range + " leaves bytes of the " + upload.bytes().length + "-byte file unsigned",
                    signer, claimedSigningTime, upload.sha256());
        }
        String mismatch = contentMismatch(upload, original, range);
        if (mismatch != null) {
            return PadesInspection.rejected(CONTENT_MISMATCH, mismatch, signer, claimedSigningTime, upload.sha256());
        }
        return PadesInspection.valid(signer, claimedSigningTime, upload.sha256());
    }

    /** Why the signed revision is not exactly the generated PDF plus a signature, or null if it is. */
    private static String contentMismatch(Upload upload, byte[] original, ByteRange range) {
        SignedRevision revision = new SignedRevision(upload.bytes(), range);
        if (!revision.startsWithSignedCopyOf(original)) {
            return "the generated PDF is not a byte-exact prefix of the signed part";
        }
        if (!revision.isAppendedDirectlyTo(original)) {
            return "another revision lies between the generated PDF and the signature";
        }
        // Covering the whole file, the signed revision is the upload itself: compare the parsed pages.
        try (PDDocument generated = Loader.loadPDF(original)) {
            List<String> differences = PageComparison.differences(generated, upload.document());
            return differences.isEmpty() ? null : "changed while signing: " + String.join("; ", differences);
        } catch (IOException | RuntimeException e) {
            return "pages could not be compared: " + describe(e);
        }
    }

    private static Instant claimedSigningTime(PDSignature signature) {
        try {
            Calendar signDate = signature.getSignDate();
            return signDate == null ? null : signDate.toInstant();
        } catch (RuntimeException e) {
            return null; // a malformed /M is no reason to reject: the time is informative only
        }
    }

    private static boolean startsWithPdfHeader(byte[] file) {
        return file.length >= PDF_HEADER.length
                && Arrays.equals(file, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length);
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}

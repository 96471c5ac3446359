package org.euc.portal.signature.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF as PAdES-BASELINE-B (SubFilter ETSI.CAdES.detached, claimed time in /M), appended
 * as an incremental update so the input stays a byte-exact prefix of the result, which is what
 * {@link PadesVerifier} demands of uploads.
 *
 * <p>It deliberately does not check the certificate's validity period: whether a signature made
 * with an expired certificate is accepted is for the verifying side to decide, and tests need
 * such files.
 */
@ApplicationScoped
public class PadesSigner {

    /** Room for the signed attributes, the signature value and the CMS structure around the certificates. */
    private static final int CMS_OVERHEAD_BYTES = 4096;
    /** PDFBox's own default reservation, kept as the minimum. */
    private static final int MINIMUM_SIGNATURE_BYTES = SignatureOptions.DEFAULT_SIGNATURE_SIZE;

    /**
     * @param pdf the document to sign, unchanged in the result's first bytes
     * @param key RSA or EC private key matching {@code chain[0]}
     * @param chain the signer's certificate first, then its issuers (embedded in the signature)
     * @param signerName written to /Name; may be null
     * @param reason written to /Reason; may be null
     * @param signingTime the claimed signing time, written to /M
     * @return the signed PDF
     * @throws IllegalArgumentException when the PDF cannot be read or the key or chain is unusable
     * @throws UncheckedIOException when writing the signed PDF fails
     */
    public byte[] sign(byte[] pdf, PrivateKey key, X509Certificate[] chain, String signerName, String reason,
            Instant signingTime) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signingTime, "signingTime");
        DetachedCadesSignature cms = new DetachedCadesSignature(key, chain);
        PDDocument document = load(pdf);
        try (document; SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(reservedSignatureBytes(chain));
            document.addSignature(signatureDictionary(signerName, reason, signingTime), cms, options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 3 * options.getPreferredSignatureSize());
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("signing the PDF failed: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("the document to sign is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static PDSignature signatureDictionary(String signerName, String reason, Instant signingTime) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(signerName);
        signature.setReason(reason);
        signature.setSignDate(inUtc(signingTime));
        return signature;
    }

    private static Calendar inUtc(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** The CMS embeds the whole chain, so the space reserved in /Contents grows with it. */
    private static int reservedSignatureBytes(X509Certificate[] chain) {
        int certificateBytes = 0;
        for (X509Certificate certificate : chain) {
            try {
                certificateBytes += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("a certificate of the chain cannot be encoded", e);
            }
        }
        return Math.max(MINIMUM_SIGNATURE_BYTES, certificateBytes + CMS_OVERHEAD_BYTES);
    }
}

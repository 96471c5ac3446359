package org.euc.portal.reference.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An X.509 certificate an administrator uploads to register a signatory, read and checked: is it
 * one certificate, fit for a person's signature, valid now? Checked here, before registration,
 * because the portal later recognizes a signer only by this certificate's fingerprint.
 *
 * <p>Accepts one certificate, DER or PEM (one {@code -----BEGIN CERTIFICATE-----} block; text
 * around it, such as OpenSSL's "subject=..." lines, is ignored), of at most {@value #MAX_BYTES} bytes.
 *
 * <p>Following RFC 5280, a missing extension means no restriction: a certificate without a
 * keyUsage extension may sign, and one without basicConstraints is not a CA. Neither the issuer's
 * signature nor revocation is checked: trust comes from the administrator registering it.
 */
public final class SignatoryCertificate {

    /** The largest upload read: a person's certificate is 1-3 KB. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";
    // RFC 5280 KeyUsage bits, as indexed by X509Certificate.getKeyUsage()
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /**
     * Why a certificate cannot be registered, most fundamental first (a CA certificate is the wrong
     * file altogether, whatever its dates). Message: {@code signatoryCertificate.NAME}.
     */
    public enum Problem {
        /** empty, garbage, over {@value SignatoryCertificate#MAX_BYTES} bytes, or several certificates */
        NOT_A_CERTIFICATE,
        /** basicConstraints cA=true: a certification authority's certificate, not a person's */
        CA_CERTIFICATE,
        /** keyUsage present with neither digitalSignature nor nonRepudiation */
        NO_SIGNING_KEY_USAGE,
        EXPIRED,
        NOT_YET_VALID;

        public String messageKey() {
            return "signatoryCertificate." + name();
        }
    }

    private final X509Certificate certificate;
    private final String fingerprint;
    private final List<Problem> problems;

    private SignatoryCertificate(X509Certificate certificate, List<Problem> problems) {
        this.certificate = certificate;
        this.fingerprint = certificate == null ? null : Signatory.fingerprintOf(certificate);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads and checks an upload.
     *
     * @param now the moment the certificate must be valid at (registration time)
     */
    public static SignatoryCertificate read(byte[] upload, Instant now) {
        X509Certificate certificate = parse(upload);
        if (certificate == null) {
            return new SignatoryCertificate(null, List.of(Problem.NOT_A_CERTIFICATE));
        }
        List<Problem> problems = new ArrayList<>();
        if (certificate.getBasicConstraints() >= 0) {
            problems.add(Problem.CA_CERTIFICATE);
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !isSet(keyUsage, DIGITAL_SIGNATURE) && !isSet(keyUsage, NON_REPUDIATION)) {
            problems.add(Problem.NO_SIGNING_KEY_USAGE);
        }
        // same bounds as Signatory.isCertificateValidAt: both ends inclusive
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            problems.add(Problem.EXPIRED);
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            problems.add(Problem.NOT_YET_VALID);
        }
        return new SignatoryCertificate(certificate, problems);
    }

    /** The certificate read, whatever its other problems; null only when {@link Problem#NOT_A_CERTIFICATE}. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** As {@link Signatory#fingerprintOf}: SHA-256 of the DER, lowercase hex; null when not a certificate. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Every problem found, most fundamental first; empty when the certificate may be registered. */
    public List<Problem> problems() {
        return problems;
    }

    /** The most fundamental problem, or null when there is none. */
    public Problem problem() {
        return problems.isEmpty() ? null : problems.get(0);
    }

    /** May be registered as a signatory's certificate now. */
    public boolean acceptable() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return certificate == null ? "not a certificate"
                : certificate.getSubjectX500Principal().getName() + " " + fingerprint + " " + problems;
    }

    private static boolean isSet(boolean[] keyUsage, int bit) {
        return keyUsage.length > bit && keyUsage[bit];
    }

    /** The one certificate the upload holds, or null. */
    private static X509Certificate parse(byte[] upload) {
        if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
            return null;
        }
        byte[] der = upload;
        // ISO-8859-1 maps every byte to one char, so binary DER passes through unharmed
        String text = new String(upload, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf(PEM_BEGIN);
        if (begin >= 0) {
            int bodyStart = begin + PEM_BEGIN.length();
            int end = text.indexOf(PEM_END, bodyStart);
            if (end < 0 || text.indexOf(PEM_BEGIN, bodyStart) >= 0) {
                return null;
            }
            try {
                der = Base64.getDecoder().decode(text.substring(bodyStart, end).replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return fromDer(der);
    }

    private static X509Certificate fromDer(byte[] der) {
        try {
            Certificate certificate = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            // the factory stops after the first certificate: anything after it (a second one, junk)
            // shows as a difference between what was read and the whole upload
            if (certificate instanceof X509Certificate x509 && Arrays.equals(x509.getEncoded(), der)) {
                return x509;
            }
            return null;
        } catch (CertificateException | RuntimeException e) {
            // parsers of hostile input may fail in unforeseen ways: still "not a certificate"
            return null;
        }
    }
}

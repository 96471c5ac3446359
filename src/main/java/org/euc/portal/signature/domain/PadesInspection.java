package org.euc.portal.signature.domain;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * What inspecting one uploaded signed PDF found out from the file alone, before the signer is
 * looked up in the signatory registry.
 *
 * @param outcome the verdict; {@link SignatureCheckOutcome#VALID} means intact, covering the whole
 *        file and signing exactly the generated PDF
 * @param detail short technical English explanation for logs and the audit trail, never shown to
 *        the user (they see the outcome's message)
 * @param signerCertificate the certificate the signature was verified with, or null when the
 *        inspection stopped before a signature could be verified
 * @param claimedSigningTime the signing time the signer's software wrote (/M); chosen by the
 *        signer, so informative only; may be null
 * @param documentSha256 hex SHA-256 of the uploaded bytes, to tie the verdict to the file
 */
public record PadesInspection(
        SignatureCheckOutcome outcome,
        String detail,
        X509Certificate signerCertificate,
        Instant claimedSigningTime,
        String documentSha256) {

    public PadesInspection {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(documentSha256, "documentSha256");
        if (outcome == SignatureCheckOutcome.VALID && signerCertificate == null) {
            throw new IllegalArgumentException("a valid signature always has a signer certificate");
        }
    }

    public static PadesInspection valid(X509Certificate signer, Instant claimedSigningTime, String documentSha256) {
        return new PadesInspection(SignatureCheckOutcome.VALID,
                "signed by " + signer.getSubjectX500Principal().getName(), signer, claimedSigningTime, documentSha256);
    }

    /** Rejected before any signature could be verified. */
    public static PadesInspection rejected(SignatureCheckOutcome outcome, String detail, String documentSha256) {
        return new PadesInspection(outcome, detail, null, null, documentSha256);
    }

    /** Rejected although the signature itself verified: the signer is known, which the audit trail wants. */
    public static PadesInspection rejected(SignatureCheckOutcome outcome, String detail,
            X509Certificate signer, Instant claimedSigningTime, String documentSha256) {
        return new PadesInspection(outcome, detail, signer, claimedSigningTime, documentSha256);
    }

    /** The same inspection with the service's later verdict, e.g. a registry decision on a valid signature. */
    public PadesInspection withOutcome(SignatureCheckOutcome decidedOutcome, String decisionDetail) {
        return new PadesInspection(decidedOutcome, decisionDetail, signerCertificate, claimedSigningTime,
                documentSha256);
    }

    public boolean accepted() {
        return outcome.accepted();
    }
}

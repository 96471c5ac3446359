package org.euc.portal.certificate.service;

import java.io.Serializable;
import java.time.Instant;
import org.euc.portal.signature.domain.SignatureCheckOutcome;

/**
 * What the portal concluded about an uploaded signed PDF.
 *
 * @param outcome VALID, or the specific reason for refusing it
 * @param signerName the signer's name when the certificate is known (for the message), else null
 * @param signingTime the moment the signature was judged at
 * @param sha256 SHA-256 of the uploaded file
 */
public record SignatureCheck(SignatureCheckOutcome outcome, String signerName, Instant signingTime, String sha256)
        implements Serializable {

    public boolean accepted() {
        return outcome.accepted();
    }
}

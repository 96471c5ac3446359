package org.euc.portal.signature.domain;

/**
 * Every way an uploaded signed PDF can fare when checked against the PDF the portal generated.
 * The first group is decided by looking at the file alone ({@code PadesVerifier}); the second by
 * the portal's service, comparing the signer with its signatory registry. Stored and audited by
 * name: never rename a constant, only add new ones.
 */
public enum SignatureCheckOutcome {

    VALID,

    // Decided from the file alone.
    NOT_A_PDF,
    TOO_LARGE,
    /** Small on disk, but its compressed streams would inflate beyond what a certificate ever holds. */
    INFLATES_TOO_FAR,
    UNREADABLE_PDF,
    NO_SIGNATURE,
    MULTIPLE_SIGNATURES,
    /** Invalid or tampered signature, malformed ByteRange, unsupported SubFilter or unbound signer certificate. */
    SIGNATURE_BROKEN,
    /** The signature leaves part of the file unsigned, e.g. content appended after signing. */
    NOT_WHOLE_DOCUMENT,
    /** What was signed is not exactly the PDF the portal generated, or the signer changed it while signing. */
    CONTENT_MISMATCH,

    // Decided by the service against the signatory registry.
    SIGNER_UNKNOWN,
    SIGNER_OF_ANOTHER_AGENCY,
    SIGNER_NOT_THE_NAMED_SIGNATORY,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    SIGNATORY_REVOKED;

    /** The message bundle key of the sentence shown to the user. */
    public String messageKey() {
        return "signature.outcome." + name();
    }

    public boolean accepted() {
        return this == VALID;
    }
}

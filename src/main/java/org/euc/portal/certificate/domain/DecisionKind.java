package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Labelled;

/**
 * The decisions the ministry takes on a certificate. Approving, reinstating and revoking need a
 * second person (four eyes); suspending, rejecting and asking for changes do not.
 */
public enum DecisionKind implements Labelled {
    REQUEST_CHANGES(CertificateStatus.CHANGES_REQUESTED, false, false),
    REJECT(CertificateStatus.REJECTED, false, false),
    APPROVE(CertificateStatus.APPROVED, true, false),
    SUSPEND(CertificateStatus.SUSPENDED, false, true),
    REINSTATE(CertificateStatus.APPROVED, true, false),
    REVOKE(CertificateStatus.REVOKED, true, true);

    private final CertificateStatus result;
    private final boolean fourEyes;
    private final boolean legalBasisRequired;

    DecisionKind(CertificateStatus result, boolean fourEyes, boolean legalBasisRequired) {
        this.result = result;
        this.fourEyes = fourEyes;
        this.legalBasisRequired = legalBasisRequired;
    }

    /** The status the certificate has once the decision takes effect. */
    public CertificateStatus result() {
        return result;
    }

    /** Takes effect only when a different senior reviewer confirms a proposal. */
    public boolean needsFourEyes() {
        return fourEyes;
    }

    public boolean needsLegalBasis() {
        return legalBasisRequired;
    }

    @Override
    public String labelKey() {
        return "decision." + name();
    }
}

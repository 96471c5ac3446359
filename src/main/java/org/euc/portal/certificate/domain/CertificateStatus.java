package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Labelled;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a certificate is in its life, and the only moves the portal allows from each place
 * (DESIGN.md, "Certificate lifecycle"). Label: {@code status.NAME}.
 */
public enum CertificateStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    CHANGES_REQUESTED,
    REJECTED,
    APPROVED,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    WITHDRAWN;

    private static final Map<CertificateStatus, Set<CertificateStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(UNDER_REVIEW),
            UNDER_REVIEW, EnumSet.of(CHANGES_REQUESTED, REJECTED, APPROVED),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.of(SUSPENDED, REVOKED, EXPIRED),
            SUSPENDED, EnumSet.of(APPROVED, REVOKED),
            REJECTED, EnumSet.noneOf(CertificateStatus.class),
            REVOKED, EnumSet.noneOf(CertificateStatus.class),
            EXPIRED, EnumSet.noneOf(CertificateStatus.class),
            WITHDRAWN, EnumSet.noneOf(CertificateStatus.class));

    public boolean canMoveTo(CertificateStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<CertificateStatus> nextStatuses() {
        Set<CertificateStatus> next = ALLOWED.get(this);
        return next.isEmpty() ? EnumSet.noneOf(CertificateStatus.class) : EnumSet.copyOf(next);
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** The importer is (re)working the content: a draft, or an amendment after a change request. */
    public boolean isWithImporter() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    @Override
    public String labelKey() {
        return "status." + name();
    }
}

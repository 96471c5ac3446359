package org.euc.portal.certificate.service;

/** The columns a certificate list can be sorted by, mapped to the query's own expressions. */
public enum CertificateSort {
    REFERENCE("c.reference"),
    STATUS("c.status"),
    SYSTEM("r.details.systemName"),
    CREATED("c.createdAt"),
    SUBMITTED("c.lastSubmittedAt"),
    STATUS_CHANGED("c.statusChangedAt"),
    UPDATED("c.updatedAt");

    private final String expression;

    CertificateSort(String expression) {
        this.expression = expression;
    }

    /** Only these fixed expressions ever reach the query text: a sort field from a request cannot inject JPQL. */
    String expression() {
        return expression;
    }
}

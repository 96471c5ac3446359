package org.euc.portal.certificate.web;

import org.euc.portal.certificate.service.CertificateSort;

/** Maps a table column's sort field to a sort the service knows; anything else sorts by last change. */
final class SortColumns {

    private SortColumns() {
    }

    static CertificateSort of(String field) {
        return switch (field == null ? "" : field) {
            case "reference" -> CertificateSort.REFERENCE;
            case "status" -> CertificateSort.STATUS;
            case "systemName" -> CertificateSort.SYSTEM;
            case "createdAt" -> CertificateSort.CREATED;
            case "lastSubmittedAt" -> CertificateSort.SUBMITTED;
            case "statusChangedAt" -> CertificateSort.STATUS_CHANGED;
            default -> CertificateSort.UPDATED;
        };
    }
}

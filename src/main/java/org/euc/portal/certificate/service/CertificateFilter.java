package org.euc.portal.certificate.service;

import java.io.Serializable;
import org.euc.portal.certificate.domain.CertificateStatus;

/**
 * What a certificate list is narrowed to. Null fields do not filter.
 *
 * @param status only certificates in this status
 * @param text part of the reference, the system name or the exporter (case-insensitive)
 */
public record CertificateFilter(CertificateStatus status, String text) implements Serializable {

    public static CertificateFilter none() {
        return new CertificateFilter(null, null);
    }
}

package org.euc.portal.admin.service;

import java.io.Serializable;
import java.util.List;

/**
 * What delisting countries would do: the agencies concerned and the approved certificates that
 * would be suspended. The same query decides both the preview and the suspension.
 */
public record DelistingPreview(List<String> countryCodes, List<AffectedAgency> agencies,
        List<AffectedCertificate> certificates) implements Serializable {

    public record AffectedAgency(String code, String name, String countryCode) implements Serializable {
    }

    public record AffectedCertificate(String reference, String agencyCode, String countryCode,
            java.time.LocalDate approvedUntil) implements Serializable {
    }
}

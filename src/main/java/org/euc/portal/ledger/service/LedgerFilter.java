package org.euc.portal.ledger.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the oversight browser, samples and exports are narrowed to; null fields do not filter.
 *
 * @param usedFrom entries whose use ends on or after this day
 * @param usedUntil entries whose use starts on or before this day
 */
public record LedgerFilter(String countryCode, String agencyCode, String certificateReference, LocalDate usedFrom,
        LocalDate usedUntil, boolean onlyFlagged) implements Serializable {

    public static LedgerFilter everything() {
        return new LedgerFilter(null, null, null, null, null, false);
    }

    public static LedgerFilter ofCertificate(String reference) {
        return new LedgerFilter(null, null, reference, null, null, false);
    }

    public static LedgerFilter ofAgency(String agencyCode) {
        return new LedgerFilter(null, agencyCode, null, null, null, false);
    }
}

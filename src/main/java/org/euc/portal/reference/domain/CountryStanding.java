package org.euc.portal.reference.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.euc.portal.common.i18n.CountryName;

/**
 * Whether a country is on the approved list on a given day, and the decision that says so.
 *
 * @param countryCode ISO code
 * @param countryName the stored (English) name; {@link #country()} names it in the reader's language
 * @param approved whether its agencies may apply on that day
 * @param since the day the deciding decision took effect; null when the ministry never decided
 * @param reason the reason given for that decision; null when never decided
 */
public record CountryStanding(String countryCode, String countryName, boolean approved, LocalDate since, String reason)
        implements Serializable {

    public static CountryStanding neverDecided(String countryCode, String countryName) {
        return new CountryStanding(countryCode, countryName, false, null, null);
    }

    /** The country for messages, which name it in the language they are shown in. */
    public CountryName country() {
        return new CountryName(countryCode, countryName);
    }
}

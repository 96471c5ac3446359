package org.euc.portal.admin.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A country in the administrator's list: whether it is approved today, since when, why. */
public record CountryRow(String code, String name, boolean approved, LocalDate since, String reason,
        boolean judicialOrderRequired, long agencies) implements Serializable {
}

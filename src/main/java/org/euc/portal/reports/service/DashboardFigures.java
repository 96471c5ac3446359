package org.euc.portal.reports.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;

/**
 * The figures of the ministry's dashboard, as of one moment.
 *
 * @param byStatus      certificates ever submitted, by current status (drafts are the agencies' own work)
 * @param byCountry     the same certificates by the agency's country, most first
 * @param reviewTimes   time from submission to decision
 * @param openCases     cases in the review queue (what it lists without a filter)
 * @param overdueCases  of those, the ones past the 20-working-day target
 * @param openFlags     unresolved compliance flags by rule
 * @param ledgerEntries ledger entries recorded per month, the last twelve months, oldest first
 */
public record DashboardFigures(Map<CertificateStatus, Long> byStatus, List<CountryCount> byCountry,
        ReviewTimes reviewTimes, long openCases, long overdueCases, Map<FlagRule, Long> openFlags,
        List<MonthCount> ledgerEntries) implements Serializable {

    public record CountryCount(String code, String name, long certificates) implements Serializable {
    }

    /**
     * @param decisions   decisions measured (approval, rejection, request for changes)
     * @param medianDays  median working days from submission to decision, null without decisions
     * @param p90Days     90th percentile of the same, null without decisions
     */
    public record ReviewTimes(long decisions, Double medianDays, Double p90Days) implements Serializable {
    }

    /** @param month as yyyy-MM */
    public record MonthCount(String month, long entries) implements Serializable {
    }
}

package org.euc.portal.benchmark.scale;

import java.util.Locale;

/**
 * What the scale generator is asked to do, read from system properties ({@code -Deuc.scale.*}).
 * Counts accept a k or M suffix (10k, 1M, 2.5M), so the benchmark's sizes read as they are said.
 *
 * @param certificates how many certificates to add
 * @param ledgerEntries how many ledger entries to add, over the issued ones
 * @param largeLedgerShare the share of the ledger entries that goes to one ARC-NPA certificate
 * @param extraAgencies how many generated agencies the run wants to exist (created once, reused by later runs)
 * @param approvedCountries how many countries must be approved (the demo's cut list has 37)
 * @param auditLedgerEntries whether each ledger entry gets its audit event, as the portal writes one
 * @param targetsThreshold the portal's EUC_LEDGER_TARGETS_THRESHOLD, which decides the many-targets flag
 * @param reportingPeriodDays the portal's EUC_REPORTING_PERIOD_DAYS: how long a ledger may stay silent
 * @param verify none, sample (audit log, the large ledger and a sample of others) or all ledgers
 */
public record ScaleSettings(long certificates, long ledgerEntries, double largeLedgerShare, int extraAgencies,
        int approvedCountries, boolean auditLedgerEntries, int targetsThreshold, int reportingPeriodDays, long seed, String jdbcUrl, String user,
        String password, String verify) {

    /** Two entries per certificate by default, but never more than the 10M the benchmark goes up to. */
    private static final long DEFAULT_LEDGER_CAP = 10_000_000;

    public static ScaleSettings fromSystemProperties() {
        long certificates = count(System.getProperty("euc.scale.certificates", "10k"));
        String entries = System.getProperty("euc.scale.ledgerEntries");
        return new ScaleSettings(certificates,
                entries == null ? Math.min(2 * certificates, DEFAULT_LEDGER_CAP) : count(entries),
                Double.parseDouble(System.getProperty("euc.scale.largeLedgerShare", "0.2")),
                Integer.getInteger("euc.scale.agencies", 200),
                Integer.getInteger("euc.scale.approvedCountries", 37),
                Boolean.parseBoolean(System.getProperty("euc.scale.auditLedgerEntries", "true")),
                Integer.getInteger("euc.scale.targetsThreshold", 10),
                Integer.getInteger("euc.scale.reportingPeriodDays", 90),
                Long.getLong("euc.scale.seed", 42),
                System.getProperty("euc.scale.jdbcUrl", "jdbc:postgresql://localhost:15432/euc"),
                System.getProperty("euc.scale.user", "euc_app"),
                System.getProperty("euc.scale.password", "euc_app"),
                System.getProperty("euc.scale.verify", "sample").toLowerCase(Locale.ROOT));
    }

    /** 10k, 1M, 2.5M or a plain number, underscores allowed. */
    static long count(String text) {
        String value = text.strip().replace("_", "");
        double factor = 1;
        char suffix = value.charAt(value.length() - 1);
        if (suffix == 'k' || suffix == 'K') {
            factor = 1_000;
        } else if (suffix == 'M' || suffix == 'm') {
            factor = 1_000_000;
        }
        if (factor > 1) {
            value = value.substring(0, value.length() - 1);
        }
        long count = Math.round(Double.parseDouble(value) * factor);
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + text);
        }
        return count;
    }
}

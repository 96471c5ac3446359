package org.euc.portal.benchmark.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.euc.portal.benchmark.scale.ScaleReferenceData.AgencyProfile;
import org.euc.portal.benchmark.scale.ScaleReferenceData.World;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.common.integrity.Timestamps;

/**
 * One run of the scale generator: reference data first (committed with its audit events), then the
 * certificates one by one with their ledgers, sent in COPY batches, then the large ledger, the
 * throughput report and the chains' verification.
 */
public final class ScaleRun {

    /**
     * The status mix of a portal that has run for a few years: most certificates issued and still
     * approved, a small review queue, a tail of every other outcome. In percent.
     */
    private static final Map<CertificateStatus, Integer> STATUS_MIX = new EnumMap<>(Map.of(
            CertificateStatus.APPROVED, 60, CertificateStatus.SUBMITTED, 1, CertificateStatus.UNDER_REVIEW, 1,
            CertificateStatus.DRAFT, 8, CertificateStatus.CHANGES_REQUESTED, 3, CertificateStatus.SUSPENDED, 4,
            CertificateStatus.REVOKED, 3, CertificateStatus.EXPIRED, 9, CertificateStatus.WITHDRAWN, 4,
            CertificateStatus.REJECTED, 7));
    /** Each demo importer's agency gets this share of the certificates; the generated agencies the rest. */
    private static final double DEMO_AGENCY_SHARE = 0.2;
    private static final int SAMPLE_SIZE = 200;

    private final ScaleSettings settings;
    private final PrintStream out;

    public ScaleRun(ScaleSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** @return whether the chains verified intact (true when verification is off) */
    public boolean run() throws SQLException {
        out.printf("Scale run: %,d certificates, %,d ledger entries (%.0f%% in one ARC-NPA ledger) into %s as %s%n",
                settings.certificates(), settings.ledgerEntries(), settings.largeLedgerShare() * 100, settings.jdbcUrl(),
                settings.user());
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            if (settings.certificates() == 0) {
                // nothing to add: only verify what is there, every chain
                return settings.verify().equals("none") || verify(connection, null);
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            CopyBatch batch = new CopyBatch(connection);
            World world = ScaleReferenceData.prepare(connection, batch.audit, settings);
            batch.flush();
            out.printf("Reference data: %d approved countries, %d generated agencies (%d new), signatories and placeholder "
                    + "PDFs ready (%.1f s)%n", world.approvedCountries(), world.generated().size(), world.agenciesCreated(),
                    (System.nanoTime() - started) / 1e9);
            long generationStarted = System.nanoTime();
            Generated generated = generate(connection, batch, world);
            batch.flush();
            double seconds = (System.nanoTime() - generationStarted) / 1e9;
            report(batch, generated, seconds);
            if (settings.verify().equals("none")) {
                return true;
            }
            return verify(connection, settings.verify().equals("all") ? null : generated.sample());
        }
    }

    private boolean verify(Connection connection, long[] sample) throws SQLException {
        out.println("Verification by the portal itself (the auditor's API):");
        connection.setAutoCommit(true);
        boolean intact = new ScaleVerification(out).verify(connection, sample);
        out.println(intact ? "All chains intact." : "CHAINS BROKEN: see above.");
        return intact;
    }

    private record Generated(Map<CertificateStatus, Long> byStatus, long ledgerEntries, String largeLedger,
            long largeLedgerEntries, long flags, long[] sample) {
    }

    private Generated generate(Connection connection, CopyBatch batch, World world) throws SQLException {
        SplittableRandom random = new SplittableRandom(settings.seed());
        Instant now = Timestamps.nowInMicros();
        SyntheticCertificates certificates = new SyntheticCertificates(batch,
                new SequenceIds(connection, "certificate_id_seq"), new SequenceIds(connection, "certificate_revision_id_seq"),
                new SequenceIds(connection, "certificate_reference_seq"), world.placeholders(), random, now);
        SyntheticLedgers ledgers = new SyntheticLedgers(batch, new SequenceIds(connection, "ledger_entry_id_seq"), random,
                settings);
        Map<CertificateStatus, Long> byStatus = new EnumMap<>(CertificateStatus.class);
        long[] sample = new long[SAMPLE_SIZE + 1];
        int sampled = 0;
        long ledgersSeen = 0;

        // the large ledger's certificate comes first, with the longest history; its ledger is written last,
        // when it also takes whatever the others left over, so the total is exactly what was asked
        IssuedCertificate large = certificates.write(world.arcadia(), CertificateStatus.APPROVED,
                SyntheticCertificates.HISTORY_START.plus(Duration.ofDays(1)));
        byStatus.merge(CertificateStatus.APPROVED, 1L, Long::sum);
        sample[sampled++] = large.id();
        long largeShare = Math.round(settings.ledgerEntries() * settings.largeLedgerShare());
        long remaining = settings.ledgerEntries() - largeShare;
        double issuedShare = (STATUS_MIX.get(CertificateStatus.APPROVED) + STATUS_MIX.get(CertificateStatus.SUSPENDED)
                + STATUS_MIX.get(CertificateStatus.REVOKED) + STATUS_MIX.get(CertificateStatus.EXPIRED)) / 100.0;
        double meanPerLedger = remaining / Math.max(1.0, (settings.certificates() - 1) * issuedShare);
        long written = 0;
        long progressStep = Math.max(1, settings.certificates() / 10);
        long started = System.nanoTime();
        for (long number = 2; number <= settings.certificates(); number++) {
            CertificateStatus status = drawStatus(random);
            IssuedCertificate issued = certificates.write(agency(world, random), status);
            byStatus.merge(status, 1L, Long::sum);
            if (issued != null) {
                // exponential: most ledgers short, a few long, as agencies differ in how much they use a system
                long count = Math.min(remaining, Math.round(-meanPerLedger * Math.log(1 - random.nextDouble())));
                SyntheticLedgers.Written ledger = ledgers.write(issued, count);
                if (status == CertificateStatus.APPROVED) {
                    ledgers.flagIfSilent(issued, ledger, now);
                }
                long entries = ledger.entries();
                remaining -= entries;
                written += entries;
                if (entries > 0) {
                    // a reservoir sample of the ledgers written, for the verification; slot 0 keeps the large one
                    ledgersSeen++;
                    if (sampled < sample.length) {
                        sample[sampled++] = issued.id();
                    } else {
                        long slot = 1 + random.nextLong(ledgersSeen);
                        if (slot < sample.length) {
                            sample[(int) slot] = issued.id();
                        }
                    }
                }
            }
            batch.flushIfFull();
            if (number % progressStep == 0) {
                out.printf("  %,d certificates, %,d ledger entries (%.0f s)%n", number, written,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        long largeEntries = ledgers.write(large, largeShare + remaining).entries();
        out.printf("  large ledger %s: %,d entries%n", large.reference(), largeEntries);
        return new Generated(byStatus, written + largeEntries, large.reference(), largeEntries, ledgers.flagsRaised(),
                java.util.Arrays.copyOf(sample, sampled));
    }

    private static CertificateStatus drawStatus(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (Map.Entry<CertificateStatus, Integer> share : STATUS_MIX.entrySet()) {
            draw -= share.getValue();
            if (draw < 0) {
                return share.getKey();
            }
        }
        return CertificateStatus.APPROVED;
    }

    private static AgencyProfile agency(World world, SplittableRandom random) {
        double draw = random.nextDouble();
        List<AgencyProfile> generated = world.generated();
        if (draw < DEMO_AGENCY_SHARE || (generated.isEmpty() && draw < 0.5)) {
            return world.arcadia();
        }
        if (draw < 2 * DEMO_AGENCY_SHARE || generated.isEmpty()) {
            return world.borealia();
        }
        return generated.get(random.nextInt(generated.size()));
    }

    private void report(CopyBatch batch, Generated generated, double seconds) {
        out.printf("Generated in %.1f s, %d transactions: %s%n", seconds, batch.transactions(), generated.byStatus());
        out.printf("  %,d ledger entries (large ledger %s: %,d), %,d ledger flags raised by the portal's rules%n",
                generated.ledgerEntries(), generated.largeLedger(), generated.largeLedgerEntries(), generated.flags());
        out.printf("  %-24s %12s %10s %14s%n", "table", "rows", "COPY s", "COPY rows/s");
        long total = 0;
        for (CopyTable table : batch.tables()) {
            double copySeconds = table.copyNanos() / 1e9;
            total += table.copiedRows();
            out.printf("  %-24s %,12d %10.1f %,14.0f%n", table.table(), table.copiedRows(), copySeconds,
                    copySeconds == 0 ? 0 : table.copiedRows() / copySeconds);
        }
        out.printf("  %-24s %,12d %10.1f %,14.0f  (end to end: generating, hashing, copying)%n", "all", total, seconds,
                total / seconds);
    }
}

package org.euc.portal.ledger.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.ledger.domain.LedgerEntry;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.domain.LedgerSample;
import org.euc.portal.ledger.domain.LedgerSampleEntry;
import org.euc.portal.ledger.domain.SamplePlan;

/**
 * The auditor's view of every agency's ledger: browse and filter in the database, draw inspection
 * samples (reproducible from their recorded seed, each draw audited), record findings, export.
 * Reads everything, changes nothing but its own samples.
 */
@ApplicationScoped
@RolesAllowed(Roles.AUDITOR)
@Transactional
public class LedgerOversight {

    /** Largest population a sample is drawn from, and largest export: beyond that, narrow the filter. */
    static final int MAX_ENTRIES = 200_000;
    static final int MAX_SAMPLE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerQueries queries;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    PortalSettings settings;

    @Inject
    LedgerCsv csv;

    @Inject
    LedgerPdfExport pdf;

    Clock clock = Clock.systemUTC();

    public List<LedgerEntryView> page(LedgerFilter filter, int first, int pageSize) {
        return queries.page(filter, first, pageSize);
    }

    /** The entries matching the filter, counted as {@link org.euc.portal.common.persistence.CappedCount} does. */
    public long count(LedgerFilter filter) {
        return queries.cappedCount(filter);
    }

    /**
     * Draws a sample of the entries matching the filter: half weighted toward flagged and risky
     * entries, half at random. The same seed over the same entries draws the same sample.
     *
     * @param seed null for a fresh random seed (which is recorded)
     */
    public long drawSample(LedgerFilter filter, int size, Long seed) {
        if (size < 1 || size > MAX_SAMPLE) {
            throw new RuleViolationException("rule.sample.size", MAX_SAMPLE);
        }
        long usedSeed = seed == null ? new SecureRandom().nextLong() : seed;
        List<LedgerEntryView> population = queries.all(filter, MAX_ENTRIES);
        int threshold = settings.ledgerTargetsThreshold();
        List<SamplePlan.Candidate> candidates = population.stream()
                .map(e -> new SamplePlan.Candidate(e.id(), e.openFlags() > 0, SamplePlan.riskScore(e, threshold)))
                .toList();
        List<SamplePlan.Pick> picks = SamplePlan.draw(candidates, size, usedSeed);
        LedgerSample sample = new LedgerSample(usedSeed, size, describe(filter), caller.name(), clock.instant());
        Map<Long, LedgerEntry> entries = em.createQuery("SELECT e FROM LedgerEntry e WHERE e.id IN :ids", LedgerEntry.class)
                .setParameter("ids", picks.isEmpty() ? List.of(-1L) : picks.stream().map(SamplePlan.Pick::entryId).toList())
                .getResultStream().collect(Collectors.toMap(LedgerEntry::getId, Function.identity()));
        picks.forEach(pick -> sample.add(entries.get(pick.entryId()), pick.reason()));
        em.persist(sample);
        em.flush();
        auditLog.record(AuditAction.LEDGER_SAMPLE_DRAWN, "LEDGER_SAMPLE", sample.getId(), "seed " + usedSeed + ", "
                + picks.size() + " of " + population.size() + " entries (" + describe(filter) + "): "
                + picks.stream().map(p -> p.entryId() + ":" + p.reason()).collect(Collectors.joining(",")));
        return sample.getId();
    }

    /** A sample with its entries (as views) and the inspection state of each. */
    public SampleView sample(long sampleId) {
        LedgerSample sample = em.find(LedgerSample.class, sampleId);
        if (sample == null) {
            throw new NoSuchRecordException("Sample", sampleId);
        }
        List<SampleView.Item> items = sample.getEntries().stream()
                .map(item -> new SampleView.Item(item.getId(), queries.view(item.getEntry().getId()), item.getPickReason(),
                        item.getFindings().stream().map(finding -> new SampleView.Finding(finding.getWrittenBy(),
                                finding.getWrittenAt(), finding.getText())).toList()))
                .toList();
        return new SampleView(sample.getId(), sample.getSeed(), sample.getSize(), sample.getCriteria(), sample.getDrawnBy(),
                sample.getDrawnAt(), items);
    }

    public List<SampleView> samples() {
        return em.createQuery("SELECT s.id FROM LedgerSample s ORDER BY s.drawnAt DESC", Long.class).setMaxResults(20)
                .getResultStream().map(this::sample).toList();
    }

    /** Adds the caller's findings on one entry of a sample; what other inspectors found stays. */
    public void inspect(long sampleId, long sampleEntryId, String findings) {
        LedgerSampleEntry item = em.find(LedgerSampleEntry.class, sampleEntryId);
        if (item == null || item.getSample().getId() != sampleId) {
            throw new NoSuchRecordException("Sampled entry", sampleEntryId);
        }
        em.persist(item.addFinding(caller.name(), findings, clock.instant()));
        auditLog.record(AuditAction.LEDGER_ENTRY_INSPECTED, "LEDGER_ENTRY", item.getEntry().getId(),
                "sample " + item.getSample().getId() + ": " + findings);
    }

    public byte[] exportCsv(LedgerFilter filter) {
        List<LedgerEntryView> entries = queries.all(filter, MAX_ENTRIES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(entries, out);
        auditLog.record(AuditAction.LEDGER_EXPORTED, "LEDGER", null, "CSV, " + entries.size() + " entries, " + describe(filter));
        return out.toByteArray();
    }

    public byte[] exportPdf(LedgerFilter filter, Locale locale) {
        List<LedgerEntryView> entries = queries.all(filter, MAX_ENTRIES);
        byte[] document = pdf.render(describe(filter).in(locale), entries, locale);
        auditLog.record(AuditAction.LEDGER_EXPORTED, "LEDGER", null, "PDF, " + entries.size() + " entries, " + describe(filter));
        return document;
    }

    /** What a filter selects: the export's title, a sample's criteria, worded for each reader. */
    static Phrase describe(LedgerFilter filter) {
        String certificate = filter.certificateReference();
        String agency = filter.agencyCode();
        List<Phrase> parts = new ArrayList<>();
        if (certificate != null && agency != null) {
            parts.add(Phrase.of("ledger.criteria.certificateOfAgency", certificate, agency));
        } else if (certificate != null) {
            parts.add(Phrase.of("ledger.criteria.certificate", certificate));
        } else if (agency != null) {
            parts.add(Phrase.of("ledger.criteria.agency", agency));
        } else {
            parts.add(Phrase.of("ledger.criteria.all"));
        }
        if (filter.countryCode() != null) {
            parts.add(Phrase.of("ledger.criteria.country", filter.countryCode()));
        }
        if (filter.usedFrom() != null || filter.usedUntil() != null) {
            parts.add(Phrase.of("ledger.criteria.used", filter.usedFrom() == null ? "\u2026" : filter.usedFrom(),
                    filter.usedUntil() == null ? "\u2026" : filter.usedUntil()));
        }
        if (filter.onlyFlagged()) {
            parts.add(Phrase.of("ledger.criteria.flaggedOnly"));
        }
        return Phrase.list(parts);
    }
}

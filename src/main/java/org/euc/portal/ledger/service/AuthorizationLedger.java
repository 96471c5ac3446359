package org.euc.portal.ledger.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.certificate.domain.StatusChange;
import org.euc.portal.certificate.service.ImporterScope;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationValidation;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.Finding;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntry;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.domain.LedgerFacts;
import org.euc.portal.ledger.domain.LedgerRules;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.signature.service.PadesVerifier;

/**
 * The agency's side of the judicial authorization ledger: recording, correcting and cancelling
 * entries, one at a time (form, API) or a whole CSV file at once, always with the same
 * validation, the same compliance rules and the same audit. Own agency's issued certificates only.
 */
@ApplicationScoped
@RolesAllowed(Roles.IMPORTER)
public class AuthorizationLedger {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @PersistenceContext
    EntityManager em;

    @Inject
    ImporterScope scope;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    PortalSettings settings;

    @Inject
    LedgerCsv csv;

    @Inject
    LedgerQueries queries;

    Clock clock = Clock.systemUTC();

    /** An order document: the PDF of the order, optional, at most 10 MB. */
    public record OrderDocument(String fileName, byte[] content) {
    }

    @Transactional
    public LedgerEntryView record(String reference, AuthorizationInput input, OrderDocument document,
            LedgerChannel channel) {
        Certificate certificate = ledgerOf(reference);
        LedgerEntry entry = append(certificate, EntryType.RECORD, null, null, input, document, channel, 0);
        return queries.view(entry.getId());
    }

    /**
     * Corrects or cancels an earlier entry by adding a new one that points at it; the earlier entry
     * stays as it was. A cancellation repeats the cancelled authorization.
     */
    @Transactional
    public LedgerEntryView amend(String reference, int position, EntryType type, String reason,
            AuthorizationInput correction, OrderDocument document, LedgerChannel channel) {
        if (type == EntryType.RECORD) {
            throw new RuleViolationException("rule.ledger.amendmentTarget");
        }
        Certificate certificate = ledgerOf(reference);
        LedgerEntry amended = entryAt(certificate, position);
        if (type == EntryType.CORRECTION && correction == null) {
            throw new RuleViolationException("rule.ledger.correctionEmpty");
        }
        AuthorizationInput input = type == EntryType.CANCELLATION ? amended.input() : correction;
        LedgerEntry entry = append(certificate, type, amended, reason, input, document, channel, 0);
        return queries.view(entry.getId());
    }

    /**
     * Attests that the system was not used from one day to another (both past or today, in order).
     * Like a record, it fulfils the reporting duty: an open failure-to-report flag is closed.
     */
    @Transactional
    public LedgerEntryView attestNoUse(String reference, LocalDate from, LocalDate until, LedgerChannel channel) {
        Certificate certificate = ledgerOf(reference);
        LocalDate today = today();
        if (from == null || until == null || until.isBefore(from) || until.isAfter(today)) {
            throw new RuleViolationException("rule.ledger.attestationPeriod", today);
        }
        Instant now = clock.instant();
        LedgerEntry entry = LedgerEntry.attestNoUse(certificate, lastEntryLocked(certificate), from, until, channel,
                caller.name(), now);
        em.persist(entry);
        em.flush();
        closeFailureToReport(certificate, entry, now);
        auditLog.record(AuditAction.LEDGER_ENTRY_RECORDED, "CERTIFICATE", reference, "NO_USE_ATTESTATION at position "
                + entry.getPosition() + " for " + from + " to " + until + " via " + channel + ", hash " + entry.getHash());
        return queries.view(entry.getId());
    }

    /**
     * Records every row of a CSV file, or none: a file with any bad row is refused whole, with every
     * problem listed by line. @return how many entries were recorded
     */
    @Transactional
    public int importCsv(String reference, InputStream file) {
        Certificate certificate = ledgerOf(reference);
        LedgerCsv.ParseResult parsed = csv.parse(file, today());
        List<InputProblem> problems = new ArrayList<>(parsed.problems());
        for (LedgerCsv.Row row : parsed.rows()) {
            problems.addAll(resolutionProblems(certificate, row.input()).stream().map(p -> p.atLine(row.line())).toList());
        }
        if (!problems.isEmpty()) {
            auditLog.recordAtOnce(AuditAction.LEDGER_IMPORT_REFUSED, "CERTIFICATE", reference,
                    problems.size() + " problems, first: " + problems.get(0));
            throw new LedgerInputRefused(problems);
        }
        for (LedgerCsv.Row row : parsed.rows()) {
            append(certificate, EntryType.RECORD, null, null, row.input(), null, LedgerChannel.CSV, row.line());
        }
        return parsed.rows().size();
    }

    /** One page of the certificate's ledger, oldest first: a ledger can hold hundreds of thousands of entries. */
    @Transactional
    public List<LedgerEntryView> entries(String reference, int first, int max) {
        return queries.entriesOf(scope.ownCertificate(reference), first, max);
    }

    @Transactional
    public long entryCount(String reference) {
        return queries.entryCountOf(scope.ownCertificate(reference));
    }

    private LedgerEntry append(Certificate certificate, EntryType type, LedgerEntry amends, String reason,
            AuthorizationInput input, OrderDocument document, LedgerChannel channel, int line) {
        LocalDate today = today();
        List<InputProblem> problems = new ArrayList<>(AuthorizationValidation.problemsOf(input, today));
        problems.addAll(resolutionProblems(certificate, input));
        problems.addAll(documentProblems(document));
        if (!problems.isEmpty()) {
            throw new LedgerInputRefused(problems.stream().map(p -> line > 0 ? p.atLine(line) : p).toList());
        }
        Offence offence = input.offenceCode() == null ? null : offence(certificate, input).orElseThrow();
        LedgerEntry previous = lastEntryLocked(certificate);
        Instant now = clock.instant();
        StoredDocument stored = null;
        if (document != null && document.content() != null && document.content().length > 0) {
            stored = new StoredDocument(safeName(document.fileName()), StoredDocument.PDF, document.content(), now);
            em.persist(stored);
        }
        LedgerEntry entry = LedgerEntry.append(certificate, previous, type, amends, reason, input, offence, stored,
                channel, caller.name(), now);
        em.persist(entry);
        em.flush();
        List<Finding> findings = findingsOn(certificate, entry, offence, today);
        findings.forEach(finding -> certificate.raiseFlag(finding.rule(),
                Phrase.of("flagDetail.ledgerEntry", entry.getPosition(), finding.detail()), entry.getId(),
                Caller.SYSTEM, now));
        if (amends != null) {
            certificate.closeLedgerFlags(amends.getId(), Phrase.of(type == EntryType.CORRECTION
                    ? "flagResolution.corrected" : "flagResolution.cancelled", entry.getPosition()), now);
        }
        closeFailureToReport(certificate, entry, now);
        auditLog.record(AuditAction.LEDGER_ENTRY_RECORDED, "CERTIFICATE", certificate.getReference(), type + " at position "
                + entry.getPosition() + (amends == null ? "" : " amending " + amends.getPosition()) + " via " + channel
                + ", hash " + entry.getHash() + (findings.isEmpty() ? "" : ", flags " + findings.stream()
                        .map(f -> f.rule().name()).toList()));
        return entry;
    }

    /** The certificate's last entry, with its chain locked: one writer per chain, each append reads the end. */
    private LedgerEntry lastEntryLocked(Certificate certificate) {
        em.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.certificate = :certificate "
                        + "ORDER BY e.position DESC", LedgerEntry.class)
                .setParameter("certificate", certificate).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The agency reported: an open failure-to-report flag no longer stands. */
    private static void closeFailureToReport(Certificate certificate, LedgerEntry entry, Instant now) {
        certificate.closeFlags(FlagRule.LEDGER_FAILURE_TO_REPORT, Phrase.of("flagResolution.reported",
                Phrase.of("ledger.type." + entry.getType().name()), entry.getPosition()), now);
    }

    /**
     * What the rules find on a new entry. A cancellation withdraws an authorization and is judged on
     * nothing; a correction is judged on its corrected facts as of the day the authorization was
     * first recorded, so fixing a typo weeks later does not make the record late.
     */
    private List<Finding> findingsOn(Certificate certificate, LedgerEntry entry, Offence offence, LocalDate today) {
        if (entry.getType() == EntryType.CANCELLATION) {
            return List.of();
        }
        LocalDate recordedOn = entry.getType() == EntryType.CORRECTION
                ? LocalDate.ofInstant(entry.firstRecordedAt(), ZoneOffset.UTC) : today;
        return LedgerRules.evaluate(factsFor(certificate, entry.input(), offence, recordedOn));
    }

    private LedgerFacts factsFor(Certificate certificate, AuthorizationInput input, Offence offence, LocalDate today) {
        CertificateRevision approved = certificate.currentRevision();
        List<LedgerFacts.StatusPeriod> periods = new ArrayList<>();
        List<StatusChange> history = certificate.getHistory();
        for (int i = 0; i < history.size(); i++) {
            LocalDate from = LocalDate.ofInstant(history.get(i).getChangedAt(), ZoneOffset.UTC);
            LocalDate until = i + 1 < history.size()
                    ? LocalDate.ofInstant(history.get(i + 1).getChangedAt(), ZoneOffset.UTC) : null;
            periods.add(new LedgerFacts.StatusPeriod(history.get(i).getToStatus(), from, until));
        }
        return new LedgerFacts(input, offence == null ? null : offence.eligibility(), approved.getTerroristActs(),
                approved.getOffences().stream().map(Offence::getOffenceCode).collect(java.util.stream.Collectors.toSet()),
                new LedgerFacts.Validity(certificate.getApprovedFrom(), certificate.getApprovedUntil()), periods, today, certificate.getAgency().getCountry().isJudicialOrderRequired(),
                settings.ledgerTargetsThreshold());
    }

    /** Problems only the database can find: an offence code that is not in the country's catalogue. */
    private List<InputProblem> resolutionProblems(Certificate certificate, AuthorizationInput input) {
        if (input.offenceCode() != null && offence(certificate, input).isEmpty()) {
            return List.of(new InputProblem(0, "offenceCode", "ledger.problem.offenceUnknown", input.offenceCode()));
        }
        return List.of();
    }

    private static List<InputProblem> documentProblems(OrderDocument document) {
        if (document == null || document.content() == null || document.content().length == 0) {
            return List.of();
        }
        byte[] content = document.content();
        if (content.length > PadesVerifier.MAX_UPLOAD_BYTES) {
            return List.of(new InputProblem(0, "document", "ledger.problem.documentTooLarge"));
        }
        if (content.length < PDF_MAGIC.length || !java.util.Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0,
                PDF_MAGIC.length)) {
            return List.of(new InputProblem(0, "document", "ledger.problem.documentNotPdf"));
        }
        return List.of();
    }

    /** The catalogue version in force when the order was issued, else the latest one of that code. */
    private java.util.Optional<Offence> offence(Certificate certificate, AuthorizationInput input) {
        List<Offence> versions = em.createQuery("SELECT o FROM Offence o WHERE o.countryCode = :country "
                        + "AND o.offenceCode = :code ORDER BY o.effectiveFrom DESC", Offence.class)
                .setParameter("country", certificate.getAgency().getCountry().getCode())
                .setParameter("code", input.offenceCode())
                .getResultList();
        return versions.stream().filter(o -> input.issuedOn() != null && o.isInForceOn(input.issuedOn())).findFirst()
                .or(() -> versions.stream().findFirst());
    }

    private Certificate ledgerOf(String reference) {
        Certificate certificate = scope.ownCertificate(reference);
        if (!certificate.wasIssued()) {
            throw new RuleViolationException("rule.ledger.notIssued", reference, certificate.getStatus());
        }
        return certificate;
    }

    private LedgerEntry entryAt(Certificate certificate, int position) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.certificate = :certificate AND e.position = :position",
                        LedgerEntry.class)
                .setParameter("certificate", certificate).setParameter("position", position)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Ledger entry", certificate.getReference() + "#" + position));
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "order.pdf" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

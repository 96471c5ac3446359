package org.euc.portal.benchmark.scale;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.integrity.Timestamps;
import org.euc.portal.common.security.Roles;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.AuthorizationValidation;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.Finding;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerFacts;
import org.euc.portal.ledger.domain.LedgerLink;
import org.euc.portal.ledger.domain.LedgerRules;
import org.euc.portal.reference.domain.SeriousCrimeEligibility;

/**
 * Writes a certificate's authorization ledger as its agency would have recorded it over time:
 * mostly orders in time and in scope, some corrections, cancellations and no-use attestations, and
 * a few late or many-target records. Every entry passes the portal's own {@link AuthorizationValidation},
 * is judged by the portal's own {@link LedgerRules} (each finding becomes the flag the portal would
 * raise) and is sealed into the certificate's chain with {@link HashChain#hashOf} over a {@link LedgerLink}.
 * Only the running chain end and the last amendable entry are kept: a ledger of millions streams.
 */
final class SyntheticLedgers {

    private static final LedgerChannel[] CHANNELS = {LedgerChannel.FORM, LedgerChannel.FORM, LedgerChannel.CSV,
            LedgerChannel.API};

    private final CopyBatch batch;
    private final SequenceIds entryIds;
    private final SplittableRandom random;
    private final ScaleSettings settings;
    private long flagsRaised;

    SyntheticLedgers(CopyBatch batch, SequenceIds entryIds, SplittableRandom random, ScaleSettings settings) {
        this.batch = batch;
        this.entryIds = entryIds;
        this.random = random;
        this.settings = settings;
    }

    /** An earlier record a correction or cancellation may point at; never a flagged one, whose flags would need closing. */
    private record Amendable(long id, int position, AuthorizationInput input, LocalDate firstRecordedOn) {
    }

    /** What one ledger got: how many entries, and when the last was recorded (null when none). */
    record Written(long entries, Instant lastRecordedAt) {
    }

    /** @return the entries written (none when the certificate had no time to record any) */
    Written write(IssuedCertificate certificate, long count) throws SQLException {
        if (count <= 0 || !certificate.hasRecordingWindow()) {
            return new Written(0, null);
        }
        Instant lastRecordedAt = null;
        long windowMicros = ChronoUnit.MICROS.between(certificate.recordingFrom(), certificate.recordingUntil());
        double step = (double) windowMicros / count;
        String previousHash = HashChain.GENESIS;
        Amendable amendable = null;
        for (int position = 1; position <= count; position++) {
            // strictly in recording order, as appends under the certificate's lock are
            Instant recordedAt = Timestamps.toMicros(certificate.recordingFrom()
                    .plus((long) (step * (position - 1) + random.nextDouble() * step * 0.9), ChronoUnit.MICROS));
            LocalDate recordedOn = SyntheticCertificates.day(recordedAt);
            lastRecordedAt = recordedAt;
            int draw = random.nextInt(1000);
            Entry entry;
            if (draw < 10 && amendable != null) {
                entry = correction(amendable);
                amendable = null;
            } else if (draw < 15 && amendable != null) {
                entry = new Entry(EntryType.CANCELLATION, amendable.input(), amendable, "The court withdrew the order",
                        null, null);
                amendable = null;
            } else if (draw < 35) {
                entry = attestation(certificate, recordedOn);
            } else {
                entry = new Entry(EntryType.RECORD, record(certificate, recordedOn, position), null, null, null, null);
            }
            if (entry == null) {
                entry = new Entry(EntryType.RECORD, record(certificate, recordedOn, position), null, null, null, null);
            }
            long id = entryIds.next();
            Sealed sealed = append(certificate, id, position, entry, recordedAt, recordedOn, previousHash);
            previousHash = sealed.hash();
            if (entry.type() == EntryType.RECORD && !sealed.flagged()) {
                amendable = new Amendable(id, position, entry.input(), recordedOn);
            }
            batch.flushIfFull();
        }
        return new Written(count, lastRecordedAt);
    }

    /**
     * The flag the portal's hourly job ({@code ReportingDuty}) raises on a certificate still approved
     * whose ledger has had no entry for a reporting period, with its audit event, raised when the
     * period ran out. A portal that ran for years carries these already; without them, the job's
     * first run after generating would flag every silent certificate in one transaction.
     */
    void flagIfSilent(IssuedCertificate certificate, Written ledger, Instant now) {
        int period = settings.reportingPeriodDays();
        Instant lastActivity = ledger.lastRecordedAt() != null ? ledger.lastRecordedAt()
                : certificate.approvedFrom().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant raisedAt = lastActivity.plus(period + 1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).plus(5, ChronoUnit.MINUTES);
        if (raisedAt.isAfter(now)) {
            return;
        }
        LocalDate silentSince = SyntheticCertificates.day(raisedAt).minusDays(period);
        batch.flags.row(certificate.id(), FlagRule.LEDGER_FAILURE_TO_REPORT, FlagRule.LEDGER_FAILURE_TO_REPORT.isBlocking(),
                "no ledger entry and no attestation of no use since " + silentSince + " (" + period + " days)",
                certificate.revisionNumber(), raisedAt, "system", null, 0);
        batch.audit.recordBySystem(raisedAt, AuditAction.LEDGER_FAILURE_TO_REPORT_FLAGGED, "CERTIFICATE",
                certificate.reference(), "silent since " + silentSince);
        flagsRaised++;
    }

    /** One entry before sealing; for an attestation, {@code usedFrom}/{@code usedUntil} carry the attested period. */
    private record Entry(EntryType type, AuthorizationInput input, Amendable amends, String reason, LocalDate usedFrom,
            LocalDate usedUntil) {
    }

    /** An entry sealed into its chain, and whether the rules flagged it. */
    private record Sealed(String hash, boolean flagged) {
    }

    /** An order recorded within a week of its issue and used within it and within the approval, mostly. */
    private AuthorizationInput record(IssuedCertificate certificate, LocalDate recordedOn, int position) {
        boolean late = random.nextInt(200) == 0;
        LocalDate lastDay = certificate.lastDayOfUse();
        LocalDate issuedOn = recordedOn.minusDays(late ? 9 + random.nextInt(12) : random.nextInt(5));
        if (issuedOn.isAfter(lastDay)) {
            issuedOn = lastDay;
        }
        LocalDate validUntil = issuedOn.plusDays(30 + random.nextInt(60));
        LocalDate usedFrom = issuedOn.isBefore(certificate.approvedFrom()) ? certificate.approvedFrom() : issuedOn;
        LocalDate usedUntil = usedFrom.plusDays(random.nextInt(21));
        if (usedUntil.isAfter(lastDay)) {
            usedUntil = lastDay;
        }
        boolean judicialOnly = certificate.agency().judicialOrderRequired();
        int kindDraw = random.nextInt(100);
        AuthorizationKind kind = kindDraw < 8 ? AuthorizationKind.URGENT_ORAL_APPROVAL_CONFIRMED
                : kindDraw < 13 && !judicialOnly ? AuthorizationKind.OTHER_AUTHORIZATION : AuthorizationKind.JUDICIAL_ORDER;
        String citation = kind == AuthorizationKind.OTHER_AUTHORIZATION
                ? "Code of Criminal Procedure of " + certificate.agency().countryName() + ", art. 100b" : null;
        TerroristAct act = null;
        String offenceCode = null;
        List<String> offences = new ArrayList<>(certificate.declaredOffences().keySet());
        if (!offences.isEmpty() && random.nextInt(10) < 3) {
            offenceCode = offences.get(random.nextInt(offences.size()));
        } else {
            List<TerroristAct> acts = new ArrayList<>(certificate.declaredActs());
            act = acts.get(random.nextInt(acts.size()));
        }
        int targets = random.nextInt(300) == 0 ? settings.targetsThreshold() + 1 + random.nextInt(20) : 1 + random.nextInt(6);
        return new AuthorizationInput("ORD-" + certificate.id() + "-" + position,
                certificate.agency().countryName() + " District Court " + (1 + random.nextInt(12)), kind, citation, issuedOn,
                issuedOn, validUntil, usedFrom, usedUntil, act, offenceCode, targets,
                random.nextInt(2) == 0 ? null : "OP-" + Long.toString(certificate.id() * 31 + position, 36).toUpperCase());
    }

    /** A typing error in the number of targets, fixed (LedgerEntry: the earlier entry stays as it was). */
    private Entry correction(Amendable amended) {
        AuthorizationInput was = amended.input();
        int targets = was.targets() == 1 ? 2 : was.targets() - 1;
        AuthorizationInput corrected = new AuthorizationInput(was.orderReference(), was.issuingAuthority(), was.kind(),
                was.otherCitation(), was.issuedOn(), was.validFrom(), was.validUntil(), was.usedFrom(), was.usedUntil(),
                was.terroristAct(), was.offenceCode(), targets, was.operationReference());
        return new Entry(EntryType.CORRECTION, corrected, amended, "Typing error in the number of targets", null, null);
    }

    /** The agency attests a quiet stretch before today (AuthorizationLedger.attestNoUse), or there is none to attest. */
    private Entry attestation(IssuedCertificate certificate, LocalDate recordedOn) {
        LocalDate from = recordedOn.minusDays(7 + random.nextInt(24));
        if (from.isBefore(certificate.approvedFrom())) {
            from = certificate.approvedFrom();
        }
        LocalDate until = recordedOn.minusDays(1);
        if (until.isAfter(certificate.lastDayOfUse())) {
            until = certificate.lastDayOfUse();
        }
        return from.isAfter(until) ? null : new Entry(EntryType.NO_USE_ATTESTATION, null, null, null, from, until);
    }

    private Sealed append(IssuedCertificate certificate, long id, int position, Entry entry, Instant recordedAt,
            LocalDate recordedOn, String previousHash) {
        boolean attestation = entry.type() == EntryType.NO_USE_ATTESTATION;
        AuthorizationInput input = entry.input();
        if (!attestation) {
            List<InputProblem> problems = AuthorizationValidation.problemsOf(input, recordedOn);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the portal would refuse entry " + position + " of "
                        + certificate.reference() + ": " + problems);
            }
        }
        Long offenceId = attestation || input.offenceCode() == null ? null
                : certificate.declaredOffences().get(input.offenceCode());
        String channel = CHANNELS[random.nextInt(CHANNELS.length)].name();
        String recordedBy = certificate.agency().importer();
        Amendable amends = entry.amends();
        LedgerLink link = attestation
                ? new LedgerLink(certificate.id(), position, entry.type().name(), null, null, null, null, null, null, null,
                        null, null, entry.usedFrom(), entry.usedUntil(), null, null, null, null, null, recordedAt,
                        recordedBy, channel, previousHash, null)
                : new LedgerLink(certificate.id(), position, entry.type().name(), amends == null ? null : amends.id(),
                        entry.reason(), input.orderReference().strip(), input.issuingAuthority().strip(), input.kind().name(),
                        input.otherCitation(), input.issuedOn(), input.validFrom(), input.validUntil(), input.usedFrom(),
                        input.usedUntil(), input.terroristAct() == null ? null : input.terroristAct().name(), offenceId,
                        input.targets(), input.operationReference(), null, recordedAt, recordedBy, channel, previousHash,
                        null);
        String hash = HashChain.hashOf(previousHash, link);
        batch.ledgerEntries.row(id, link.certificateId(), position, link.entryType(), link.amendsEntryId(),
                link.amendmentReason(), link.orderReference(), link.issuingAuthority(), link.kind(), link.otherCitation(),
                link.issuedOn(), link.validFrom(), link.validUntil(), link.usedFrom(), link.usedUntil(),
                link.terroristAct(), link.offenceId(), link.targets(), link.operationReference(), null,
                link.documentSha256(), recordedAt, recordedBy, channel, previousHash, hash);
        List<Finding> findings = findingsOn(certificate, entry, recordedOn);
        for (Finding finding : findings) {
            batch.flags.row(certificate.id(), finding.rule(), finding.rule().isBlocking(), "entry " + position + ": "
                    + finding.detail(), certificate.revisionNumber(), recordedAt, "system", id, 0);
            flagsRaised++;
        }
        if (settings.auditLedgerEntries()) {
            String details = attestation
                    ? "NO_USE_ATTESTATION at position " + position + " for " + entry.usedFrom() + " to " + entry.usedUntil()
                            + " via " + channel + ", hash " + hash
                    : entry.type() + " at position " + position + (amends == null ? "" : " amending " + amends.position())
                            + " via " + channel + ", hash " + hash + (findings.isEmpty() ? ""
                                    : ", flags " + findings.stream().map(f -> f.rule().name()).toList());
            batch.audit.record(recordedAt, recordedBy, Roles.IMPORTER, AuditAction.LEDGER_ENTRY_RECORDED, "CERTIFICATE",
                    certificate.reference(), details, AuditTrail.IMPORTER_ADDRESS);
        }
        return new Sealed(hash, !findings.isEmpty());
    }

    /**
     * What the portal's rules find on the entry, as AuthorizationLedger.findingsOn asks them: nothing
     * on a cancellation or an attestation, a correction judged as of its original's recording day.
     */
    private List<Finding> findingsOn(IssuedCertificate certificate, Entry entry, LocalDate recordedOn) {
        if (entry.type() == EntryType.CANCELLATION || entry.type() == EntryType.NO_USE_ATTESTATION) {
            return List.of();
        }
        LocalDate judgedOn = entry.type() == EntryType.CORRECTION ? entry.amends().firstRecordedOn() : recordedOn;
        Map<String, Long> offences = certificate.declaredOffences();
        return LedgerRules.evaluate(new LedgerFacts(entry.input(),
                entry.input().offenceCode() == null ? null : SeriousCrimeEligibility.ELIGIBLE, certificate.declaredActs(),
                offences.keySet(), new LedgerFacts.Validity(certificate.approvedFrom(), certificate.approvedUntil()),
                certificate.statusPeriods(), judgedOn, certificate.agency().judicialOrderRequired(),
                settings.targetsThreshold()));
    }

    long flagsRaised() {
        return flagsRaised;
    }
}

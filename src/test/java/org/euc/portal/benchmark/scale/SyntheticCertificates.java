package org.euc.portal.benchmark.scale;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.euc.portal.benchmark.scale.ScaleReferenceData.AgencyProfile;
import org.euc.portal.benchmark.scale.ScaleReferenceData.DeclarableOffence;
import org.euc.portal.benchmark.scale.ScaleReferenceData.Placeholders;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.certificate.domain.ProposalState;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.integrity.Timestamps;
import org.euc.portal.common.security.Roles;
import org.euc.portal.ledger.domain.LedgerFacts;
import org.euc.portal.signature.domain.SignatureCheckOutcome;

/**
 * Writes one certificate at a time with the whole history the portal would have recorded to bring
 * it to its status: revisions with their purposes, undertakings and (placeholder) PDFs, every status
 * change, the four-eyes proposals, and the audit events of each step, with the services' wording.
 * Each move is checked against the portal's own lifecycle ({@link CertificateStatus#canMoveTo}) and
 * each decision is a real {@link Decision}, which refuses a reason of the wrong kind.
 */
final class SyntheticCertificates {

    /** After the demo countries' approval (2024-01-01) and the benchmark signatories' registration. */
    static final Instant HISTORY_START = Instant.parse("2024-02-01T08:00:00Z");
    private static final String LEGAL_BASIS = "Export Control Act s. 14(2)";
    private static final String[] REVIEWERS = {"reviewer.one", "reviewer.two"};
    private static final String[] SENIORS = {"senior.one", "senior.two"};
    private static final String[] EXPORTERS = {"Nordlicht Systems GmbH", "Cerulean Forensics Ltd", "Helix Interception AB",
            "Marlow Signal Analytics", "Vantor Secure Networks", "Quillon Data Intelligence", "Tessaract Mobile Labs"};
    private static final String[] SYSTEMS = {"LIMS-4 Lawful Interception Suite", "Tracer Mobile Extraction Kit",
            "Skylane Network Probe", "OSINT Harbour", "Keystone Remote Access Platform", "Lumen Metadata Analyzer"};

    private final CopyBatch batch;
    private final SequenceIds certificateIds;
    private final SequenceIds revisionIds;
    private final SequenceIds referenceNumbers;
    private final Placeholders documents;
    private final SplittableRandom random;
    private final Instant now;

    SyntheticCertificates(CopyBatch batch, SequenceIds certificateIds, SequenceIds revisionIds,
            SequenceIds referenceNumbers, Placeholders documents, SplittableRandom random, Instant now) {
        this.batch = batch;
        this.certificateIds = certificateIds;
        this.revisionIds = revisionIds;
        this.referenceNumbers = referenceNumbers;
        this.documents = documents;
        this.random = random;
        this.now = now;
    }

    /**
     * Writes a certificate that ends in the given status, its history starting at a random moment
     * that leaves room for it. @return its facts for the ledger when it was issued, else null
     */
    IssuedCertificate write(AgencyProfile agency, CertificateStatus status) throws SQLException {
        Duration longest = longestHistory(status);
        Instant latestStart = now.minus(longest);
        // the queue and the importer's work in progress are recent; settled cases spread over the whole history
        Instant earliestStart = status.isFinal() || status == CertificateStatus.APPROVED || status == CertificateStatus.SUSPENDED
                ? HISTORY_START : max(HISTORY_START, latestStart.minus(Duration.ofDays(30)));
        return write(agency, status, between(earliestStart, latestStart));
    }

    /** As {@link #write(AgencyProfile, CertificateStatus)}, starting at a chosen moment. */
    IssuedCertificate write(AgencyProfile agency, CertificateStatus status, Instant created) throws SQLException {
        History history = new History(agency, created, status);
        history.live();
        history.emit();
        return history.issued();
    }

    /** The longest history {@link History#live()} draws for a status; the draws below stay within it. */
    private static Duration longestHistory(CertificateStatus status) {
        return Duration.ofDays(switch (status) {
            case DRAFT, WITHDRAWN -> 20;
            case SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED, REJECTED, APPROVED -> 110;
            case SUSPENDED -> 110 + 400;
            case REVOKED -> 110 + 400 + 110;
            case EXPIRED -> 110 + 370;
        });
    }

    /** One certificate's life, lived step by step with the portal's rules, then written out. */
    private final class History {

        private final AgencyProfile agency;
        private final CertificateStatus target;
        private final long id = certificateIds.next();
        private final String reference;
        private final String importer;
        private final String reviewer = REVIEWERS[random.nextInt(REVIEWERS.length)];
        private final int firstSenior = random.nextInt(SENIORS.length);
        private final Instant createdAt;
        private final Set<TerroristAct> acts = EnumSet.noneOf(TerroristAct.class);
        private final List<DeclarableOffence> offences = new ArrayList<>();
        private final String exporter = EXPORTERS[random.nextInt(EXPORTERS.length)];
        private final String systemName = SYSTEMS[random.nextInt(SYSTEMS.length)];
        private final SystemCategory category = SystemCategory.values()[random.nextInt(SystemCategory.values().length)];
        private final int installations = 1 + random.nextInt(40);
        private final int sites = 1 + random.nextInt(8);
        private final LocalDate requestedFrom;
        private final LocalDate requestedUntil;
        private final List<Revision> revisions = new ArrayList<>();
        private final List<LedgerFacts.StatusPeriod> periods = new ArrayList<>();
        private final List<Proposal> proposals = new ArrayList<>();

        private Instant t;
        private CertificateStatus status;
        private long version;
        private Instant firstSubmittedAt;
        private Instant lastSubmittedAt;
        private Instant statusChangedAt;
        private Instant updatedAt;
        private String assignee;
        private Instant waitingSince;
        private LocalDate approvedFrom;
        private LocalDate approvedUntil;
        private String conditions;
        private Instant issuedAt;
        private Instant leftApprovedAt;

        History(AgencyProfile agency, Instant created, CertificateStatus target) throws SQLException {
            this.agency = agency;
            this.target = target;
            this.createdAt = Timestamps.toMicros(created);
            this.t = createdAt;
            this.importer = agency.importer();
            this.reference = String.format(Locale.ROOT, "EUC-%d-%06d", created.atZone(ZoneOffset.UTC).getYear(),
                    referenceNumbers.next());
            this.requestedFrom = day(createdAt).plusDays(20 + random.nextInt(25));
            this.requestedUntil = requestedUntil(target);
            declarePurposeChoices();
        }

        /** Expiring certificates ask for under a year; the others for long enough to be valid today. */
        private LocalDate requestedUntil(CertificateStatus target) {
            if (target == CertificateStatus.EXPIRED) {
                return requestedFrom.plusDays(180 + random.nextInt(180));
            }
            LocalDate drawn = requestedFrom.plusDays(730 + random.nextInt(730));
            LocalDate validToday = day(now).plusDays(60 + random.nextInt(300));
            return drawn.isBefore(validToday) ? validToday : drawn;
        }

        private void declarePurposeChoices() {
            TerroristAct[] all = TerroristAct.values();
            int count = 1 + random.nextInt(3);
            while (acts.size() < count) {
                acts.add(all[random.nextInt(all.length)]);
            }
            List<DeclarableOffence> declarable = agency.offences();
            if (!declarable.isEmpty() && random.nextInt(2) == 0) {
                offences.add(declarable.get(random.nextInt(declarable.size())));
            }
        }

        /** The steps that bring the certificate to its target status, in the portal's order. */
        void live() {
            draft();
            Revision first = revisions.get(0);
            if (target == CertificateStatus.DRAFT) {
                prepare(first, random.nextInt(5));
                return;
            }
            if (target == CertificateStatus.WITHDRAWN) {
                prepare(first, random.nextInt(3));
                later(2, 24 * 15);
                moveTo(CertificateStatus.WITHDRAWN, importer, "WITHDRAWN_BY_AGENCY",
                        "The procurement was cancelled", null);
                record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_WITHDRAWN, "The procurement was cancelled");
                return;
            }
            prepare(first, 4);
            submit(first);
            if (target == CertificateStatus.SUBMITTED) {
                return;
            }
            claim();
            boolean changeRound = target == CertificateStatus.CHANGES_REQUESTED || random.nextInt(6) == 0;
            if (changeRound) {
                decide(new Decision(DecisionKind.REQUEST_CHANGES, DecisionReason.INCOMPLETE_INFORMATION,
                        "Please state the number of installations per site", null), reviewer);
                if (target == CertificateStatus.CHANGES_REQUESTED) {
                    if (random.nextInt(2) == 0) {
                        amend();
                    }
                    return;
                }
                Revision second = amend();
                prepare(second, 4);
                submit(second);
                claim();
            }
            switch (target) {
                case UNDER_REVIEW -> {
                    if (random.nextInt(2) == 0) {
                        propose(approval(), approvalTerms(), SENIORS[firstSenior]); // waits for the second pair of eyes
                    }
                }
                case REJECTED -> decide(new Decision(DecisionKind.REJECT, DecisionReason.PURPOSES_NOT_ELIGIBLE,
                        "The declared purposes are not covered by the end-use rules", null), reviewer);
                default -> approveAndLive();
            }
        }

        private void approveAndLive() {
            Proposal approval = propose(approval(), approvalTerms(), SENIORS[firstSenior]);
            confirm(approval, SENIORS[1 - firstSenior]);
            switch (target) {
                case SUSPENDED -> {
                    later(24 * 30, 24 * 400);
                    suspend();
                }
                case REVOKED -> {
                    later(24 * 30, 24 * 400);
                    if (random.nextInt(2) == 0) {
                        suspend();
                        later(24 * 5, 24 * 60);
                    }
                    Proposal revocation = propose(new Decision(DecisionKind.REVOKE, DecisionReason.SERIOUS_VIOLATION,
                            "The system was used against journalists", LEGAL_BASIS), null, SENIORS[firstSenior]);
                    confirm(revocation, SENIORS[1 - firstSenior]);
                }
                case EXPIRED -> {
                    // the daily expiry job, the night after the last day of validity
                    t = approvedUntil.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(600));
                    moveTo(CertificateStatus.EXPIRED, "system", "VALIDITY_ENDED", null, null);
                    batch.audit.recordBySystem(t, AuditAction.CERTIFICATE_EXPIRED, "CERTIFICATE", reference,
                            "approved until " + approvedUntil);
                }
                default -> {
                    // stays approved
                }
            }
        }

        // ----- the importer's side -----

        private void draft() {
            revisions.add(new Revision(1, createdAt, importer));
            periods.add(new LedgerFacts.StatusPeriod(CertificateStatus.DRAFT, day(createdAt), null));
            statusChange(null, CertificateStatus.DRAFT, importer, "DRAFTED", null, null, null);
            status = CertificateStatus.DRAFT;
            statusChangedAt = createdAt;
            updatedAt = createdAt;
            record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_DRAFTED,
                    "system " + systemName + ", exporter " + exporter);
        }

        /** Purposes, undertakings, generated PDF, signed PDF: the first {@code steps} of them. */
        private void prepare(Revision revision, int steps) {
            if (steps >= 1) {
                later(0, 24 * 2);
                revision.purposesDeclared = true;
                record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_PURPOSES_DECLARED, "terrorist acts "
                        + acts.stream().map(TerroristAct::number).sorted().toList() + ", offences "
                        + offences.stream().map(DeclarableOffence::code).sorted().toList());
            }
            if (steps >= 2) {
                later(0, 24);
                revision.undertakingsAcceptedAt = t;
                record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_UNDERTAKINGS_ACCEPTED,
                        "accepted " + EnumSet.allOf(Undertaking.class).stream().sorted().toList());
            }
            if (steps >= 3) {
                later(0, 2);
                revision.generatedAt = t;
                record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_DOCUMENT_GENERATED, "revision "
                        + revision.number + ", sha256 " + documents.generatedSha256());
            }
            if (steps >= 4) {
                later(1, 24 * 3);
                revision.signingTime = t.minus(Duration.ofMinutes(5 + random.nextInt(120)));
                revision.signatureCheckedAt = t;
                record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_SIGNED_DOCUMENT_ACCEPTED, "revision "
                        + revision.number + ", signed by " + agency.signatoryName() + " (" + agency.signatoryFingerprint()
                        + "), sha256 " + documents.signedSha256());
            }
            updatedAt = t;
            version += steps;
        }

        private void submit(Revision revision) {
            later(0, 24 * 3);
            boolean resubmission = status == CertificateStatus.CHANGES_REQUESTED;
            revision.submittedAt = t;
            moveTo(CertificateStatus.SUBMITTED, importer, resubmission ? "RESUBMITTED" : "SUBMITTED", null, null);
            if (firstSubmittedAt == null) {
                firstSubmittedAt = t;
            }
            lastSubmittedAt = t;
            waitingSince = t;
            record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_SUBMITTED, "revision " + revision.number
                    + ", signed document sha256 " + documents.signedSha256());
        }

        private Revision amend() {
            later(24, 24 * 10);
            Revision next = new Revision(revisions.size() + 1, t, importer);
            next.purposesDeclared = true; // an amendment starts with the same content
            revisions.add(next);
            updatedAt = t;
            version++;
            record(importer, Roles.IMPORTER, AuditAction.CERTIFICATE_AMENDMENT_STARTED, "revision " + next.number);
            return next;
        }

        // ----- the ministry's side -----

        private void claim() {
            later(12, 24 * 10);
            moveTo(CertificateStatus.UNDER_REVIEW, reviewer, "CLAIMED", null, null);
            assignee = reviewer;
            record(reviewer, Roles.REVIEWER, AuditAction.CASE_CLAIMED, null);
        }

        /** Changes requested, rejection, suspension: one reviewer alone (ReviewDecisions.decide). */
        private void decide(Decision decision, String actor) {
            later(24, 24 * 20);
            moveTo(decision.kind().result(), actor, decision.reason().name(), words(decision.rationale()),
                    words(decision.legalBasis()));
            if (decision.kind() == DecisionKind.SUSPEND) {
                waitingSince = t;
            }
            AuditAction action = switch (decision.kind()) {
                case REQUEST_CHANGES -> AuditAction.CHANGES_REQUESTED;
                case REJECT -> AuditAction.CERTIFICATE_REJECTED;
                default -> AuditAction.CERTIFICATE_SUSPENDED;
            };
            record(actor, roleOf(actor), action, describe(decision));
        }

        private void suspend() {
            decide(new Decision(DecisionKind.SUSPEND, DecisionReason.FAILURE_TO_REPORT,
                    "No ledger entry and no attestation for the reporting period", LEGAL_BASIS), SENIORS[firstSenior]);
        }

        private Decision approval() {
            return new Decision(DecisionKind.APPROVE, DecisionReason.MEETS_REQUIREMENTS,
                    "End user and purposes meet the requirements", null);
        }

        private Terms approvalTerms() {
            LocalDate from = requestedFrom.isAfter(day(t)) ? requestedFrom : day(t);
            return new Terms(from, requestedUntil.isAfter(from) ? requestedUntil : from.plusDays(180),
                    random.nextInt(4) == 0 ? "Use limited to the sites declared" : null);
        }

        private Proposal propose(Decision decision, Terms terms, String proposer) {
            later(12, 24 * 15);
            Proposal proposal = new Proposal(decision, terms, proposer, t);
            proposals.add(proposal);
            updatedAt = t;
            version++;
            record(proposer, Roles.SENIOR_REVIEWER, AuditAction.DECISION_PROPOSED, describe(decision)
                    + (terms == null ? "" : ", validity " + terms.from() + " to " + terms.until()));
            return proposal;
        }

        /** The second senior confirms (ReviewDecisions.confirm): the decision takes effect, an approval issues. */
        private void confirm(Proposal proposal, String confirmer) {
            later(1, 24 * 5);
            proposal.decidedBy = confirmer;
            proposal.decidedAt = t;
            Decision decision = proposal.decision;
            moveTo(decision.kind().result(), confirmer, decision.reason().name(), words(decision.rationale()),
                    words(decision.legalBasis()), proposal.proposedBy);
            if (decision.kind() == DecisionKind.APPROVE) {
                approvedFrom = proposal.terms.from();
                approvedUntil = proposal.terms.until();
                conditions = proposal.terms.conditions();
                issuedAt = t;
            }
            record(confirmer, Roles.SENIOR_REVIEWER, AuditAction.DECISION_CONFIRMED, decision.kind() + " proposed by "
                    + proposal.proposedBy + " confirmed; status now " + status);
        }

        // ----- the record of it all -----

        private void moveTo(CertificateStatus to, String actor, String reasonCode, String rationale, String legalBasis) {
            moveTo(to, actor, reasonCode, rationale, legalBasis, null);
        }

        /** @param proposedBy under four eyes, who proposed what the actor confirms (Transition.proposedBy) */
        private void moveTo(CertificateStatus to, String actor, String reasonCode, String rationale, String legalBasis,
                String proposedBy) {
            if (!status.canMoveTo(to)) {
                throw new IllegalStateException("the portal's lifecycle refuses " + status + " -> " + to);
            }
            if (status == CertificateStatus.APPROVED && leftApprovedAt == null) {
                leftApprovedAt = t;
            }
            statusChange(status, to, actor, reasonCode, rationale, legalBasis, proposedBy);
            LedgerFacts.StatusPeriod last = periods.remove(periods.size() - 1);
            periods.add(new LedgerFacts.StatusPeriod(last.status(), last.from(), day(t)));
            periods.add(new LedgerFacts.StatusPeriod(to, day(t), null));
            status = to;
            statusChangedAt = t;
            updatedAt = t;
            version++;
        }

        private void statusChange(CertificateStatus from, CertificateStatus to, String actor, String reasonCode,
                String rationale, String legalBasis, String proposedBy) {
            batch.statusChanges.row(id, from, to, t, actor, reasonCode, rationale, legalBasis, proposedBy, revisions.size());
        }

        private void record(String actor, String role, AuditAction action, String details) {
            batch.audit.record(t, actor, role, action, "CERTIFICATE", reference, details,
                    Roles.IMPORTER.equals(role) ? AuditTrail.IMPORTER_ADDRESS : AuditTrail.MINISTRY_ADDRESS);
        }

        void emit() throws SQLException {
            boolean issued = issuedAt != null;
            batch.certificates.row(id, reference, agency.id(), status, revisions.size(), createdAt, importer,
                    firstSubmittedAt, lastSubmittedAt, statusChangedAt, updatedAt, version, assignee, waitingSince,
                    approvedFrom, approvedUntil, conditions, issued ? documents.issuedId() : null);
            for (Revision revision : revisions) {
                emit(revision);
            }
            for (Proposal proposal : proposals) {
                Decision decision = proposal.decision;
                batch.proposals.row(id, decision.kind(), proposal.decidedBy == null ? ProposalState.OPEN
                        : ProposalState.CONFIRMED, decision.reason(), words(decision.rationale()),
                        words(decision.legalBasis()), proposal.terms == null ? null : proposal.terms.from(),
                        proposal.terms == null ? null : proposal.terms.until(),
                        proposal.terms == null ? null : proposal.terms.conditions(), proposal.proposedBy,
                        proposal.proposedAt, proposal.decidedBy, proposal.decidedAt, proposal.decidedBy == null ? 0 : 1);
            }
        }

        private void emit(Revision revision) throws SQLException {
            long revisionId = revisionIds.next();
            boolean generated = revision.generatedAt != null;
            boolean signed = revision.signatureCheckedAt != null;
            batch.revisions.row(revisionId, id, revision.number, exporter, "EXP-" + reference.substring(4), systemName,
                    category, installations, sites, requestedFrom, requestedUntil, agency.signatoryId(),
                    generated ? documents.generatedId() : null, revision.generatedAt, generated ? "en" : null,
                    signed ? documents.signedId() : null, signed ? SignatureCheckOutcome.VALID : null, null,
                    signed ? agency.signatoryFingerprint() : null, revision.signingTime, revision.signatureCheckedAt,
                    revision.submittedAt, revision.submittedAt == null ? null : importer, revision.createdAt, importer);
            if (revision.purposesDeclared) {
                for (TerroristAct act : acts) {
                    batch.revisionActs.row(revisionId, act);
                }
                for (DeclarableOffence offence : offences) {
                    batch.revisionOffences.row(revisionId, offence.id());
                }
            }
            if (revision.undertakingsAcceptedAt != null) {
                for (Undertaking undertaking : Undertaking.values()) {
                    batch.revisionUndertakings.row(revisionId, undertaking, revision.undertakingsAcceptedAt, importer);
                }
            }
        }

        /** The ledger's facts, when the ministry issued the certificate. */
        IssuedCertificate issued() {
            if (issuedAt == null) {
                return null;
            }
            // uses stay inside the approval and end the day before it stopped (a suspension, a revocation)
            Instant until = leftApprovedAt == null ? now : leftApprovedAt;
            LocalDate lastDay = leftApprovedAt == null ? day(now) : day(leftApprovedAt).minusDays(1);
            if (approvedUntil.isBefore(lastDay)) {
                lastDay = approvedUntil;
            }
            Map<String, Long> declared = new LinkedHashMap<>();
            offences.forEach(offence -> declared.put(offence.code(), offence.id()));
            Instant from = max(issuedAt, approvedFrom.atStartOfDay().toInstant(ZoneOffset.UTC));
            Instant lastRecording = min(until.minusSeconds(60), lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            return new IssuedCertificate(id, reference, agency, revisions.size(), Set.copyOf(acts), declared, approvedFrom,
                    approvedUntil, from, lastRecording, lastDay, List.copyOf(periods));
        }

        private void later(int minHours, int maxHours) {
            long seconds = minHours * 3600L + (long) (random.nextDouble() * (maxHours - minHours) * 3600L);
            t = Timestamps.toMicros(t.plusSeconds(seconds).plusNanos(random.nextInt(1_000_000) * 1_000L));
        }
    }

    private static final class Revision {
        final int number;
        final Instant createdAt;
        final String createdBy;
        boolean purposesDeclared;
        Instant undertakingsAcceptedAt;
        Instant generatedAt;
        Instant signingTime;
        Instant signatureCheckedAt;
        Instant submittedAt;

        Revision(int number, Instant createdAt, String createdBy) {
            this.number = number;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
        }
    }

    private record Terms(LocalDate from, LocalDate until, String conditions) {
    }

    private static final class Proposal {
        final Decision decision;
        final Terms terms;
        final String proposedBy;
        final Instant proposedAt;
        String decidedBy;
        Instant decidedAt;

        Proposal(Decision decision, Terms terms, String proposedBy, Instant proposedAt) {
            this.decision = decision;
            this.terms = terms;
            this.proposedBy = proposedBy;
            this.proposedAt = proposedAt;
        }
    }

    /** As ReviewDecisions writes a decision into the audit log. */
    private static String describe(Decision decision) {
        return decision.kind() + " because " + decision.reason() + ": " + decision.rationale()
                + (decision.legalBasis() == null ? "" : " (legal basis: " + decision.legalBasis() + ")");
    }

    /** A reviewer's words, as the text columns keep them. */
    private static String words(Phrase written) {
        return written == null ? null : written.toString();
    }

    private static String roleOf(String actor) {
        return actor.startsWith("senior.") ? Roles.SENIOR_REVIEWER : Roles.REVIEWER;
    }

    private Instant between(Instant from, Instant until) {
        long span = Math.max(1, ChronoUnit.SECONDS.between(from, until));
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

package org.euc.portal.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.ledger.domain.LedgerFacts.StatusPeriod;
import org.euc.portal.reference.domain.SeriousCrimeEligibility;

/**
 * The compliance rules on one ledger entry. They never refuse an entry (a late or doubtful record
 * is better than none): each finding becomes a flag for reviewers. At most one finding per rule,
 * in the order of {@link FlagRule}. Details are phrases with the concrete values, worded in each
 * reader's language ({@code flagDetail.*}) when the flag list shows them.
 */
public final class LedgerRules {

    /** An entry may be recorded up to this many days after the order was issued. */
    public static final int RECORDING_DAYS = 7;

    private static final Set<CertificateStatus> NOT_APPROVED =
            EnumSet.of(CertificateStatus.SUSPENDED, CertificateStatus.REVOKED, CertificateStatus.EXPIRED);

    private LedgerRules() {
    }

    public static List<Finding> evaluate(LedgerFacts facts) {
        AuthorizationInput input = facts.input();
        List<Finding> findings = new ArrayList<>();
        offenceNotSerious(facts).ifPresent(findings::add);
        basisNotDeclared(facts).ifPresent(findings::add);
        if (input.usedFrom() != null && input.usedUntil() != null) {
            useOutsideValidity(input).ifPresent(findings::add);
            useOutsideCertificateValidity(facts).ifPresent(findings::add);
            useWhileNotApproved(facts).ifPresent(findings::add);
        }
        lateRecording(facts).ifPresent(findings::add);
        if (facts.judicialOrderRequired() && input.kind() == AuthorizationKind.OTHER_AUTHORIZATION) {
            findings.add(new Finding(FlagRule.LEDGER_JUDICIAL_ORDER_REQUIRED,
                    Phrase.of("flagDetail.judicialOrderRequired", input.otherCitation())));
        }
        if (input.targets() != null && input.targets() > facts.targetsThreshold()) {
            findings.add(new Finding(FlagRule.LEDGER_MANY_TARGETS,
                    Phrase.of("flagDetail.manyTargets", input.targets(), facts.targetsThreshold())));
        }
        return findings;
    }

    private static Optional<Finding> offenceNotSerious(LedgerFacts facts) {
        String code = facts.input().offenceCode();
        SeriousCrimeEligibility eligibility = facts.offenceEligibility();
        if (code == null || code.isBlank() || eligibility == SeriousCrimeEligibility.ELIGIBLE) {
            return Optional.empty();
        }
        Phrase why = Phrase.of("flagDetail.notSerious." + (eligibility == null ? "UNKNOWN" : eligibility.name()));
        return Optional.of(new Finding(FlagRule.LEDGER_OFFENCE_NOT_SERIOUS,
                Phrase.of("flagDetail.offenceNotSerious", code, why)));
    }

    private static Optional<Finding> basisNotDeclared(LedgerFacts facts) {
        TerroristAct act = facts.input().terroristAct();
        String code = facts.input().offenceCode();
        if (act != null && (facts.declaredActs() == null || !facts.declaredActs().contains(act))) {
            return Optional.of(new Finding(FlagRule.LEDGER_BASIS_NOT_DECLARED,
                    Phrase.of("flagDetail.actNotDeclared", act.number(), act.name())));
        }
        if (act == null && code != null && !code.isBlank()
                && (facts.declaredOffenceCodes() == null || !facts.declaredOffenceCodes().contains(code))) {
            return Optional.of(new Finding(FlagRule.LEDGER_BASIS_NOT_DECLARED,
                    Phrase.of("flagDetail.offenceNotDeclared", code)));
        }
        return Optional.empty();
    }

    private static Optional<Finding> useOutsideValidity(AuthorizationInput input) {
        if (input.validFrom() == null || input.validUntil() == null) {
            return Optional.empty();
        }
        if (input.usedFrom().isBefore(input.validFrom()) || input.usedUntil().isAfter(input.validUntil())) {
            return Optional.of(new Finding(FlagRule.LEDGER_USE_OUTSIDE_ORDER_VALIDITY, Phrase.of(
                    "flagDetail.useOutsideOrder", input.usedFrom(), input.usedUntil(), input.validFrom(),
                    input.validUntil())));
        }
        return Optional.empty();
    }

    /** Days of use before the approval's first day or after its last: the certificate did not cover them. */
    private static Optional<Finding> useOutsideCertificateValidity(LedgerFacts facts) {
        LedgerFacts.Validity validity = facts.certificateValidity();
        AuthorizationInput input = facts.input();
        if (validity == null || validity.from() == null || validity.until() == null) {
            return Optional.empty();
        }
        if (input.usedFrom().isBefore(validity.from()) || input.usedUntil().isAfter(validity.until())) {
            return Optional.of(new Finding(FlagRule.LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY, Phrase.of(
                    "flagDetail.useOutsideCertificate", input.usedFrom(), input.usedUntil(), validity.from(),
                    validity.until())));
        }
        return Optional.empty();
    }

    private static Optional<Finding> useWhileNotApproved(LedgerFacts facts) {
        LocalDate usedFrom = facts.input().usedFrom();
        LocalDate usedUntil = facts.input().usedUntil();
        List<Phrase> overlaps = new ArrayList<>();
        for (StatusPeriod period : facts.statusPeriods() == null ? List.<StatusPeriod>of() : facts.statusPeriods()) {
            if (!NOT_APPROVED.contains(period.status())) {
                continue;
            }
            // the period is [from, until): it shares a day with [usedFrom, usedUntil] unless it ends
            // on or before usedFrom or starts after usedUntil
            boolean startsInTime = period.from() == null || !period.from().isAfter(usedUntil);
            boolean endsLateEnough = period.until() == null || period.until().isAfter(usedFrom);
            if (startsInTime && endsLateEnough) {
                overlaps.add(describe(period));
            }
        }
        if (overlaps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FlagRule.LEDGER_USE_WHILE_NOT_APPROVED,
                Phrase.of("flagDetail.useWhileNotApproved", usedFrom, usedUntil, Phrase.list(overlaps))));
    }

    private static Phrase describe(StatusPeriod period) {
        CertificateStatus status = period.status();
        if (period.until() == null) {
            return period.from() == null ? Phrase.of(status.labelKey())
                    : Phrase.of("flagDetail.period.since", status, period.from());
        }
        // shown as its last day, so both ends read inclusive like the days of use
        LocalDate lastDay = period.until().minusDays(1);
        return period.from() == null ? Phrase.of("flagDetail.period.until", status, lastDay)
                : Phrase.of("flagDetail.period.between", status, period.from(), lastDay);
    }

    private static Optional<Finding> lateRecording(LedgerFacts facts) {
        LocalDate issuedOn = facts.input().issuedOn();
        if (issuedOn == null || facts.recordedOn() == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(issuedOn, facts.recordedOn());
        if (days <= RECORDING_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FlagRule.LEDGER_LATE_RECORDING, Phrase.of("flagDetail.lateRecording",
                facts.recordedOn(), days, issuedOn, RECORDING_DAYS)));
    }
}

package org.euc.portal.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.reference.domain.SeriousCrimeEligibility;

/**
 * Everything the compliance rules need to judge one ledger entry, gathered by the service so the
 * rules themselves are plain functions.
 *
 * @param input the authorization as recorded
 * @param offenceEligibility for an offence basis, whether it is a serious crime; null for a terrorist act
 * @param declaredActs terrorist acts the certificate's approved revision declared
 * @param declaredOffenceCodes offence codes the certificate's approved revision declared
 * @param certificateValidity the first and last day the certificate's approval covers; null when never approved
 * @param statusPeriods the certificate's status over time, oldest first
 * @param recordedOn the day the entry is recorded
 * @param judicialOrderRequired whether the country's law requires a judicial order (country profile)
 * @param targetsThreshold more targets than this raise a flag
 */
public record LedgerFacts(
        AuthorizationInput input,
        SeriousCrimeEligibility offenceEligibility,
        Set<TerroristAct> declaredActs,
        Set<String> declaredOffenceCodes,
        Validity certificateValidity,
        List<StatusPeriod> statusPeriods,
        LocalDate recordedOn,
        boolean judicialOrderRequired,
        int targetsThreshold) {

    /** Both days inclusive. */
    public record Validity(LocalDate from, LocalDate until) {
    }

    /**
     * The certificate had this status from {@code from} (inclusive) until {@code until}
     * (exclusive; null while it still has it).
     */
    public record StatusPeriod(CertificateStatus status, LocalDate from, LocalDate until) {
    }
}

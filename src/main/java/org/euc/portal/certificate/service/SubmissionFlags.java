package org.euc.portal.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.security.Caller;
import org.euc.portal.reference.domain.Offence;

/**
 * The rules checked when a revision is submitted; each finding becomes a compliance flag for the
 * reviewers, raised by the portal itself.
 */
@ApplicationScoped
public class SubmissionFlags {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(Certificate certificate, Instant now) {
        CertificateRevision current = certificate.currentRevision();
        if (current.getNumber() > 1) {
            CertificateRevision previous = certificate.revision(current.getNumber() - 1);
            if (!previous.getSignatory().getId().equals(current.getSignatory().getId())) {
                certificate.raiseFlag(FlagRule.SIGNATORY_CHANGED, Phrase.of("flagDetail.signatoryChanged",
                        previous.getNumber(), previous.getSignatory().getName(), current.getNumber(),
                        current.getSignatory().getName()), Caller.SYSTEM, now);
            }
        }
        for (Offence offence : current.getOffencesInOrder()) {
            if (hasNewerVersion(offence)) {
                certificate.raiseFlag(FlagRule.OFFENCE_CATALOGUE_CHANGED, Phrase.of("flagDetail.offenceChangedSince",
                        offence.getStatute(), offence.getName(), offence.getEffectiveFrom()), Caller.SYSTEM, now);
            }
        }
    }

    /** Flags every open case declaring an older version of this catalogue entry (called when the catalogue changes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int raiseForChangedOffence(Offence replaced, Instant now) {
        var affected = em.createQuery("SELECT DISTINCT c FROM Certificate c JOIN c.revisions r JOIN r.offences o "
                        + "WHERE o = :offence AND r.number = c.currentRevisionNumber "
                        + "AND c.status IN (org.euc.portal.certificate.domain.CertificateStatus.SUBMITTED, "
                        + "org.euc.portal.certificate.domain.CertificateStatus.UNDER_REVIEW)", Certificate.class)
                .setParameter("offence", replaced)
                .getResultList();
        Phrase detail = Phrase.of("flagDetail.offenceChanged", replaced.getStatute(), replaced.getName());
        affected.forEach(certificate -> certificate.raiseFlag(FlagRule.OFFENCE_CATALOGUE_CHANGED, detail,
                Caller.SYSTEM, now));
        return affected.size();
    }

    private boolean hasNewerVersion(Offence offence) {
        return !em.createQuery("SELECT o.id FROM Offence o WHERE o.countryCode = :country AND o.offenceCode = :code "
                        + "AND o.effectiveFrom > :from", Long.class)
                .setParameter("country", offence.getCountryCode())
                .setParameter("code", offence.getOffenceCode())
                .setParameter("from", offence.getEffectiveFrom())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}

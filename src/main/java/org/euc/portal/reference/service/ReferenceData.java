package org.euc.portal.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.CountryApproval;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.Signatory;

/**
 * Reads reference data for the other features: agencies, country approval, signatories, the
 * offence catalogue. Reference data is not secret to signed-in users; the callers decide what a
 * user may do with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public Optional<Agency> agencyByCode(String code) {
        return em.createQuery("SELECT a FROM Agency a JOIN FETCH a.country WHERE a.code = :code", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The latest approval decision in force on the day decides. */
    public CountryStanding countryStanding(String countryCode, LocalDate day) {
        Country country = em.find(Country.class, countryCode);
        if (country == null) {
            return CountryStanding.neverDecided(countryCode, countryCode);
        }
        return em.createQuery("SELECT d FROM CountryApproval d WHERE d.country.code = :code AND d.effectiveFrom <= :day "
                        + "ORDER BY d.effectiveFrom DESC, d.id DESC", CountryApproval.class)
                .setParameter("code", countryCode)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(decision -> new CountryStanding(countryCode, country.getName(), decision.isApproved(),
                        decision.getEffectiveFrom(), decision.getReason()))
                .orElse(CountryStanding.neverDecided(countryCode, country.getName()));
    }

    /** Signatories of the agency who may sign at that moment (certificate valid, not revoked), by name. */
    public List<Signatory> signatoriesAbleToSign(String agencyCode, Instant moment) {
        return em.createQuery("SELECT s FROM Signatory s WHERE s.agency.code = :agency AND s.validFrom <= :moment "
                        + "AND s.validUntil >= :moment AND (s.revokedAt IS NULL OR s.revokedAt > :moment) "
                        + "ORDER BY s.name", Signatory.class)
                .setParameter("agency", agencyCode)
                .setParameter("moment", moment)
                .getResultList();
    }

    public Optional<Signatory> signatoryByFingerprint(String fingerprint) {
        return em.createQuery("SELECT s FROM Signatory s JOIN FETCH s.agency WHERE s.fingerprint = :fingerprint",
                        Signatory.class)
                .setParameter("fingerprint", fingerprint)
                .getResultStream()
                .findFirst();
    }

    public Optional<Signatory> signatory(long id) {
        return em.createQuery("SELECT s FROM Signatory s JOIN FETCH s.agency WHERE s.id = :id", Signatory.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The country's catalogue as in force on the day, by statute. */
    public List<Offence> offencesInForce(String countryCode, LocalDate day) {
        return em.createQuery("SELECT o FROM Offence o WHERE o.countryCode = :country AND o.effectiveFrom <= :day "
                        + "AND (o.effectiveUntil IS NULL OR o.effectiveUntil > :day) ORDER BY o.statute", Offence.class)
                .setParameter("country", countryCode)
                .setParameter("day", day)
                .getResultList();
    }

    public List<Offence> offences(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Offence o WHERE o.id IN :ids", Offence.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}

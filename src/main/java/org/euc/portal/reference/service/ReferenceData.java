package org.euc.portal.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.euc.portal.reference.domain.Agency;

/** Read access to reference data that every signed-in user may see (agency names, countries). */
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
}

package org.euc.portal.common.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.stream.Stream;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.checkpoint.CheckpointVerifier;
import org.euc.portal.common.checkpoint.CheckpointVerifier.CheckpointCheck;
import org.euc.portal.common.integrity.ChainVerification;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.security.Roles;

/**
 * Walks the whole audit log and reports the first broken link of its hash chain, then checks the
 * chain against the signed checkpoints, which name a deleted tail or a re-hashed rewrite.
 */
@ApplicationScoped
public class AuditLogVerifier {

    private static final int FETCH_SIZE = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CheckpointVerifier checkpoints;

    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional
    public ChainVerification verifyWholeLog() {
        ChainVerification result;
        try (Stream<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id", AuditEvent.class)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            result = HashChain.verify(detachingAsItGoes(events.iterator()));
        }
        result = againstCheckpoints(result);
        auditLog.record(AuditAction.AUDIT_LOG_VERIFIED, "AUDIT_LOG", null, result.isIntact()
                ? "intact: " + result.checkedRecords() + " events, last hash " + result.lastHash()
                : "BROKEN at event " + result.brokenAt() + ": " + result.problem());
        return result;
    }

    /** A chain sound on its own may still have lost its tail or been re-hashed: the checkpoints tell. */
    private ChainVerification againstCheckpoints(ChainVerification chain) {
        CheckpointCheck check = checkpoints.check(AuditLogChain.KIND, null);
        if (check.checkpointProblem() != null) {
            return chain.contradictedAt(0, check.checkpointProblem());
        }
        return check.contradictions().stream().findFirst()
                .map(contradiction -> chain.contradictedAt(contradiction.position(), contradiction.problem()))
                .orElse(chain);
    }

    /** Keeps the persistence context small while millions of events stream past. */
    private Iterator<AuditEvent> detachingAsItGoes(Iterator<AuditEvent> events) {
        return new Iterator<>() {
            private int sinceClear;

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public AuditEvent next() {
                if (++sinceClear == FETCH_SIZE) {
                    em.clear();
                    sinceClear = 0;
                }
                return events.next();
            }
        };
    }
}

package org.euc.portal.testsupport.incontainer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.testsupport.DemoUser;

/**
 * What an in-container test reads from the portal's database to see what a service really did, with
 * SQL of its own rather than through the services under test; the transaction it may wrap the work
 * in; and whether another session waits for that transaction's locks. Inject it into the test:
 * {@code @Inject Records records}.
 */
@Dependent
public class Records {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    /** The number a native query answers, with the parameters bound to ?1, ?2, … in order. */
    public long count(String sql, Object... parameters) {
        return valueOf(Number.class, sql, parameters).longValue();
    }

    /** The one value a native query answers (a row of several columns is an {@code Object[]}), or null. */
    public <T> T valueOf(Class<T> type, String sql, Object... parameters) {
        return type.cast(nativeQuery(sql, parameters).getSingleResult());
    }

    /** The rows a native query of two or more columns answers, each an array of its columns. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rowsOf(String sql, Object... parameters) {
        return nativeQuery(sql, parameters).getResultList();
    }

    private Query nativeQuery(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** Audit events of the action on the subject (a certificate reference, a country or offence code, …). */
    public long eventsOf(AuditAction action, String subjectId) {
        return count("SELECT count(*) FROM audit_event WHERE action = ?1 AND subject_id = ?2",
                action.name(), subjectId);
    }

    /**
     * Refusals of the user the audit log holds on the subject: the operation refused by role
     * ({@code "ReviewDecisions.claim"}) or the record refused by ownership ({@code "certificate …"}).
     */
    public long refusalsOf(DemoUser user, String subjectId) {
        return count("SELECT count(*) FROM audit_event WHERE action = ?1 AND actor = ?2 AND subject_id = ?3",
                AuditAction.ACCESS_DENIED.name(), user.username(), subjectId);
    }

    /** The certificate's lifecycle status as stored, e.g. {@code "SUBMITTED"}. */
    public String statusOf(String reference) {
        return valueOf(String.class, "SELECT status FROM certificate WHERE reference = ?1", reference);
    }

    /** Decisions approving or disapproving the country, each from its effective date: the country's history. */
    public long decisionsOn(String country) {
        return count("SELECT count(*) FROM country_approval WHERE country_code = ?1", country);
    }

    public boolean judicialOrderRequired(String country) {
        return valueOf(Boolean.class, "SELECT judicial_order_required FROM country WHERE code = ?1", country);
    }

    /** A country no agency belongs to (and no demo country): a change to it touches no certificate. */
    public String spareCountry() {
        return spareCountries(1).get(0);
    }

    /** Countries no agency belongs to (and no demo country), always the same ones, in code order. */
    @SuppressWarnings("unchecked")
    public List<String> spareCountries(int how) {
        List<String> spare = nativeQuery("SELECT code FROM country WHERE code NOT IN "
                + "(SELECT country_code FROM agency) AND code NOT LIKE 'X%' ORDER BY code LIMIT ?1", how).getResultList();
        assertEquals(how, spare.size(), "enough countries without agencies");
        return spare;
    }

    /** Runs the work in a transaction that is rolled back even when an assertion in it fails. */
    public void inTransactionRolledBack(RunAs.Work work) throws Exception {
        inTransactionRolledBack(() -> {
            work.run();
            return null;
        });
    }

    /** The same, for work that answers what it saw inside the transaction. */
    public <T> T inTransactionRolledBack(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }

    /**
     * Waits, inside the open transaction that holds a lock, until the other work is seen in
     * PostgreSQL waiting for it: the two really overlap, without sleeping. Fails at once if the
     * other work ends first, since then it never waited.
     */
    public void awaitBlockedByThisTransaction(Future<?> otherWork, Duration atMost) throws SystemException {
        if (transaction.getStatus() != Status.STATUS_ACTIVE) {
            // outside it the query would run on any pooled connection, not the one holding the lock
            throw new IllegalStateException("call inside the transaction that holds the lock");
        }
        await().atMost(atMost).pollInSameThread()
                .failFast("the other work ended without waiting for this transaction", otherWork::isDone)
                .until(() -> sessionsBlockedByThisTransaction() > 0);
    }

    /**
     * Sessions waiting for a lock held by this transaction's connection. Read from the lock manager,
     * which is live, unlike pg_stat_activity, which PostgreSQL snapshots once per transaction.
     */
    private long sessionsBlockedByThisTransaction() {
        return count("SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted "
                + "AND pg_backend_pid() = ANY(pg_blocking_pids(pid))");
    }
}

package org.euc.portal.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditFilter;
import org.euc.portal.common.audit.service.AuditLogSearch;
import org.euc.portal.common.audit.service.AuditLogVerifier;
import org.euc.portal.common.integrity.ChainVerification;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.incontainer.InContainerTest;
import org.euc.portal.testsupport.incontainer.PortalCopy;
import org.euc.portal.testsupport.incontainer.Records;
import org.euc.portal.testsupport.incontainer.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The audit log inside the server, with real JTA: one unbroken chain however many transactions
 * append at once, an event that commits and rolls back with its change, the events the log keeps
 * whatever the caller's transaction does (at-once records, refusals), and an append that cannot
 * get the chain failing at the lock timeout instead of hanging.
 *
 * <p>The audited changes are judicial-order profiles of countries without agencies, each set back
 * to what it was: no other test's data changes. Other writers (the portal's timers) may append to
 * the log meanwhile, so the chain is checked link by link, never by assuming whose event is next.
 */
@InContainerTest
class AuditLogInContainerIT {

    private static final int SIMULTANEOUS_WRITERS = 8;
    /** Even, so every writer's country ends with the profile it had. */
    private static final int CHANGES_PER_WRITER = 6;
    /** SQLSTATE lock_not_available: what PostgreSQL answers when lock_timeout runs out. */
    private static final String LOCK_TIMEOUT = "55P03";

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(AuditLogInContainerIT.class);
    }

    @Inject
    CountryAdministration countries;

    @Inject
    AuditLogVerifier verifier;

    @Inject
    AuditLogSearch search;

    @Inject
    UserTransaction transaction;

    @Inject
    Records records;

    @Test
    void auditedChangesFromManySimultaneousTransactionsFormOneChainWithoutGapOrFork() throws Exception {
        Map<String, Boolean> profilesBefore = new LinkedHashMap<>();
        records.spareCountries(SIMULTANEOUS_WRITERS)
                .forEach(country -> profilesBefore.put(country, records.judicialOrderRequired(country)));
        long lastBefore = lastEventId();
        // released together, so every writer reaches the chain's end at the same moment unless the lock makes it wait
        CyclicBarrier start = new CyclicBarrier(SIMULTANEOUS_WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(SIMULTANEOUS_WRITERS);
        try {
            List<Future<?>> finished = new ArrayList<>();
            profilesBefore.forEach((country, before) -> finished.add(writers.submit(() -> {
                RunAs.user(DemoUser.ADMIN_ONE, () -> {
                    start.await(1, TimeUnit.MINUTES);
                    for (int change = 0; change < CHANGES_PER_WRITER; change++) {
                        countries.setJudicialOrderRequired(country, change % 2 == 0 ? !before : before);
                    }
                });
                return null;
            })));
            for (Future<?> writer : finished) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        profilesBefore.keySet().forEach(country -> assertEquals(CHANGES_PER_WRITER, records.count("SELECT count(*) "
                + "FROM audit_event WHERE id > ?1 AND action = 'COUNTRY_PROFILE_CHANGED' AND subject_id = ?2", lastBefore,
                country), "every change of " + country + " was audited once"));
        // bounded, so that an event another writer appends while these queries run cannot blur the picture
        long lastAfter = lastEventId();
        assertEquals(lastAfter - lastBefore, records.count("SELECT count(*) FROM audit_event WHERE id > ?1 AND id <= ?2",
                lastBefore, lastAfter), "no position was skipped");
        assertEquals(0, records.count("SELECT count(*) FROM audit_event e LEFT JOIN audit_event p ON p.id = e.id - 1 "
                + "WHERE e.id > ?1 AND e.id <= ?2 AND e.previous_hash <> coalesce(p.hash, ?3)", lastBefore, lastAfter,
                HashChain.GENESIS), "each new event links to the hash of the event just before it");
        assertEquals(lastAfter - lastBefore, records.count("SELECT count(DISTINCT previous_hash) FROM audit_event "
                + "WHERE id > ?1 AND id <= ?2", lastBefore, lastAfter),
                "no two events continue from the same predecessor: the chain never forked");
        ChainVerification verification = RunAs.user(DemoUser.AUDITOR_ONE, () -> verifier.verifyWholeLog());
        assertTrue(verification.isIntact(), String.valueOf(verification.problem()));
        profilesBefore.forEach((country, before) -> assertEquals(before, records.judicialOrderRequired(country), country));
    }

    @Test
    void aChangeRolledBackTakesItsAuditEventAlongAndTheChainContinuesFromTheLastCommittedEvent() throws Exception {
        String country = records.spareCountry();
        boolean requiredBefore = records.judicialOrderRequired(country);
        long lastBefore = lastEventId();

        StoredEvent uncommitted = records.inTransactionRolledBack(() -> {
            RunAs.user(DemoUser.ADMIN_ONE, () -> countries.setJudicialOrderRequired(country, !requiredBefore));
            return newestEvent(AuditAction.COUNTRY_PROFILE_CHANGED, country);
        });

        assertTrue(uncommitted.id() > lastBefore, "inside the transaction the event was there");
        assertEquals(hashAt(uncommitted.id() - 1), uncommitted.previousHash(), "it continued the committed chain");
        assertEquals(0, records.count("SELECT count(*) FROM audit_event WHERE hash = ?1", uncommitted.hash()),
                "the event went with its change");
        assertEquals(requiredBefore, records.judicialOrderRequired(country));

        RunAs.user(DemoUser.ADMIN_ONE, () -> countries.setJudicialOrderRequired(country, requiredBefore));
        StoredEvent committed = newestEvent(AuditAction.COUNTRY_PROFILE_CHANGED, country);
        assertEquals(hashAt(committed.id() - 1), committed.previousHash(),
                "the next event links to the last committed one");
        assertNotEquals(uncommitted.hash(), committed.previousHash(), "nothing links to the rolled-back event");
        assertNotEquals(uncommitted.hash(), hashAt(uncommitted.id()),
                "the rolled-back event's position was taken by a committed event: the chain has no gap");
    }

    @Test
    void anEventRecordedAtOnceStaysOnRecordWhenTheCallersTransactionRollsBack() throws Exception {
        // an export is recorded at once (AuditLog.recordAtOnce) so that a long export does not hold the chain's lock
        String marker = "IC-" + UUID.randomUUID();
        String country = records.spareCountry();
        boolean requiredBefore = records.judicialOrderRequired(country);
        long profileEventsBefore = records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country);

        long profileEventsInside = records.inTransactionRolledBack(() -> {
            RunAs.user(DemoUser.AUDITOR_ONE, () -> search.exportCsv(exportFilterNaming(marker),
                    OutputStream.nullOutputStream()));
            RunAs.user(DemoUser.ADMIN_ONE, () -> countries.setJudicialOrderRequired(country, !requiredBefore));
            return records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country);
        });

        assertEquals(profileEventsBefore + 1, profileEventsInside, "inside the transaction the change was audited");
        assertEquals(profileEventsBefore, records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country),
                "the change's event rolled back with it");
        assertEquals(requiredBefore, records.judicialOrderRequired(country));
        assertEquals(1, exportsNaming(marker), "the export recorded at once stayed although its caller rolled back");
    }

    @Test
    void aRefusedCallOutsideAnyTransactionIsAuditedWithWhoTriedWhatAndWhatWouldHaveAllowedIt() throws Exception {
        String country = records.spareCountry();
        String operation = "CountryAdministration.approve";
        long decisionsBefore = records.decisionsOn(country);
        long refusalsBefore = records.refusalsOf(DemoUser.IMPORTER_ARCADIA, operation);
        assertEquals(Status.STATUS_NO_TRANSACTION, transaction.getStatus(), "no business transaction around the call");

        assertThrows(AccessDeniedException.class, () -> RunAs.user(DemoUser.IMPORTER_ARCADIA,
                () -> countries.approve(List.of(country), LocalDate.now(ZoneOffset.UTC), "an importer approves a country")));

        assertEquals(refusalsBefore + 1, records.refusalsOf(DemoUser.IMPORTER_ARCADIA, operation));
        StoredEvent refusal = newestEvent(AuditAction.ACCESS_DENIED, operation);
        assertEquals(DemoUser.IMPORTER_ARCADIA.role(), refusal.actorRoles());
        assertEquals("OPERATION", refusal.subjectType());
        assertEquals("requires one of admin", refusal.details());
        assertEquals(hashAt(refusal.id() - 1), refusal.previousHash(), "the refusal is a link of the one chain");
        assertEquals(decisionsBefore, records.decisionsOn(country), "refused before anything happened");
    }

    @Test
    void aRefusalStaysOnRecordWhenTheCallersTransactionRollsBack() throws Exception {
        String operation = "AuditLogVerifier.verifyWholeLog";
        long refusalsBefore = records.refusalsOf(DemoUser.IMPORTER_BOREALIA, operation);

        long refusalsInside = records.inTransactionRolledBack(() -> {
            assertThrows(AccessDeniedException.class,
                    () -> RunAs.user(DemoUser.IMPORTER_BOREALIA, () -> verifier.verifyWholeLog()));
            return records.refusalsOf(DemoUser.IMPORTER_BOREALIA, operation);
        });

        assertEquals(refusalsBefore + 1, refusalsInside, "the refusal was committed at once, in its own transaction");
        assertEquals(refusalsBefore + 1, records.refusalsOf(DemoUser.IMPORTER_BOREALIA, operation),
                "and is still on record after the caller's rollback");
    }

    /**
     * An at-once append under a transaction that already appended waits for the chain its own
     * suspended caller holds: AuditLog's lock timeout ends the wait with an error. Takes the
     * timeout (15 s); the bound on the wait makes a regression fail instead of hanging the run.
     */
    @Test
    void anAppendWaitingForTheChainItsOwnCallerHoldsFailsAtTheLockTimeoutInsteadOfHanging() throws Exception {
        String marker = "IC-" + UUID.randomUUID();
        String country = records.spareCountry();
        boolean requiredBefore = records.judicialOrderRequired(country);
        long profileEventsBefore = records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        PersistenceException failed;
        try {
            failed = caller.submit(() -> records.inTransactionRolledBack(() -> {
                RunAs.user(DemoUser.ADMIN_ONE, () -> countries.setJudicialOrderRequired(country, !requiredBefore));
                return assertThrows(PersistenceException.class, () -> RunAs.user(DemoUser.ADMIN_ONE,
                        () -> search.exportCsv(exportFilterNaming(marker), OutputStream.nullOutputStream())));
            })).get(2, TimeUnit.MINUTES);
        } finally {
            caller.shutdownNow();
        }

        assertEquals(LOCK_TIMEOUT, sqlStateOf(failed), "ended by the chain's lock timeout: " + failed);
        assertEquals(0, exportsNaming(marker), "the failed append left nothing");
        assertEquals(profileEventsBefore, records.eventsOf(AuditAction.COUNTRY_PROFILE_CHANGED, country));
        assertEquals(requiredBefore, records.judicialOrderRequired(country));
    }

    /** The columns of a stored event these tests read. */
    private record StoredEvent(long id, String actorRoles, String subjectType, String details, String previousHash,
            String hash) {
    }

    private StoredEvent newestEvent(AuditAction action, String subjectId) {
        Object[] row = records.valueOf(Object[].class, "SELECT id, actor_roles, subject_type, details, previous_hash, "
                + "hash FROM audit_event WHERE action = ?1 AND subject_id = ?2 ORDER BY id DESC LIMIT 1",
                action.name(), subjectId);
        return new StoredEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5]);
    }

    private String hashAt(long id) {
        return records.valueOf(String.class, "SELECT hash FROM audit_event WHERE id = ?1", id);
    }

    private long lastEventId() {
        return records.count("SELECT coalesce(max(id), 0) FROM audit_event");
    }

    /** Exports whose recorded filter names the marker: the filter is the export event's details. */
    private long exportsNaming(String marker) {
        return records.count("SELECT count(*) FROM audit_event WHERE action = 'AUDIT_LOG_EXPORTED' AND details LIKE ?1",
                "%" + marker + "%");
    }

    /** A filter whose subject is the marker: it matches no event, and the export's record names it. */
    private static AuditFilter exportFilterNaming(String marker) {
        return new AuditFilter(null, null, null, null, marker);
    }

    private static String sqlStateOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}

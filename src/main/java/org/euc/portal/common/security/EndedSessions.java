package org.euc.portal.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Ends a user's portal sessions on every node at once. Keycloak's logout ends its own session,
 * but the portal's session (and the tokens in it) would live on until they expire. Ending writes
 * the moment into {@code session_cutoff}; each node reads that table at most every
 * {@link #REFRESH_MILLIS} (when a request needs it), and {@code EndedSessionFilter} ends a
 * session whose user was cut off after it started. A session remembers the cutoff it started
 * under, so the check compares database values only, never two machines' clocks.
 */
@ApplicationScoped
public class EndedSessions {

    /** How stale a node's view may be: a session ended on another node ends here within this. */
    static final long REFRESH_MILLIS = 250;
    /** The cutoff a session remembers when its user was never cut off. */
    public static final long NEVER = 0;

    @PersistenceContext
    EntityManager em;

    /** Each cut-off user's latest cutoff, in microseconds since the epoch (the database's clock). */
    private volatile Map<String, Long> cutoffs = Map.of();
    private volatile long readAtNanos;
    private volatile boolean mustRead = true;

    /** Ends every portal session of the user, on every node. */
    @Transactional
    public void end(String username) {
        em.createNativeQuery("INSERT INTO session_cutoff (username, ended_at) VALUES (?1, clock_timestamp()) "
                        + "ON CONFLICT (username) DO UPDATE SET ended_at = excluded.ended_at")
                .setParameter(1, username)
                .executeUpdate();
        mustRead = true; // this node reads it at its next request, however recent its last read
    }

    /** The user's latest cutoff, as a session remembers it when it starts; {@link #NEVER} when there was none. */
    public long cutoffOf(String username) {
        long now = System.nanoTime();
        if (mustRead || now - readAtNanos >= TimeUnit.MILLISECONDS.toNanos(REFRESH_MILLIS)) {
            mustRead = false;
            cutoffs = readCutoffs();
            readAtNanos = now;
        }
        return cutoffs.getOrDefault(username, NEVER);
    }

    /** Whether the user was cut off since a session that remembered this cutoff started. */
    public boolean endedSince(String username, long cutoffAtStart) {
        return cutoffOf(username) != cutoffAtStart;
    }

    /** Every row: one per user ever cut off, a few hundred at most. */
    private Map<String, Long> readCutoffs() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, "
                + "(extract(epoch FROM ended_at) * 1000000)::bigint FROM session_cutoff").getResultList();
        Map<String, Long> read = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> read.put((String) row[0], ((Number) row[1]).longValue()));
        return Map.copyOf(read);
    }
}

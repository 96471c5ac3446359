package org.euc.portal.common.persistence;

import jakarta.persistence.TypedQuery;

/**
 * How the tables over the append-only logs (the ledger browser, the audit log) count what a filter
 * matches: no further than {@link #LIMIT}. Beyond it they say "more than 10,000" — an exact count
 * read every one of a million rows on every view, and nobody pages that far.
 */
public final class CappedCount {

    public static final int LIMIT = 10_000;

    private CappedCount() {
    }

    /**
     * Counts the ids the query returns, at most {@link #LIMIT} + 1 of them. (Ids, not count():
     * Hibernate's HQL takes no LIMIT in a subquery without an ORDER BY.)
     */
    public static long of(TypedQuery<Long> ids) {
        return ids.setMaxResults(LIMIT + 1).getResultList().size();
    }

    /** Whether a count made by {@link #of} stopped at the limit: the page shows "more than" instead of it. */
    public static boolean capped(long counted) {
        return counted > LIMIT;
    }
}

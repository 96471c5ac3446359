package org.euc.portal.common.persistence;

/**
 * LIKE patterns from what a user typed: their own % and _ match themselves, not anything. Queries
 * must say {@code LIKE :x ESCAPE '\'}: without it Hibernate 6.6 sends {@code escape ''}, which
 * turns the escaping off, and a search containing _ or % finds nothing.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches every text that starts with the given one. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    /** Matches every text that contains the given one. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

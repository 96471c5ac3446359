package org.euc.portal.common.persistence;

/** LIKE patterns from what a user typed: their own % and _ match themselves, not anything. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches every text that starts with the given one (the database's default escape character is \). */
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

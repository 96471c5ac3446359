package org.euc.portal.common.api;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code first} and {@code max} of a paged API call: a negative {@code first} or a {@code max}
 * below 1 is a 400, and no page holds more than {@link #MAX_ROWS} rows, whatever was asked.
 */
public record Paging(int first, int max) {

    /** The most rows one API page returns (documented in the README and the OpenAPI document). */
    public static final int MAX_ROWS = 200;

    /** How the OpenAPI document describes {@code first}. */
    public static final String FIRST_DESCRIPTION = "First row, from 0";

    /** How the OpenAPI document describes {@code max}. */
    public static final String MAX_DESCRIPTION = "Rows per page, 1 or more; at most " + MAX_ROWS
            + ", whatever is asked";

    public static Paging of(int first, int max) {
        if (first < 0 || max < 1) {
            throw new BadRequestException("first must be 0 or more and max 1 or more (pages hold at most "
                    + MAX_ROWS + " rows).");
        }
        return new Paging(first, Math.min(max, MAX_ROWS));
    }
}

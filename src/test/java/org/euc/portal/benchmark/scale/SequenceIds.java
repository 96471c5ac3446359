package org.euc.portal.benchmark.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Numbers drawn from one of the portal's own sequences, a block at a time. Each number is a real
 * nextval, so a portal drawing from the same sequence meanwhile never gets one of ours, and a
 * later run continues after both (nextval needs only USAGE, which the runtime account has).
 */
final class SequenceIds {

    private static final int BLOCK = 10_000;

    private final Connection connection;
    private final String sequence;
    private final long[] block = new long[BLOCK];
    private int used = BLOCK;

    SequenceIds(Connection connection, String sequence) {
        this.connection = connection;
        this.sequence = sequence;
    }

    long next() throws SQLException {
        if (used == BLOCK) {
            refill();
        }
        return block[used++];
    }

    private void refill() throws SQLException {
        try (PreparedStatement draw = connection.prepareStatement(
                "SELECT nextval(?::regclass) FROM generate_series(1, ?)")) {
            draw.setString(1, sequence);
            draw.setInt(2, BLOCK);
            try (ResultSet numbers = draw.executeQuery()) {
                int filled = 0;
                while (numbers.next()) {
                    block[filled++] = numbers.getLong(1);
                }
            }
        }
        used = 0;
    }
}

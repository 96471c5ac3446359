package org.euc.portal.ledger.domain;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One thing wrong with an authorization as stated: which field, and the message (key and
 * arguments) that says what to fix. For a CSV file, the line it was found on.
 *
 * @param line the CSV line number (1 = header), 0 when not from a file
 */
public record InputProblem(int line, String field, String messageKey, Object... arguments) implements Serializable {

    public InputProblem atLine(int csvLine) {
        return new InputProblem(csvLine, field, messageKey, arguments);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + field + " " + messageKey + " " + Arrays.toString(arguments);
    }
}

package org.euc.portal.common.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with what a user typed or uploaded: which field, and the message (key and
 * arguments) that says what to fix. For a file, the line it was found on. Shared by every feature
 * that reads user input row by row (ledger authorizations, offence catalogues...).
 *
 * <p>Equal when line, field, key and arguments are equal (arguments compared element by element).
 *
 * @param line the file's line number (1 = a CSV header), 0 when not from a file or about the whole file
 * @param field the field or column concerned, or a pseudo-field such as {@code "file"} or {@code "row"}
 */
public record InputProblem(int line, String field, String messageKey, Object... arguments) implements Serializable {

    public InputProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public InputProblem atLine(int fileLine) {
        return new InputProblem(fileLine, field, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputProblem that && line == that.line && field.equals(that.field)
                && messageKey.equals(that.messageKey) && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, field, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + field + " " + messageKey + " " + Arrays.toString(arguments);
    }
}

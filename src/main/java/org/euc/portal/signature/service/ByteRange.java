package org.euc.portal.signature.service;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A signature's /ByteRange: the two parts of the file the signature covers, around the gap that
 * holds the /Contents hex string. Held in longs so that hostile values cannot overflow.
 */
record ByteRange(long firstStart, long firstLength, long secondStart, long secondLength) {

    /** Null unless the array holds exactly the four numbers of a ByteRange. */
    static ByteRange of(int[] values) {
        if (values == null || values.length != 4) {
            return null;
        }
        return new ByteRange(values[0], values[1], values[2], values[3]);
    }

    long firstEnd() {
        return firstStart + firstLength;
    }

    long secondEnd() {
        return secondStart + secondLength;
    }

    /** Both parts lie inside the file, in order, with room for at least "<>" between them. */
    boolean fitsInto(long fileLength) {
        return firstStart >= 0 && firstLength >= 0 && secondLength >= 0
                && secondStart >= firstEnd() + 2 && secondEnd() <= fileLength;
    }

    boolean coversWholeFile(long fileLength) {
        return firstStart == 0 && secondEnd() == fileLength;
    }

    /** The bytes the signature is computed over. Call only when {@link #fitsInto} holds. */
    byte[] signedBytes(byte[] file) {
        byte[] signed = Arrays.copyOfRange(file, (int) firstStart, (int) (firstEnd() + secondLength));
        System.arraycopy(file, (int) secondStart, signed, (int) firstLength, (int) secondLength);
        return signed;
    }

    /**
     * The decoded hex string that fills the gap, or empty when the gap holds anything else. The
     * signature value must come from exactly there, or the signature could be "wrapped" (a second
     * /Contents placed elsewhere, outside the signed bytes).
     */
    Optional<byte[]> hexStringInGap(byte[] file) {
        int start = (int) firstEnd();
        int end = (int) secondStart;
        if (file[start] != '<' || file[end - 1] != '>') {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start + 1; i < end - 1; i++) {
            char c = (char) (file[i] & 0xff);
            if (Character.digit(c, 16) >= 0) {
                digits.append(c);
            } else if (!isPdfWhitespace(c)) {
                return Optional.empty();
            }
        }
        if (digits.length() % 2 != 0) {
            digits.append('0'); // a PDF hex string with an odd digit count ends in an implied 0
        }
        return Optional.of(HexFormat.of().parseHex(digits));
    }

    private static boolean isPdfWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    @Override
    public String toString() {
        return "[" + firstStart + " " + firstLength + " " + secondStart + " " + secondLength + "]";
    }
}

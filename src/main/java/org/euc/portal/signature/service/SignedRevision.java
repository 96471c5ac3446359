package org.euc.portal.signature.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An uploaded file read as "the PDF the portal generated, followed by the signer's incremental
 * update". Pure byte comparisons: no PDF parsing is needed to know that our exact bytes were signed.
 */
final class SignedRevision {

    private static final byte[] END_OF_FILE_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final byte[] file;
    private final ByteRange range;

    SignedRevision(byte[] file, ByteRange range) {
        this.file = file;
        this.range = range;
    }

    /** The original is a byte-exact prefix of the file and lies wholly inside the first signed part. */
    boolean startsWithSignedCopyOf(byte[] original) {
        return range.firstStart() == 0
                && original.length <= range.firstEnd()
                && Arrays.equals(file, 0, original.length, original, 0, original.length);
    }

    /**
     * The signature was appended straight to the original: the last end-of-file marker before the
     * signature is the original's own. An edit saved as an extra revision before signing would end
     * with a marker of its own. Line ends the writer adds after the original do not matter.
     * Only meaningful once {@link #startsWithSignedCopyOf} holds.
     */
    boolean isAppendedDirectlyTo(byte[] original) {
        int originalMarker = lastIndexOfMarker(original, original.length);
        return originalMarker >= 0 && lastIndexOfMarker(file, (int) range.firstEnd()) == originalMarker;
    }

    /** Start of the last "%%EOF" that ends at or before {@code end}, or -1. */
    private static int lastIndexOfMarker(byte[] bytes, int end) {
        for (int i = end - END_OF_FILE_MARKER.length; i >= 0; i--) {
            if (bytes[i] == '%' && Arrays.equals(bytes, i, i + END_OF_FILE_MARKER.length,
                    END_OF_FILE_MARKER, 0, END_OF_FILE_MARKER.length)) {
                return i;
            }
        }
        return -1;
    }
}

package org.euc.portal.signature.service;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * How far the streams of an uploaded PDF would inflate, measured before PDFBox reads the file.
 * PDFBox decodes a stream whole into memory (cross-reference and object streams while parsing),
 * so a 10 MB upload of compressed zeros could fill the heap with gigabytes. Every zlib stream in
 * the file is inflated here into nothing, counting, and given up at the limit; a zlib stream
 * inside a zlib stream (a chain of Flate filters) is followed too. The other filters that expand
 * (LZW and run-length) are refused outright wherever their names appear, in the file or in what
 * its streams inflate to: PDFBox writes neither and no signing tool needs them. (Their short
 * forms are for inline images, which the portal never decodes: it compares content undecoded.)
 */
final class InflationCheck {

    /** Far above any stream of a generated certificate (fonts included) or a signature appearance. */
    static final long MAX_STREAM_BYTES = 16L * 1024 * 1024;
    /** All streams of the file together. */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private static final int MAX_NESTED_LAYERS = 4;
    private static final byte[] STREAM_KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);
    /** The names of the LZWDecode and RunLengthDecode filters, #-escapes resolved. */
    private static final Pattern EXPANDING_FILTER = Pattern.compile("/(LZWDecode|RunLengthDecode)");
    private static final Pattern NAME_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    /** Enough overlap between the chunks searched for a filter name, escapes included. */
    private static final int NAME_OVERLAP = 48;

    private long inflatedSoFar;
    private String expandingFilter;

    private InflationCheck() {
    }

    /** Why the file's streams would inflate too far, or null when they stay within the limits. */
    static String excess(byte[] pdf) {
        InflationCheck check = new InflationCheck();
        check.searchForExpandingFilter(new String(pdf, StandardCharsets.ISO_8859_1));
        for (int at = indexOf(pdf, STREAM_KEYWORD, 0); at >= 0; at = indexOf(pdf, STREAM_KEYWORD, at + 1)) {
            int data = streamDataStart(pdf, at);
            if (data < 0) {
                continue;
            }
            long streamBytes = check.inflate(pdf, data);
            if (streamBytes > MAX_STREAM_BYTES) {
                return "a stream inflates to more than " + MAX_STREAM_BYTES / (1024 * 1024) + " MB";
            }
            if (check.inflatedSoFar > MAX_TOTAL_BYTES) {
                return "its streams inflate to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB together";
            }
        }
        return check.expandingFilter == null ? null : "uses the " + check.expandingFilter + " filter";
    }

    private void searchForExpandingFilter(String text) {
        Matcher filter = EXPANDING_FILTER.matcher(withNameEscapesResolved(text));
        if (expandingFilter == null && filter.find()) {
            expandingFilter = filter.group(1);
        }
    }

    /**
     * The bytes the zlib data at the offset inflates to, through every nested zlib layer, read to
     * the end of each layer or to just past a limit. Data that is not zlib counts as nothing. The
     * data is read to the end of the file, not to the next "endstream": that word may lie inside
     * compressed data, and PDFBox goes by the stream's /Length.
     */
    private long inflate(byte[] pdf, int offset) {
        long before = inflatedSoFar;
        long limit = Math.min(MAX_STREAM_BYTES, MAX_TOTAL_BYTES - inflatedSoFar) + 1;
        try (InputStream decoded = layers(new ByteArrayInputStream(pdf, offset, pdf.length - offset), limit)) {
            decoded.transferTo(new FilterNameSearch());
        } catch (LimitReached e) {
            // counted: the caller sees the count over the limit
        } catch (IOException e) {
            // not zlib, or damaged: PDFBox keeps what inflated before the damage, as counted
        }
        return inflatedSoFar - before;
    }

    /**
     * The data inflated once, and again as long as what comes out starts like zlib data; nothing
     * when the data is no zlib at all. Each layer is counted: PDFBox holds every stage whole.
     */
    private InputStream layers(InputStream compressed, long limit) throws IOException {
        InputStream decoded = compressed;
        for (int layer = 0; layer < MAX_NESTED_LAYERS; layer++) {
            PushbackInputStream peek = new PushbackInputStream(decoded, 2);
            byte[] head = peek.readNBytes(2);
            peek.unread(head);
            if (!startsLikeZlib(head)) {
                return layer == 0 ? InputStream.nullInputStream() : peek;
            }
            decoded = new Counting(new InflaterInputStream(peek), limit);
        }
        return decoded;
    }

    /** A zlib header: deflate with a window of at most 32 KB, and the check bits right. */
    private static boolean startsLikeZlib(byte[] head) {
        return head.length == 2 && (head[0] & 0x0F) == 8 && (head[0] & 0xF0) <= 0x70
                && ((head[0] & 0xFF) * 256 + (head[1] & 0xFF)) % 31 == 0;
    }

    /** Where a stream's data starts after the keyword and its end of line, or -1 when this is no stream keyword. */
    private static int streamDataStart(byte[] pdf, int keyword) {
        if (keyword > 0 && Character.isLetterOrDigit(pdf[keyword - 1])) {
            return -1; // "endstream" or a longer word
        }
        int after = keyword + STREAM_KEYWORD.length;
        if (after < pdf.length && pdf[after] == '\r') {
            after++;
        }
        return after < pdf.length && pdf[after] == '\n' ? after + 1 : -1;
    }

    private static String withNameEscapesResolved(String text) {
        return NAME_ESCAPE.matcher(text).replaceAll(escape -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Counts what one layer produces into the file's total, and stops just past the limit. Closed,
     * it reads its layer to the end first: an inner layer may end long before the outer one does.
     */
    private final class Counting extends FilterInputStream {

        private final long limit;
        private long produced;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            try {
                transferTo(OutputStream.nullOutputStream());
            } finally {
                super.close();
            }
        }

        private void count(int bytes) throws LimitReached {
            produced += bytes;
            inflatedSoFar += bytes;
            if (produced >= limit) {
                throw new LimitReached();
            }
        }
    }

    /** Searches what a stream inflates to for the expanding filters' names, chunk by chunk with overlap. */
    private final class FilterNameSearch extends OutputStream {

        private String tail = "";

        @Override
        public void write(int value) {
            write(new byte[] {(byte) value}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            String text = tail + new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
            searchForExpandingFilter(text);
            tail = text.substring(Math.max(0, text.length() - NAME_OVERLAP));
        }
    }

    private static final class LimitReached extends IOException {

        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("inflation limit reached");
        }
    }
}

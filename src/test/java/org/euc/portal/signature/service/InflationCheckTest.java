package org.euc.portal.signature.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class InflationCheckTest {

    private static final long MB = 1024 * 1024;

    @Test
    void ordinaryCompressedStreamsPass() {
        assertNull(InflationCheck.excess(pdfWithStreams(zlib(zeros(2 * MB)), zlib(zeros(MB)))));
    }

    @Test
    void oneStreamInflatingBeyondItsLimitIsCaught() {
        byte[] bomb = zlib(zeros(InflationCheck.MAX_STREAM_BYTES + MB));
        assertEquals("a stream inflates to more than 16 MB", InflationCheck.excess(pdfWithStreams(bomb)));
    }

    @Test
    void manyStreamsEachWithinTheLimitAreCaughtTogether() {
        byte[] large = zlib(zeros(InflationCheck.MAX_STREAM_BYTES - MB));
        assertEquals("its streams inflate to more than 64 MB together",
                InflationCheck.excess(pdfWithStreams(large, large, large, large, large)));
    }

    @Test
    void aBombInsideABombIsFollowed() {
        byte[] inner = zlib(zeros(200 * MB));
        byte[] outer = zlib(inner);
        assertEquals("a stream inflates to more than 16 MB", InflationCheck.excess(pdfWithStreams(outer)));
    }

    @Test
    void theWordEndstreamInsideTheDataDoesNotCutTheCountShort() {
        byte[] bomb = zlib(zeros(InflationCheck.MAX_STREAM_BYTES + MB));
        byte[] withEarlyEnd = concat(concat(Arrays.copyOf(bomb, 20), ascii("\nendstream\n")),
                Arrays.copyOfRange(bomb, 20, bomb.length));
        // not valid zlib any more after the inserted word: the count stops, as PDFBox's would
        assertNull(InflationCheck.excess(pdfWithStreams(withEarlyEnd)));
        assertEquals("a stream inflates to more than 16 MB", InflationCheck.excess(concat(pdfWithStreams(bomb),
                ascii("endstream"))));
    }

    @Test
    void expandingFiltersOtherThanFlateAreRefusedEvenWhenEscaped() {
        assertEquals("uses the LZWDecode filter",
                InflationCheck.excess(ascii("%PDF-1.7\n1 0 obj\n<< /Filter /LZW#44ecode /Length 3 >>\nstream\nabc\n")));
        assertEquals("uses the RunLengthDecode filter",
                InflationCheck.excess(pdfWithStreams(zlib(ascii("2 0 obj [/RunLengthDecode] endobj")))));
    }

    private static byte[] pdfWithStreams(byte[]... streams) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.7\n"));
        for (int i = 0; i < streams.length; i++) {
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n<< /Filter /FlateDecode /Length " + streams[i].length + " >>\nstream\r\n"));
            pdf.writeBytes(streams[i]);
            pdf.writeBytes(ascii("\nendstream\nendobj\n"));
        }
        return pdf.toByteArray();
    }

    private static byte[] zlib(InputSource source) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed)) {
            source.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] zlib(byte[] data) {
        return zlib(out -> out.write(data));
    }

    /** Zeros written a megabyte at a time: never held whole. */
    private static InputSource zeros(long count) {
        return out -> {
            byte[] chunk = new byte[(int) MB];
            for (long left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        };
    }

    private interface InputSource {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

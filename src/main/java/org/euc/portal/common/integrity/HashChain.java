package org.euc.portal.common.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.euc.portal.common.i18n.Phrase;

/**
 * SHA-256 hash chains: each record's hash covers its predecessor's hash and its own canonical
 * fields, so changing, removing or inserting any record breaks every link after it.
 */
public final class HashChain {

    /** The "previous hash" of the first record of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hashOf(String previousHash, ChainLink link) {
        CanonicalForm form = new CanonicalForm().add("previous", previousHash).add("position", link.position());
        link.writeCanonicalFields(form);
        return sha256Hex(form.toBytes());
    }

    /**
     * Walks a chain in position order and reports the first broken link, described as a phrase
     * worded when it is read (positions as text, so every language shows them as stored). The
     * iterator may stream from the database: nothing is kept but the last hash, so memory stays
     * flat for any length.
     */
    public static ChainVerification verify(Iterator<? extends ChainLink> links) {
        String expectedPrevious = GENESIS;
        long expectedPosition = 1;
        long checked = 0;
        while (links.hasNext()) {
            ChainLink link = links.next();
            if (link.position() != expectedPosition) {
                return ChainVerification.broken(checked, expectedPosition,
                        Phrase.of("integrity.break.recordMissing", expectedPosition, link.position()));
            }
            if (!expectedPrevious.equals(link.previousHash())) {
                return ChainVerification.broken(checked, link.position(),
                        Phrase.of("integrity.break.recordUnlinked", link.position(), link.position() - 1));
            }
            String recomputed = hashOf(link.previousHash(), link);
            if (!recomputed.equals(link.hash())) {
                return ChainVerification.broken(checked, link.position(),
                        Phrase.of("integrity.break.recordAltered", link.position()));
            }
            expectedPrevious = link.hash();
            expectedPosition++;
            checked++;
        }
        return ChainVerification.intact(checked, expectedPrevious);
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.euc.portal.common.integrity;

/** One record of a hash chain: it stores the hash of its predecessor and its own hash. */
public interface ChainLink {

    /** Position in the chain, increasing by one from the first record. */
    long position();

    String previousHash();

    String hash();

    /** Writes every field the hash covers, except the two hashes themselves. */
    void writeCanonicalFields(CanonicalForm form);
}

package org.euc.portal.common.checkpoint;

import java.security.cert.X509Certificate;

/**
 * The key that seals checkpoints: the ministry's, which also seals issued certificates. An
 * interface only so that {@code common} need not know the signature feature that holds the key.
 */
public interface ChainSeal {

    /** A detached signature over the bytes, with {@link #algorithm()}. */
    byte[] signBytes(byte[] data);

    /** Whether the signature was made over exactly these bytes by the key of {@link #certificate()}. */
    boolean verifiesBytes(byte[] data, byte[] signature);

    /** The JCA signature algorithm, e.g. SHA256withRSA. */
    String algorithm();

    X509Certificate certificate();
}

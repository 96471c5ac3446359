package org.euc.portal.signature.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.euc.portal.common.checkpoint.ChainSeal;
import org.euc.portal.common.config.PortalSettings;

/**
 * Seals the certificates the ministry issues with the ministry's own key (PAdES-B-B through
 * {@link PadesSigner}). The key comes from a PKCS#12 keystore named by settings read through
 * {@code PortalSettings}: system property {@code euc.ministry-keystore} or
 * environment variable {@code EUC_MINISTRY_KEYSTORE}, likewise {@code EUC_MINISTRY_KEYSTORE_PASSWORD}
 * and the optional {@code EUC_MINISTRY_KEY_ALIAS} (default: the first key entry).
 *
 * <p>The keystore is read on first use, not at deployment, so a portal without a seal still starts
 * and only issuing fails, with a message naming the variable to set. A failed read is not
 * remembered: fixing the file is enough, no redeployment needed.
 */
@ApplicationScoped
public class MinistrySeal implements ChainSeal {

    static final String KEYSTORE_SETTING = "euc.ministry-keystore";
    static final String PASSWORD_SETTING = "euc.ministry-keystore-password";
    static final String ALIAS_SETTING = "euc.ministry-key-alias";

    private final Path keystore;
    private final char[] password;
    private final String alias;
    /** Stateless; created here rather than injected so that tests need no container. */
    private final PadesSigner signer = new PadesSigner();
    private volatile SealingKey sealingKey;

    /** The ministry's key as configured for the server. */
    public MinistrySeal() {
        this(PortalSettings.value(KEYSTORE_SETTING).map(Path::of).orElse(null),
                PortalSettings.value(PASSWORD_SETTING).map(String::toCharArray).orElse(null),
                PortalSettings.value(ALIAS_SETTING).orElse(null));
    }

    /**
     * @param keystore the PKCS#12 file; null means not configured
     * @param password its password (also the key's); null means not set
     * @param alias the key entry to use; null for the first key entry
     */
    MinistrySeal(Path keystore, char[] password, String alias) {
        this.keystore = keystore;
        this.password = password == null ? null : password.clone();
        this.alias = alias == null || alias.isBlank() ? null : alias.trim();
    }

    /** Whether a keystore is named at all; whether it can be opened shows on first use. */
    public boolean isConfigured() {
        return keystore != null;
    }

    /**
     * @param pdf the issued certificate as rendered
     * @param reason written to the signature's /Reason; may be null
     * @return the sealed PDF, the input unchanged as its first bytes
     * @throws IllegalStateException when the seal is not configured or its keystore unusable
     */
    public byte[] seal(byte[] pdf, String reason) {
        Objects.requireNonNull(pdf, "pdf");
        SealingKey key = sealingKey();
        return signer.sign(pdf, key.privateKey(), key.chain(), key.signerName(), reason, Instant.now());
    }

    /** The ministry's certificate, e.g. for the verification page to show who seals. */
    @Override
    public X509Certificate certificate() {
        return sealingKey().chain()[0];
    }

    /** Seals a checkpoint statement: a plain detached signature, checkable with the certificate alone. */
    @Override
    public byte[] signBytes(byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm());
            signature.initSign(sealingKey().privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ministry key cannot sign: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verifiesBytes(byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(algorithm());
            signature.initVerify(certificate().getPublicKey());
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature verifies nothing
        }
    }

    @Override
    public String algorithm() {
        return "EC".equals(certificate().getPublicKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private record SealingKey(PrivateKey privateKey, X509Certificate[] chain, String signerName) {
    }

    private SealingKey sealingKey() {
        SealingKey loaded = sealingKey;
        if (loaded == null) {
            synchronized (this) {
                loaded = sealingKey;
                if (loaded == null) {
                    loaded = load();
                    sealingKey = loaded;
                }
            }
        }
        return loaded;
    }

    private SealingKey load() {
        if (keystore == null) {
            throw new IllegalStateException("The ministry seal is not configured: set EUC_MINISTRY_KEYSTORE"
                    + " (or the system property " + KEYSTORE_SETTING + ") to the path of the ministry's PKCS#12"
                    + " keystore and EUC_MINISTRY_KEYSTORE_PASSWORD to its password.");
        }
        if (password == null) {
            throw new IllegalStateException("The ministry keystore " + keystore + " has no password configured:"
                    + " set EUC_MINISTRY_KEYSTORE_PASSWORD (or the system property " + PASSWORD_SETTING + ").");
        }
        KeyStore store = open();
        try {
            String entry = alias != null ? alias : firstKeyEntry(store);
            if (entry == null || !store.isKeyEntry(entry)) {
                throw new IllegalStateException("The ministry keystore " + keystore + " holds no private key "
                        + (alias == null ? "entry" : "entry named " + alias + " (EUC_MINISTRY_KEY_ALIAS)") + ".");
            }
            Key key = store.getKey(entry, password);
            Certificate[] chain = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0
                    || !Arrays.stream(chain).allMatch(X509Certificate.class::isInstance)) {
                throw new IllegalStateException("The key entry " + entry + " of the ministry keystore " + keystore
                        + " is not a private key with an X.509 certificate chain.");
            }
            X509Certificate[] x509Chain = Arrays.copyOf(chain, chain.length, X509Certificate[].class);
            return new SealingKey(privateKey, x509Chain, commonName(x509Chain[0]));
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ministry keystore " + keystore + " cannot be used: "
                    + e.getMessage() + ".", e);
        }
    }

    private KeyStore open() {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // The JDK reports a wrong PKCS#12 password as an IOException caused by UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(e);
            }
            throw new IllegalStateException("The ministry keystore " + keystore + " (EUC_MINISTRY_KEYSTORE) cannot"
                    + " be read as PKCS#12: " + e.getClass().getSimpleName() + ": " + e.getMessage() + ".", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ministry keystore " + keystore + " cannot be opened: "
                    + e.getMessage() + ".", e);
        }
    }

    private IllegalStateException wrongPassword(Exception cause) {
        return new IllegalStateException("The ministry keystore " + keystore + " cannot be opened with the password"
                + " in EUC_MINISTRY_KEYSTORE_PASSWORD: the password is wrong.", cause);
    }

    private static String firstKeyEntry(KeyStore store) throws GeneralSecurityException {
        for (String entry : Collections.list(store.aliases())) {
            if (store.isKeyEntry(entry)) {
                return entry;
            }
        }
        return null;
    }

    /** The seal's /Name: the certificate's CN, else its whole subject. */
    private static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] commonNames = subject.getRDNs(BCStyle.CN);
        if (commonNames.length == 0) {
            return certificate.getSubjectX500Principal().getName();
        }
        ASN1Encodable value = commonNames[0].getFirst().getValue();
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }
}

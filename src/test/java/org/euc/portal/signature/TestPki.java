package org.euc.portal.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certification authority for tests and the local demo stack: issues signing
 * certificates with any validity period, including already expired or not yet valid ones. Keys come
 * from the JDK's own providers; BouncyCastle only builds the certificates.
 */
public final class TestPki {

    /** The alias of the key entry in keystores written by {@link #toPkcs12}. */
    public static final String KEY_ALIAS = "signer";

    private static final String ORGANISATION = "EUC Portal Test PKI";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a signer holds: the private key, its certificate and the chain up to the CA. */
    public record Credentials(PrivateKey key, X509Certificate certificate, X509Certificate[] chain) {
    }

    /** Key types the test CA can certify. */
    public enum KeyType {
        RSA_2048, EC_P256
    }

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    /** A new CA named "EUC Portal Test CA", valid from ten years ago to ten years ahead. */
    public TestPki() {
        this("EUC Portal Test CA");
    }

    public TestPki(String caCommonName) {
        try {
            caKeys = generateKeys(KeyType.RSA_2048);
            Instant now = Instant.now();
            X500Name caName = name(caCommonName);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caName, serialNumber(),
                    Date.from(now.minus(Duration.ofDays(3650))), Date.from(now.plus(Duration.ofDays(3650))),
                    caName, caKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(caKeys.getPublic()));
            caCertificate = signedByCa(builder);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the test CA", e);
        }
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** An RSA signing certificate (digitalSignature + nonRepudiation) valid between the two instants. */
    public Credentials issue(String commonName, Instant notBefore, Instant notAfter) {
        return issue(commonName, notBefore, notAfter, KeyType.RSA_2048);
    }

    public Credentials issue(String commonName, Instant notBefore, Instant notAfter, KeyType keyType) {
        return issue(commonName, notBefore, notAfter, keyType, KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /** A currently valid certificate for other uses than signing, e.g. {@code KeyUsage.keyEncipherment}. */
    public Credentials issueForKeyUsage(String commonName, int keyUsage) {
        Instant now = Instant.now();
        return issue(commonName, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), KeyType.RSA_2048, keyUsage);
    }

    private Credentials issue(String commonName, Instant notBefore, Instant notAfter, KeyType keyType, int keyUsage) {
        try {
            KeyPair keys = generateKeys(keyType);
            // Issuer taken from the CA certificate itself: re-parsing its name as a string would
            // reorder the RDNs and the PKCS#12 store would then refuse the chain.
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), name(commonName), keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(caCertificate));
            X509Certificate certificate = signedByCa(builder);
            return new Credentials(keys.getPrivate(), certificate, new X509Certificate[] {certificate, caCertificate});
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a test certificate for " + commonName, e);
        }
    }

    /** A certificate valid from 30 days ago to a year ahead. */
    public Credentials issueCurrentlyValid(String commonName) {
        Instant now = Instant.now();
        return issue(commonName, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    /** A PKCS#12 keystore holding the credentials as one key entry {@link #KEY_ALIAS}, chain included. */
    public static byte[] toPkcs12(Credentials credentials, char[] password) {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(KEY_ALIAS, credentials.key(), password, credentials.chain());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keyStore.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the PKCS#12 keystore", e);
        }
    }

    private X509Certificate signedByCa(X509v3CertificateBuilder builder)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
    }

    private static KeyPair generateKeys(KeyType keyType) throws GeneralSecurityException {
        KeyPairGenerator generator;
        if (keyType == KeyType.EC_P256) {
            generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        } else {
            generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
        }
        return generator.generateKeyPair();
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static BigInteger serialNumber() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }
}

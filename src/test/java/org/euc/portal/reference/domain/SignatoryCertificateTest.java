package org.euc.portal.reference.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.euc.portal.reference.domain.SignatoryCertificate.Problem;
import org.euc.portal.signature.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatoryCertificateTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static TestPki pki;
    private static X509Certificate valid;
    private static byte[] validDer;

    @BeforeAll
    static void issueCertificates() throws Exception {
        pki = new TestPki();
        valid = pki.issue("Anna Signer", NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)))
                .certificate();
        validDer = valid.getEncoded();
    }

    @Test
    void aValidSigningCertificateInDerIsAcceptableAndFingerprintedLikeASignatory() {
        SignatoryCertificate read = SignatoryCertificate.read(validDer, NOW);

        assertTrue(read.acceptable());
        assertNull(read.problem());
        assertEquals(List.of(), read.problems());
        assertArrayEquals(validDer, readDer(read));
        assertEquals(Signatory.fingerprintOf(valid), read.fingerprint());
        assertEquals(HexFormat.of().formatHex(sha256(validDer)), read.fingerprint());
    }

    @Test
    void theSameCertificateInPemGivesTheSameFingerprint() {
        SignatoryCertificate read = SignatoryCertificate.read(pem(validDer).getBytes(StandardCharsets.US_ASCII), NOW);

        assertTrue(read.acceptable(), read::toString);
        assertArrayEquals(validDer, readDer(read));
        assertEquals(Signatory.fingerprintOf(valid), read.fingerprint());
    }

    @Test
    void textAroundThePemBlockAndWindowsLineEndsAreTolerated() {
        String upload = "Bag Attributes\r\n    friendlyName: signer\r\n"
                + "subject=O = EUC Portal Test PKI, CN = Anna Signer\r\n\r\n"
                + pem(validDer).replace("\n", "\r\n") + "\r\ntrailing notes\r\n";

        SignatoryCertificate read = SignatoryCertificate.read(upload.getBytes(StandardCharsets.US_ASCII), NOW);

        assertTrue(read.acceptable(), read::toString);
        assertEquals(Signatory.fingerprintOf(valid), read.fingerprint());
    }

    @Test
    void garbageEmptyAndOversizedUploadsAreNotCertificates() {
        assertNotACertificate(new byte[0]);
        assertNotACertificate(null);
        assertNotACertificate("hello, I am a certificate".getBytes(StandardCharsets.US_ASCII));
        assertNotACertificate(new byte[] {0x30, (byte) 0x82, 0x01, 0x00, 0x01, 0x02});
        assertNotACertificate("-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertNotACertificate("-----BEGIN CERTIFICATE-----\nMIIB\n".getBytes(StandardCharsets.US_ASCII));

        String atLimit = pem(validDer) + " ".repeat(SignatoryCertificate.MAX_BYTES - pem(validDer).length());
        assertTrue(SignatoryCertificate.read(atLimit.getBytes(StandardCharsets.US_ASCII), NOW).acceptable(),
                "64 KB exactly is still read");
        assertNotACertificate((atLimit + " ").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void severalCertificatesAreRefusedInPemAndInDer() {
        byte[] caDer = encoded(pki.caCertificate());
        assertNotACertificate((pem(validDer) + pem(caDer)).getBytes(StandardCharsets.US_ASCII));
        assertNotACertificate(concat(validDer, caDer));
        assertNotACertificate(concat(validDer, new byte[] {0}));
    }

    @Test
    void anExpiredCertificateIsReadButRefused() {
        X509Certificate expired = pki.issue("Old Signer", NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35))).certificate();

        SignatoryCertificate read = SignatoryCertificate.read(encoded(expired), NOW);

        assertFalse(read.acceptable());
        assertEquals(Problem.EXPIRED, read.problem());
        assertEquals(Signatory.fingerprintOf(expired), read.fingerprint(), "still shown to the administrator");
        assertEquals("signatoryCertificate.EXPIRED", read.problem().messageKey());
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        X509Certificate future = pki.issue("Future Signer", NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(400))).certificate();

        assertEquals(List.of(Problem.NOT_YET_VALID), SignatoryCertificate.read(encoded(future), NOW).problems());
    }

    @Test
    void validityBoundsAreInclusiveLikeSignatoryIsCertificateValidAt() {
        Instant notAfter = valid.getNotAfter().toInstant();
        Instant notBefore = valid.getNotBefore().toInstant();

        assertTrue(SignatoryCertificate.read(validDer, notAfter).acceptable());
        assertEquals(Problem.EXPIRED, SignatoryCertificate.read(validDer, notAfter.plusSeconds(1)).problem());
        assertTrue(SignatoryCertificate.read(validDer, notBefore).acceptable());
        assertEquals(Problem.NOT_YET_VALID, SignatoryCertificate.read(validDer, notBefore.minusSeconds(1)).problem());
    }

    @Test
    void aKeyUsageWithoutSignatureIsRefused() throws Exception {
        byte[] encipherment = selfSigned(new KeyUsage(KeyUsage.keyEncipherment), null);

        SignatoryCertificate read = SignatoryCertificate.read(encipherment, NOW);

        assertEquals(List.of(Problem.NO_SIGNING_KEY_USAGE), read.problems());
    }

    @Test
    void nonRepudiationAloneOrNoKeyUsageAtAllAllowsSigning() throws Exception {
        assertTrue(SignatoryCertificate.read(selfSigned(new KeyUsage(KeyUsage.nonRepudiation), null), NOW)
                .acceptable());
        assertTrue(SignatoryCertificate.read(selfSigned(new KeyUsage(KeyUsage.digitalSignature), null), NOW)
                .acceptable());
        assertTrue(SignatoryCertificate.read(selfSigned(null, null), NOW).acceptable(), "RFC 5280: no restriction");
    }

    @Test
    void aCaCertificateIsRefusedBeforeAnythingElse() throws Exception {
        SignatoryCertificate ca = SignatoryCertificate.read(encoded(pki.caCertificate()), NOW);
        // the test CA's keyUsage is keyCertSign + cRLSign: both problems, the CA one first
        assertEquals(List.of(Problem.CA_CERTIFICATE, Problem.NO_SIGNING_KEY_USAGE), ca.problems());
        assertEquals(Problem.CA_CERTIFICATE, ca.problem());

        byte[] caThatMaySign = selfSigned(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign),
                new BasicConstraints(0));
        assertEquals(List.of(Problem.CA_CERTIFICATE), SignatoryCertificate.read(caThatMaySign, NOW).problems());
        byte[] endEntity = selfSigned(new KeyUsage(KeyUsage.digitalSignature), new BasicConstraints(false));
        assertTrue(SignatoryCertificate.read(endEntity, NOW).acceptable());
    }

    private static void assertNotACertificate(byte[] upload) {
        SignatoryCertificate read = SignatoryCertificate.read(upload, NOW);
        assertEquals(List.of(Problem.NOT_A_CERTIFICATE), read.problems());
        assertFalse(read.acceptable());
        assertNull(read.certificate());
        assertNull(read.fingerprint());
    }

    /** A self-signed EC certificate valid now, with the given extensions (none when null). */
    private static byte[] selfSigned(KeyUsage keyUsage, BasicConstraints basicConstraints) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Test Holder,O=EUC Portal Test PKI");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(NOW.toEpochMilli()), Date.from(NOW.minus(Duration.ofDays(1))),
                Date.from(NOW.plus(Duration.ofDays(30))), name, keys.getPublic());
        if (keyUsage != null) {
            builder.addExtension(Extension.keyUsage, true, keyUsage);
        }
        if (basicConstraints != null) {
            builder.addExtension(Extension.basicConstraints, true, basicConstraints);
        }
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        return certificate.getEncoded();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    private static byte[] readDer(SignatoryCertificate read) {
        return encoded(read.certificate());
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

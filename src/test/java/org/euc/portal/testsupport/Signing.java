package org.euc.portal.testsupport;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import org.euc.portal.signature.TestPki;
import org.euc.portal.signature.service.PadesSigner;

/** Signs PDFs the way an agency's signatory would: PAdES with the portal's own signer code. */
public final class Signing {

    private static final PadesSigner SIGNER = new PadesSigner();

    private Signing() {
    }

    public static byte[] sign(byte[] pdf, TestPki.Credentials credentials) {
        return SIGNER.sign(pdf, credentials.key(), credentials.chain(),
                credentials.certificate().getSubjectX500Principal().getName(), "test signature", Instant.now());
    }

    /**
     * The document as it was before its last signature was added: the bytes up to the end of the
     * revision that precedes the signature's incremental update. Lets a test check a sealed PDF
     * whose unsealed original it never saw.
     */
    public static byte[] revisionBeforeSignature(byte[] signed) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            int signatureStart = document.getLastSignatureDictionary().getByteRange()[1];
            String text = new String(signed, 0, signatureStart, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.lastIndexOf("%%EOF") + "%%EOF".length();
            while (end < signed.length && (signed[end] == '\r' || signed[end] == '\n')) {
                end++;
            }
            return Arrays.copyOf(signed, end);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DEMO ONLY: the credentials in an agency's demo keystore. */
    public static TestPki.Credentials demoSignatoryOf(String agencyCode) {
        try (InputStream in = Files.newInputStream(TestStack.demoKeystore(agencyCode))) {
            char[] password = TestStack.demoKeystorePassword(agencyCode);
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, password);
            String alias = keystore.aliases().nextElement();
            X509Certificate[] chain = Arrays.stream(keystore.getCertificateChain(alias))
                    .map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
            return new TestPki.Credentials((PrivateKey) keystore.getKey(alias, password), chain[0], chain);
        } catch (Exception e) {
            throw new IllegalStateException("demo keystore of " + agencyCode + " not readable", e);
        }
    }
}

package org.euc.portal.signature.tool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.euc.portal.signature.service.PadesSigner;

/**
 * Signs a PDF with a PKCS#12 keystore, for signatories without signing software: the same PAdES
 * signature the portal expects, made by {@link PadesSigner}.
 *
 * <pre>./mvnw -q -Psign -Dpdf=certificate.pdf -Dkeystore=signatory.p12 -Dpassword=secret [-Dalias=…] [-Dout=…]</pre>
 */
public final class SignPdfCommand {

    static final String REASON = "End-use certificate signed by the agency's signatory";

    private SignPdfCommand() {
    }

    public static void main(String[] args) {
        try {
            String out = System.getProperty("out");
            SignedPdf signed = signAndTell(Path.of(requiredProperty("pdf")), Path.of(requiredProperty("keystore")),
                    requiredProperty("password").toCharArray(), System.getProperty("alias"),
                    out == null || out.isBlank() ? null : Path.of(out));
            System.out.println("Signed " + signed.file() + " as " + signed.signerName());
        } catch (RuntimeException e) {
            // One sentence for someone who just wants a signed file, not a stack trace.
            System.err.println(e.getMessage() != null ? e.getMessage() : "Signing failed: " + e);
            System.exit(1);
        }
    }

    /**
     * Signs {@code pdf} with a key entry of a PKCS#12 keystore and writes the result.
     *
     * @param alias the key entry to use; null for the first key entry
     * @param out where to write; null for the input's name ending in "-signed.pdf", next to it
     * @return where the signed PDF was written
     * @throws IllegalArgumentException with one plain sentence when anything stands in the way
     */
    public static Path sign(Path pdf, Path keystore, char[] password, String alias, Path out) {
        return signAndTell(pdf, keystore, password, alias, out).file();
    }

    private record SignedPdf(Path file, String signerName) {
    }

    private static SignedPdf signAndTell(Path pdf, Path keystore, char[] password, String alias, Path out) {
        byte[] document = read(pdf, "PDF");
        KeyStore store = open(keystore, password);
        String keyAlias = alias == null || alias.isBlank() ? firstKeyAlias(store, keystore) : alias;
        PrivateKey key = privateKey(store, keystore, keyAlias, password);
        X509Certificate[] chain = certificateChain(store, keystore, keyAlias);
        String signerName = commonName(chain[0]);
        byte[] signed;
        try {
            signed = new PadesSigner().sign(document, key, chain, signerName, REASON, Instant.now());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Could not sign " + pdf + ": " + e.getMessage() + ".", e);
        }
        Path target = out != null ? out : defaultOutput(pdf);
        try {
            Files.write(target, signed);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Could not write " + target + ": its folder does not exist.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not write " + target + ": " + e.getMessage() + ".", e);
        }
        return new SignedPdf(target, signerName);
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no " + what + " at " + file + ".", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Could not read the " + what + " " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static KeyStore open(Path keystore, char[] password) {
        byte[] bytes = read(keystore, "keystore");
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Could not open " + keystore + ": wrong password, or not a PKCS#12 (.p12/.pfx) keystore.", e);
        }
    }

    private static String firstKeyAlias(KeyStore store, Path keystore) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return alias;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Could not list the entries of " + keystore + ".", e);
        }
        throw new IllegalArgumentException("The keystore " + keystore + " holds no private key.");
    }

    private static PrivateKey privateKey(KeyStore store, Path keystore, String alias, char[] password) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new IllegalArgumentException(
                        "The keystore " + keystore + " has no key entry named '" + alias + "'.");
            }
            return (PrivateKey) store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException("The key '" + alias + "' in " + keystore
                    + " is protected by a password other than the keystore's.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Could not read the key '" + alias + "' from " + keystore + ".", e);
        }
    }

    private static X509Certificate[] certificateChain(KeyStore store, Path keystore, String alias) {
        try {
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
                throw new IllegalArgumentException(
                        "The key '" + alias + "' in " + keystore + " has no X.509 certificate.");
            }
            X509Certificate[] x509Chain = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                x509Chain[i] = (X509Certificate) chain[i];
            }
            return x509Chain;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "Could not read the certificates of '" + alias + "' from " + keystore + ".", e);
        }
    }

    /** The certificate's CN, or its whole subject when it has none. */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] commonNames = subject.getRDNs(BCStyle.CN);
        if (commonNames.length == 0) {
            return certificate.getSubjectX500Principal().getName();
        }
        ASN1Encodable value = commonNames[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    private static Path defaultOutput(Path pdf) {
        String name = pdf.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(stem + "-signed.pdf");
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing -D" + name + "=…; usage: -Dpdf=<file.pdf> -Dkeystore=<file.p12>"
                    + " -Dpassword=<password> [-Dalias=<key alias>] [-Dout=<signed.pdf>]");
        }
        return value;
    }
}

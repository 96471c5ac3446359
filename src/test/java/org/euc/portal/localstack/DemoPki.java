package org.euc.portal.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.euc.portal.signature.TestPki;

/**
 * DEMO ONLY: a demo certificate authority and one signatory per demo agency, generated on first
 * run into a git-ignored folder ({@code .euc/demo-pki}, or the test run's own folder): PKCS#12
 * keystores for signing, certificates for the portal to register. Private keys never leave it.
 */
final class DemoPki {

    /** The demo agencies' signatories: agency code, name, title. */
    private static final List<String[]> SIGNATORIES = List.of(
            new String[] {"ARC-NPA", "Amelia Reyes", "Director of Technical Operations"},
            new String[] {"BOR-CTU", "Bjorn Halvorsen", "Head of the Counter-Terrorism Unit"},
            new String[] {"CAS-SIS", "Carmen Solis", "Deputy Director"});

    private static final String PASSWORDS = "keystores.properties";
    /** The ministry's demo key, which seals issued certificates. */
    static final String MINISTRY = "MINISTRY";
    private static final String SIGNATORY_FILE = "signatories.properties";

    private final Path folder;

    DemoPki(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /**
     * Creates the PKI unless the folder already holds a complete one, and returns each keystore's
     * password by agency code (and {@link #MINISTRY}).
     */
    Map<String, String> ensureGenerated() {
        if (!Files.exists(folder.resolve(PASSWORDS)) || read(folder.resolve(PASSWORDS)).getProperty(MINISTRY) == null) {
            generate();
        }
        Properties passwords = read(folder.resolve(PASSWORDS));
        Map<String, String> byAgency = new LinkedHashMap<>();
        SIGNATORIES.forEach(s -> byAgency.put(s[0], passwords.getProperty(s[0])));
        byAgency.put(MINISTRY, passwords.getProperty(MINISTRY));
        return byAgency;
    }

    Path keystoreOf(String agencyCode) {
        return folder.resolve(agencyCode + ".p12");
    }

    private void generate() {
        try {
            Files.createDirectories(folder);
            TestPki pki = new TestPki("EUC Portal Demo CA (DEMO ONLY)");
            Files.writeString(folder.resolve("demo-ca.crt"), pem(pki.caCertificate()));
            Properties passwords = new Properties();
            Properties signatories = new Properties();
            StringBuilder agencies = new StringBuilder();
            for (String[] signatory : SIGNATORIES) {
                String agency = signatory[0];
                TestPki.Credentials credentials = pki.issue(signatory[1] + ", " + agency,
                        Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3 * 365)));
                String password = randomPassword();
                Files.write(keystoreOf(agency), TestPki.toPkcs12(credentials, password.toCharArray()));
                Files.writeString(folder.resolve(agency + ".crt"), pem(credentials.certificate()));
                passwords.setProperty(agency, password);
                signatories.setProperty(agency + ".name", signatory[1]);
                signatories.setProperty(agency + ".title", signatory[2]);
                agencies.append(agencies.length() == 0 ? "" : ",").append(agency);
            }
            TestPki.Credentials ministry = pki.issue("Ministry of Defence, Export Licensing (DEMO ONLY)",
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5 * 365)));
            String ministryPassword = randomPassword();
            Files.write(keystoreOf(MINISTRY), TestPki.toPkcs12(ministry, ministryPassword.toCharArray()));
            passwords.setProperty(MINISTRY, ministryPassword);
            signatories.setProperty("agencies", agencies.toString());
            write(folder.resolve(PASSWORDS), passwords, "DEMO ONLY: passwords of the demo signatories' PKCS#12 keystores");
            write(folder.resolve(SIGNATORY_FILE), signatories, "DEMO ONLY: demo signatories, registered by the portal at startup");
        } catch (IOException e) {
            throw new StackException("Could not create the demo signing keys in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new StackException("Could not read " + file + ": delete " + file.getParent() + " to generate new demo keys.", e);
        }
        return properties;
    }

    private static void write(Path file, Properties properties, String comment) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, comment);
        }
    }
}

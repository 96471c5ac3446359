package org.euc.portal.testsupport.incontainer;

import jakarta.enterprise.inject.spi.CDI;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.review.service.CaseReview;
import org.euc.portal.review.service.ReviewDecisions;
import org.euc.portal.signature.service.PadesSigner;
import org.euc.portal.testsupport.DemoUser;

/**
 * Brings certificates into the state an in-container test needs, inside the server, through the
 * portal's own services as the importer would: drafted, declared, generated, signed by the agency's
 * demo signatory (its keystore from the demo PKI folder the portal was started with) and submitted.
 */
public final class Certificates {

    private Certificates() {
    }

    /** A certificate of the importer's agency, signed and submitted. @return its reference */
    public static String submittedBy(DemoUser importer) {
        return RunAs.user(importer, () -> {
            CertificateDrafting drafting = bean(CertificateDrafting.class);
            DemoSignatory demo = demoSignatoryOf(importer.agency());
            Signatory signatory = drafting.availableSignatories().stream()
                    .filter(s -> s.getFingerprint().equals(Signatory.fingerprintOf(demo.chain()[0])))
                    .findFirst().orElseThrow(() -> new AssertionError("demo signatory of " + importer.agency()));
            String reference = drafting.createDraft(new RevisionDetails("In-container exporter",
                    "EL-IC-" + System.nanoTime(), "In-container system", SystemCategory.MOBILE_FORENSICS, 1, 1,
                    LocalDate.now().plusDays(1), LocalDate.now().plusYears(1)), signatory.getId());
            drafting.declarePurposes(reference, version(reference), EnumSet.of(TerroristAct.KIDNAPPING_OR_HOSTAGE_TAKING),
                    Set.of());
            drafting.acceptUndertakings(reference, version(reference), EnumSet.allOf(Undertaking.class));
            byte[] generated = drafting.generateDocument(reference, version(reference), Locale.ENGLISH).getContent();
            byte[] signed = new PadesSigner().sign(generated, demo.key(), demo.chain(),
                    demo.chain()[0].getSubjectX500Principal().getName(), "in-container test", Instant.now());
            if (!drafting.attachSignedDocument(reference, signed, reference + "-signed.pdf").accepted()) {
                throw new AssertionError("the demo signature of " + reference + " was refused");
            }
            drafting.submit(reference, version(reference));
            return reference;
        });
    }

    /**
     * A certificate of the importer's agency approved under four eyes: claimed by the reviewer, the
     * approval (valid from today for a year) proposed by them and confirmed by the senior reviewer.
     */
    public static String approvedBy(DemoUser importer, DemoUser reviewer, DemoUser senior) {
        String reference = submittedBy(importer);
        ReviewDecisions decisions = bean(ReviewDecisions.class);
        long proposal = RunAs.user(reviewer, () -> {
            decisions.claim(reference, reviewVersion(reference));
            return decisions.propose(reference, reviewVersion(reference), new Decision(DecisionKind.APPROVE,
                    DecisionReason.MEETS_REQUIREMENTS, "Complete and eligible.", null),
                    new ApprovalTerms(LocalDate.now(), LocalDate.now().plusYears(1), null));
        });
        RunAs.user(senior, () -> decisions.confirm(reference, reviewVersion(reference), proposal));
        return reference;
    }

    /** The certificate's version as the ministry reads it (call as a reviewer or senior reviewer). */
    public static long reviewVersion(String reference) {
        return bean(CaseReview.class).caseFile(reference).certificate().version();
    }

    /** The certificate's version as its agency reads it (call as the importer). */
    public static long version(String reference) {
        return bean(CertificateQueries.class).agencyCertificate(reference).version();
    }

    public static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private record DemoSignatory(PrivateKey key, X509Certificate[] chain) {
    }

    /** DEMO ONLY: the agency's demo keystore, with the password the stack wrote next to it. */
    private static DemoSignatory demoSignatoryOf(String agency) throws Exception {
        Path folder = Path.of(bean(PortalSettings.class).demoPkiDirectory()
                .orElseThrow(() -> new AssertionError("the portal was started without demo PKI")));
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("keystores.properties"))) {
            passwords.load(in);
        }
        char[] password = passwords.getProperty(agency).toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve(agency + ".p12"))) {
            keystore.load(in, password);
        }
        String alias = keystore.aliases().nextElement();
        return new DemoSignatory((PrivateKey) keystore.getKey(alias, password), Arrays.stream(keystore.getCertificateChain(alias))
                .map(X509Certificate.class::cast).toArray(X509Certificate[]::new));
    }
}

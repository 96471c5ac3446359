package org.euc.portal.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.persistence.SchemaReady;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.Signatory;

/**
 * DEMO DATA ONLY. Registers the demo signatories whose certificates the local stack generated
 * (EUC_DEMO_PKI_DIR: {@code signatories.properties} plus one {@code <AGENCY>.crt} per agency),
 * so the demo journey can be signed with the demo keystores. Runs only with EUC_DEMO_DATA=true;
 * a real signatory is registered by an administrator.
 */
@ApplicationScoped
public class DemoSignatories {

    private static final Logger LOG = Logger.getLogger(DemoSignatories.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog auditLog;

    @Transactional
    void registerAtStartup(@Observes SchemaReady schema) {
        if (!schema.demoData() || settings.demoPkiDirectory().isEmpty()) {
            return;
        }
        Path folder = Path.of(settings.demoPkiDirectory().get());
        Properties signatories = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("signatories.properties"))) {
            signatories.load(reader);
        } catch (IOException e) {
            LOG.warning(() -> "Demo signatories not registered: cannot read " + folder + "/signatories.properties");
            return;
        }
        for (String agencyCode : signatories.getProperty("agencies", "").split(",")) {
            if (!agencyCode.isBlank()) {
                register(folder, agencyCode.trim(), signatories);
            }
        }
    }

    private void register(Path folder, String agencyCode, Properties signatories) {
        X509Certificate certificate = readCertificate(folder.resolve(agencyCode + ".crt"));
        Agency agency = referenceData.agencyByCode(agencyCode).orElse(null);
        if (certificate == null || agency == null
                || referenceData.signatoryByFingerprint(Signatory.fingerprintOf(certificate)).isPresent()) {
            return;
        }
        Signatory signatory = Signatory.register(agency, signatories.getProperty(agencyCode + ".name"),
                signatories.getProperty(agencyCode + ".title"), certificate, "system", Instant.now());
        em.persist(signatory);
        auditLog.recordBySystem(AuditAction.SIGNATORY_REGISTERED, "SIGNATORY", signatory.getFingerprint(),
                "demo signatory " + signatory.getName() + " of " + agencyCode);
        LOG.info(() -> "Demo signatory " + signatory.getName() + " registered for " + agencyCode);
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            LOG.warning(() -> "Demo signatory certificate " + file + " not readable: " + e.getMessage());
            return null;
        }
    }
}

package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.Signatory;
import org.euc.portal.reference.domain.SignatoryCertificate;

/**
 * The people who may sign an agency's certificates, each known by an X.509 certificate the
 * ministry registered: the portal trusts a signature only when its certificate is registered here.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Transactional
public class SignatoryAdministration {

    static final int TEXT_MAX_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    /** Every signatory the agency ever had, current ones first. */
    public List<Signatory> signatoriesOf(String agencyCode) {
        requireAgency(agencyCode);
        return em.createQuery("SELECT s FROM Signatory s WHERE s.agency.code = :agency "
                        + "ORDER BY CASE WHEN s.revokedAt IS NULL THEN 0 ELSE 1 END, s.validUntil DESC, s.name", Signatory.class)
                .setParameter("agency", agencyCode).getResultList();
    }

    /**
     * Registers the holder of an uploaded certificate (PEM or DER) as a signatory of the agency.
     * A refused upload is written to the audit log with its reason: someone tried to make a
     * certificate trusted.
     *
     * @return the certificate's SHA-256 fingerprint
     */
    public String register(String agencyCode, String name, String title, byte[] upload) {
        Agency agency = requireAgency(agencyCode);
        String cleanName = requiredText(name, "rule.signatory.name");
        String cleanTitle = requiredText(title, "rule.signatory.title");
        Instant now = clock.instant();
        SignatoryCertificate certificate = SignatoryCertificate.read(upload == null ? new byte[0] : upload, now);
        if (!certificate.acceptable()) {
            auditLog.recordAtOnce(AuditAction.SIGNATORY_REFUSED, "AGENCY", agencyCode,
                    certificate.problem() + (certificate.fingerprint() == null ? "" : ", fingerprint " + certificate.fingerprint()));
            throw new RuleViolationException(certificate.problem().messageKey());
        }
        boolean known = !em.createQuery("SELECT s.id FROM Signatory s WHERE s.fingerprint = :fingerprint", Long.class)
                .setParameter("fingerprint", certificate.fingerprint()).getResultList().isEmpty();
        if (known) {
            auditLog.recordAtOnce(AuditAction.SIGNATORY_REFUSED, "AGENCY", agencyCode,
                    "already registered, fingerprint " + certificate.fingerprint());
            throw new RuleViolationException("rule.signatory.alreadyRegistered", certificate.fingerprint());
        }
        Signatory signatory = Signatory.register(agency, cleanName, cleanTitle, certificate.certificate(), caller.name(), now);
        em.persist(signatory);
        auditLog.record(AuditAction.SIGNATORY_REGISTERED, "SIGNATORY", signatory.getFingerprint(),
                cleanName + ", " + cleanTitle + ", agency " + agencyCode + ", subject " + signatory.getSubject()
                        + ", valid until " + signatory.getValidUntil());
        return signatory.getFingerprint();
    }

    /**
     * Ends the signatory's right to sign from the start of a day (UTC), today at the earliest: from
     * then on no new submission signed with the certificate is accepted. A past date is refused
     * because documents signed in between were accepted in good faith; suspend those instead.
     */
    public void revoke(String fingerprint, LocalDate from, String reason, long expectedVersion) {
        Signatory signatory = em.createQuery("SELECT s FROM Signatory s WHERE s.fingerprint = :fingerprint", Signatory.class)
                .setParameter("fingerprint", fingerprint).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Signatory", fingerprint));
        if (signatory.getVersion() != expectedVersion) {
            throw RuleViolationException.concurrentChange();
        }
        if (signatory.getRevokedAt() != null) {
            throw new RuleViolationException("rule.signatory.alreadyRevoked", signatory.getName());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (from == null || from.isBefore(today)) {
            throw new RuleViolationException("rule.signatory.revocationDate");
        }
        String cleanReason = requiredText(reason, "rule.decision.rationaleRequired");
        Instant at = from.equals(today) ? now : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        signatory.revoke(at, cleanReason);
        List<String> flagged = flagCertificatesSignedBy(signatory,
                Phrase.of("flagDetail.signatoryRevoked", signatory.getName(), from, cleanReason), now);
        auditLog.record(AuditAction.SIGNATORY_REVOKED, "SIGNATORY", fingerprint,
                signatory.getName() + " from " + at + ": " + cleanReason + "; flagged " + flagged.size() + " certificates");
    }

    /**
     * Every certificate still in force or in review whose current revision this signatory signed
     * gets a blocking flag: an open case cannot be approved until a reviewer has judged it, and an
     * approved or suspended one waits for a reviewer to decide whether it stands. The reviewers are
     * told which ones. @return the references flagged
     */
    private List<String> flagCertificatesSignedBy(Signatory signatory, Phrase detail, Instant now) {
        List<Certificate> signed = em.createQuery("SELECT c FROM Certificate c JOIN c.revisions r "
                        + "WHERE r.number = c.currentRevisionNumber AND r.signatory = :signatory AND c.status IN :statuses "
                        + "ORDER BY c.reference", Certificate.class)
                .setParameter("signatory", signatory)
                .setParameter("statuses", EnumSet.of(CertificateStatus.SUBMITTED, CertificateStatus.UNDER_REVIEW,
                        CertificateStatus.APPROVED, CertificateStatus.SUSPENDED))
                .getResultList();
        signed.forEach(certificate -> certificate.raiseFlag(FlagRule.SIGNATORY_REVOKED, detail, Caller.SYSTEM, now));
        List<String> references = signed.stream().map(Certificate::getReference).toList();
        if (!references.isEmpty()) {
            for (String role : List.of(Roles.REVIEWER, Roles.SENIOR_REVIEWER)) {
                notifications.toRole(role, NotificationKind.SIGNATORY_REVOKED, "", signatory.getName(),
                        signatory.getAgency().getCode(), String.join(", ", references));
            }
        }
        return references;
    }

    private Agency requireAgency(String code) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.code = :code", Agency.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NoSuchRecordException("Agency", code));
    }

    private static String requiredText(String text, String ruleKey) {
        if (text == null || text.isBlank() || text.strip().length() > TEXT_MAX_LENGTH) {
            throw new RuleViolationException(ruleKey, TEXT_MAX_LENGTH);
        }
        return text.strip();
    }
}

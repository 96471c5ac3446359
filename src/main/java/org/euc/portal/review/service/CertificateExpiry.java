package org.euc.portal.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;

/** Approved certificates whose validity has ended become EXPIRED, by the portal itself. */
@ApplicationScoped
public class CertificateExpiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    /** @return how many certificates expired now */
    @Transactional
    public int expireDue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Certificate> due = em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.agency "
                        + "WHERE c.status = :approved AND c.approvedUntil < :today", Certificate.class)
                .setParameter("approved", CertificateStatus.APPROVED)
                .setParameter("today", today)
                .getResultList();
        Instant now = clock.instant();
        for (Certificate certificate : due) {
            certificate.expire(now);
            notifications.toAgency(certificate.getAgency().getCode(), NotificationKind.CERTIFICATE_EXPIRED,
                    certificate.getReference(), certificate.getApprovedUntil().toString());
            auditLog.recordBySystem(AuditAction.CERTIFICATE_EXPIRED, "CERTIFICATE", certificate.getReference(),
                    "approved until " + certificate.getApprovedUntil());
        }
        return due.size();
    }
}

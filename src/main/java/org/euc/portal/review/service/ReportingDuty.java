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
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.security.Caller;

/**
 * An approved certificate's agency must keep its ledger current: when it has recorded nothing and
 * attested nothing for the reporting period (EUC_REPORTING_PERIOD_DAYS, default 90) since the
 * approval took effect or its last entry, the certificate gets a "failure to report" flag for the
 * reviewers, once; the agency's next entry or no-use attestation closes it.
 */
@ApplicationScoped
public class ReportingDuty {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    /** Flags every approved certificate silent for longer than the period. @return how many were flagged */
    @Transactional
    public int flagSilentLedgers() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int period = settings.reportingPeriodDays();
        LocalDate silentSince = today.minusDays(period);
        List<Certificate> silent = em.createQuery("SELECT c FROM Certificate c WHERE c.status = :approved "
                        + "AND c.approvedFrom < :silentSince "
                        + "AND NOT EXISTS (SELECT e FROM LedgerEntry e WHERE e.certificate = c AND e.recordedAt >= :since) "
                        + "AND NOT EXISTS (SELECT f FROM ComplianceFlag f WHERE f.certificate = c AND f.rule = :rule "
                        + "AND f.resolvedAt IS NULL)", Certificate.class)
                .setParameter("approved", CertificateStatus.APPROVED)
                .setParameter("silentSince", silentSince)
                .setParameter("since", silentSince.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("rule", FlagRule.LEDGER_FAILURE_TO_REPORT)
                .getResultList();
        Instant now = clock.instant();
        for (Certificate certificate : silent) {
            certificate.raiseFlag(FlagRule.LEDGER_FAILURE_TO_REPORT,
                    Phrase.of("flagDetail.silentLedger", silentSince, period), Caller.SYSTEM, now);
            auditLog.recordBySystem(AuditAction.LEDGER_FAILURE_TO_REPORT_FLAGGED, "CERTIFICATE", certificate.getReference(),
                    "silent since " + silentSince);
        }
        return silent.size();
    }
}

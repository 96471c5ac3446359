package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.euc.portal.admin.service.CountryDelisting;
import org.euc.portal.common.security.Roles;

/**
 * The portal's own scheduled work on certificates: expiring those whose validity ended,
 * suspending approved certificates of countries whose delisting took effect, and flagging approved
 * certificates whose ledger stayed silent for the reporting period. Run by the timer every hour,
 * or at once by an administrator.
 */
@ApplicationScoped
public class ReviewJobs {

    @Inject
    CertificateExpiry expiry;

    @Inject
    CountryDelisting delisting;

    @Inject
    ReportingDuty reportingDuty;

    /** What one run did. */
    public record Outcome(int expired, int suspended, int flaggedForNotReporting) {

        boolean changedAnything() {
            return expired + suspended + flaggedForNotReporting > 0;
        }

        /** For the log and the audit event of a scheduled run. */
        String summary() {
            return expired + " certificates expired, " + suspended + " suspended after country delisting, "
                    + flaggedForNotReporting + " flagged for not reporting";
        }
    }

    /** For the timer, which runs without a user. */
    Outcome run() {
        return new Outcome(expiry.expireDue(), delisting.applyDelistingsInForce(), reportingDuty.flagSilentLedgers());
    }

    @RolesAllowed(Roles.ADMIN)
    public Outcome runNow() {
        return run();
    }
}

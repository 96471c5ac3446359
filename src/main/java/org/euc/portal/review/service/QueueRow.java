package org.euc.portal.review.service;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.review.domain.ReviewTarget;

/** One case in the review queue, read by a single constructor query (flags and proposals as subqueries). */
public record QueueRow(
        String reference,
        String agencyCode,
        String agencyName,
        String countryCode,
        CertificateStatus status,
        Instant waitingSince,
        String assignee,
        long openFlags,
        long blockingFlags,
        DecisionKind openProposal) implements Serializable {

    /** Days waiting against the 20-working-day target, as of today (UTC). */
    public ReviewTarget target() {
        LocalDate entered = waitingSince == null ? LocalDate.now(Clock.systemUTC())
                : LocalDate.ofInstant(waitingSince, ZoneOffset.UTC);
        return ReviewTarget.of(entered, LocalDate.now(Clock.systemUTC()));
    }
}

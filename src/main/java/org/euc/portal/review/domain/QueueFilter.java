package org.euc.portal.review.domain;

import java.io.Serializable;
import org.euc.portal.certificate.domain.CertificateStatus;

/**
 * What the review queue is narrowed to; null fields do not filter. Without a status the queue
 * shows every open case (submitted, under review, suspended, or with a proposal awaiting confirmation).
 *
 * @param assignee user name, or {@link #UNASSIGNED} for cases nobody has taken
 */
public record QueueFilter(CertificateStatus status, String countryCode, String agencyCode, String assignee,
        boolean onlyFlagged) implements Serializable {

    public static final String UNASSIGNED = "-";

    public static QueueFilter openCases() {
        return new QueueFilter(null, null, null, null, false);
    }

    public QueueFilter assignedTo(String user) {
        return new QueueFilter(status, countryCode, agencyCode, user, onlyFlagged);
    }
}

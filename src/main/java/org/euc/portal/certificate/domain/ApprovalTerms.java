package org.euc.portal.certificate.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.euc.portal.common.domain.RuleViolationException;

/**
 * What an approval grants: the validity period and any conditions attached to it.
 *
 * @param validFrom first day the certificate is valid
 * @param validUntil last day the certificate is valid
 * @param conditions conditions of use, or null
 */
public record ApprovalTerms(LocalDate validFrom, LocalDate validUntil, String conditions) implements Serializable {

    public ApprovalTerms {
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw new RuleViolationException("rule.approval.validity");
        }
        conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
    }
}

package org.euc.portal.ledger.domain;

import org.euc.portal.certificate.domain.FlagRule;

/** A rule's finding about a ledger entry; becomes a compliance flag on the certificate. */
public record Finding(FlagRule rule, String detail) {
}

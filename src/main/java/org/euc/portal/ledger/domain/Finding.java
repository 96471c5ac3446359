package org.euc.portal.ledger.domain;

import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.i18n.Phrase;

/** A rule's finding about a ledger entry; becomes a compliance flag on the certificate. */
public record Finding(FlagRule rule, Phrase detail) {
}

package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Labelled;

/** A four-eyes proposal is open until a different senior reviewer confirms it or its proposer withdraws it. */
public enum ProposalState implements Labelled {
    OPEN,
    CONFIRMED,
    WITHDRAWN;

    @Override
    public String labelKey() {
        return "proposal.state." + name();
    }
}

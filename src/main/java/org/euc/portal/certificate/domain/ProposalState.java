package org.euc.portal.certificate.domain;

/** A four-eyes proposal is open until a different senior reviewer confirms it or its proposer withdraws it. */
public enum ProposalState {
    OPEN,
    CONFIRMED,
    WITHDRAWN
}

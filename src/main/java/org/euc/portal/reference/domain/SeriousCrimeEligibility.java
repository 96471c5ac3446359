package org.euc.portal.reference.domain;

/** Whether an offence counts as a serious crime a certificate may name. Message: {@code eligibility.NAME}. */
public enum SeriousCrimeEligibility {
    ELIGIBLE,
    /** national law punishes it with less than six years of imprisonment */
    PENALTY_UNDER_SIX_YEARS,
    /** its conduct is expressing an opinion or criticism, or presenting data about the state */
    EXPRESSION_CARVE_OUT;

    public boolean isEligible() {
        return this == ELIGIBLE;
    }

    public String messageKey() {
        return "eligibility." + name();
    }
}

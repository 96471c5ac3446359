package org.euc.portal.reference.domain;

import org.euc.portal.common.i18n.Labelled;

/** What kind of body an end-user agency is. */
public enum AgencyKind implements Labelled {
    POLICE,
    INTELLIGENCE,
    MILITARY,
    JUDICIAL,
    OTHER;

    @Override
    public String labelKey() {
        return "agencyKind." + name();
    }
}

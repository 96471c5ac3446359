package org.euc.portal.reference.domain;

/** What kind of body an end-user agency is. */
public enum AgencyKind {
    POLICE,
    INTELLIGENCE,
    MILITARY,
    JUDICIAL,
    OTHER
}

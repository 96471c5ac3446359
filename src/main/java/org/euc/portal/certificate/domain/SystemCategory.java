package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Labelled;

/** What kind of cyber or surveillance system is exported. Label: {@code systemCategory.NAME}. */
public enum SystemCategory implements Labelled {
    LAWFUL_INTERCEPTION,
    MOBILE_FORENSICS,
    REMOTE_DEVICE_ACCESS,
    NETWORK_MONITORING,
    OSINT,
    OTHER;

    @Override
    public String labelKey() {
        return "systemCategory." + name();
    }
}

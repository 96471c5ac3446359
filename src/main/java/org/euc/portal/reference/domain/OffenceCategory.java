package org.euc.portal.reference.domain;

import org.euc.portal.common.i18n.Labelled;

/**
 * What kind of conduct an offence punishes. {@link #EXPRESSION} marks offences whose conduct is
 * expressing an opinion or criticism or presenting data about the state: never a serious crime
 * under the carve-out, whatever the penalty. Label: {@code offenceCategory.NAME}.
 */
public enum OffenceCategory implements Labelled {
    VIOLENCE,
    ORGANISED_CRIME,
    DRUGS,
    ARMS,
    CYBER,
    FINANCIAL,
    SEXUAL_EXPLOITATION,
    HUMAN_TRAFFICKING,
    PROPERTY,
    PUBLIC_ORDER,
    EXPRESSION,
    OTHER;

    @Override
    public String labelKey() {
        return "offenceCategory." + name();
    }
}

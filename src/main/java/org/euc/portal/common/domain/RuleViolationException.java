package org.euc.portal.common.domain;

import java.util.Arrays;

/**
 * A request the portal's rules refuse: an illegal transition, an offence that is not a serious
 * crime, a stale edit. Carries a message key (and its arguments) so that pages can say it in the
 * user's language and the API in English; nothing was changed when it is thrown.
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Someone else changed the record since the caller last saw it. */
    public static RuleViolationException concurrentChange() {
        return new RuleViolationException("rule.concurrentChange");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

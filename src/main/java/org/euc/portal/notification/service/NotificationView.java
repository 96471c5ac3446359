package org.euc.portal.notification.service;

import java.io.Serializable;
import java.time.Instant;
import org.euc.portal.notification.domain.NotificationKind;

/** A notification as its reader sees it: the text key with its arguments, and whether they read it. */
public record NotificationView(long id, NotificationKind kind, String certificateReference, Object[] textArguments,
        Instant createdAt, boolean read) implements Serializable {
}

package org.euc.portal.notification.service;

import java.io.Serializable;
import java.time.Instant;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.notification.domain.NotificationKind;

/** A notification as its reader sees it: its sentence, to be worded in their language, and whether they read it. */
public record NotificationView(long id, NotificationKind kind, String certificateReference, Phrase text,
        Instant createdAt, boolean read) implements Serializable {
}

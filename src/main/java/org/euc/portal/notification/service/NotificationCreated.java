package org.euc.portal.notification.service;

import org.euc.portal.notification.domain.Notification;

/** Fired when a notification is stored; after commit it may also go out by e-mail. */
public record NotificationCreated(Notification notification) {
}

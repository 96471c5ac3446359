package org.euc.portal.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.euc.portal.notification.service.Notifications;

/** The unread count in the header, counted once per page. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    Notifications notifications;

    private long unread;

    @PostConstruct
    void count() {
        unread = notifications.unreadCount();
    }

    public long getUnread() {
        return unread;
    }
}

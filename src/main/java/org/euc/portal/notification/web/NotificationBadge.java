package org.euc.portal.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.euc.portal.notification.service.Notifications;

/** The unread count in the header, counted once per page. */
@Named
@RequestScoped
public class NotificationBadge {

    private static final Logger LOG = Logger.getLogger(NotificationBadge.class.getName());

    @Inject
    Notifications notifications;

    private long unread;

    @PostConstruct
    void count() {
        try {
            unread = notifications.unreadCount();
        } catch (RuntimeException e) {
            // the header is decoration: without the database every page, the error page above all, still renders
            LOG.fine(() -> "Header without the unread count: " + e);
        }
    }

    public long getUnread() {
        return unread;
    }
}

package org.euc.portal.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.notification.service.NotificationView;
import org.euc.portal.notification.service.Notifications;

/** The caller's notifications, newest first, with a link to the certificate each one is about. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    Notifications notifications;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<NotificationView> latest = List.of();

    @PostConstruct
    void load() {
        latest = notifications.latest(SHOWN);
    }

    public void markAllRead() {
        notifications.markAllRead();
        latest = notifications.latest(SHOWN);
    }

    /** Importers open their certificate page; ministry staff the case. */
    public String linkTo(NotificationView notification) {
        return (caller.hasRole(Roles.IMPORTER) ? "/importer/certificate.xhtml?ref=" : "/review/case.xhtml?ref=")
                + notification.certificateReference();
    }

    /** The notification's sentence in the reader's language. */
    public String text(NotificationView notification) {
        return notification.text().in(messages.locale());
    }

    public List<NotificationView> getLatest() {
        return latest;
    }
}

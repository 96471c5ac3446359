package org.euc.portal.notification.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.domain.DirectoryUser;
import org.euc.portal.directory.service.DirectoryUnavailableException;
import org.euc.portal.directory.service.KeycloakDirectory;
import org.euc.portal.notification.domain.Notification;

/**
 * Sends each notification by e-mail too, when SMTP is configured: after the transaction that
 * created it committed (no mail about a decision that was rolled back), on another thread (the
 * user does not wait for Keycloak and SMTP), to the addresses Keycloak has for its recipients.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    KeycloakDirectory directory;

    @Inject
    PortalSettings settings;

    @Resource
    ManagedExecutorService executor;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
        if (!mailer.isEnabled()) {
            return;
        }
        Notification notification = event.notification();
        executor.submit(() -> deliver(notification));
    }

    private void deliver(Notification notification) {
        try {
            List<String> addresses = recipients(notification).stream().map(DirectoryUser::email)
                    .filter(email -> email != null && !email.isBlank()).distinct().toList();
            String text = MessageCatalog.text(Locale.ENGLISH, notification.getKind().textKey(), notification.getKind()
                    .shownArguments(notification.textArguments(), key -> MessageCatalog.text(Locale.ENGLISH, key)));
            String link = settings.publicUrl() + (notification.getCertificateReference() == null ? "notifications.xhtml"
                    : (notification.getRecipientAgency() != null ? "importer/certificate.xhtml?ref=" : "review/case.xhtml?ref=")
                            + notification.getCertificateReference());
            mailer.send(addresses, "EUC Portal: " + text, text + "\n\n" + link + "\n\n"
                    + MessageCatalog.text(Locale.ENGLISH, "notification.mailFooter"));
        } catch (DirectoryUnavailableException e) {
            LOG.warning(() -> "Notification " + notification.getId() + " not e-mailed: " + e.getMessage());
        }
    }

    private List<DirectoryUser> recipients(Notification notification) {
        if (notification.getRecipientUser() != null) {
            return directory.user(notification.getRecipientUser()).stream().toList();
        }
        if (notification.getRecipientAgency() != null) {
            return directory.importersOf(notification.getRecipientAgency());
        }
        return directory.usersWithRole(notification.getRecipientRole() == null ? Roles.SENIOR_REVIEWER
                : notification.getRecipientRole());
    }
}

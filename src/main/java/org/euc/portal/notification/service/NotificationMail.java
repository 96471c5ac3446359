package org.euc.portal.notification.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * user does not wait for Keycloak and SMTP), to the addresses Keycloak has for its recipients,
 * each in the language they chose in the portal.
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
            String link = settings.publicUrl() + (notification.getCertificateReference() == null ? "notifications.xhtml"
                    : (notification.getRecipientAgency() != null ? "importer/certificate.xhtml?ref=" : "review/case.xhtml?ref=")
                            + notification.getCertificateReference());
            addressesByLanguage(recipients(notification)).forEach((language, addresses) -> {
                Mail mail = mail(notification, language, link);
                mailer.send(addresses, mail.subject(), mail.body());
            });
        } catch (DirectoryUnavailableException e) {
            LOG.warning(() -> "Notification " + notification.getId() + " not e-mailed: " + e.getMessage());
        }
    }

    /** A notification's e-mail in one language. */
    record Mail(String subject, String body) {
    }

    static Mail mail(Notification notification, Locale language, String link) {
        String text = notification.text().in(language);
        String subject = MessageCatalog.text(language, "notification.mailSubject", MessageCatalog.text(language, "app.name"), text);
        return new Mail(subject, text + "\n\n" + link + "\n\n" + MessageCatalog.text(language, "notification.mailFooter"));
    }

    /**
     * The recipients' addresses by the language they get their e-mails in: their own (Keycloak's
     * {@code locale}) when the portal speaks it, English otherwise. Each language gets one message,
     * its recipients in BCC.
     */
    static Map<Locale, List<String>> addressesByLanguage(List<DirectoryUser> recipients) {
        Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
        for (DirectoryUser recipient : recipients) {
            String email = recipient.email();
            if (email == null || email.isBlank()) {
                continue;
            }
            List<String> addresses = byLanguage.computeIfAbsent(MessageCatalog.language(recipient.locale()),
                    language -> new ArrayList<>());
            if (!addresses.contains(email)) {
                addresses.add(email);
            }
        }
        return byLanguage;
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

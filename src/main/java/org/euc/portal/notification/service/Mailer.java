package org.euc.portal.notification.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.euc.portal.common.config.PortalSettings;

/**
 * Sends plain-text notification e-mails through the server's mail session {@code java:jboss/mail/Euc}
 * (SMTP server from {@code EUC_SMTP_HOST}/{@code EUC_SMTP_PORT}, sender from {@code EUC_MAIL_FROM}).
 *
 * <p>Mail is optional and best effort: without {@code EUC_SMTP_HOST} nothing is sent, and a failure
 * to send is logged and swallowed, because a notification must never undo a decision or a record.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Euc")
    private Session session;

    /** Whether an SMTP server is configured ({@code euc.smtp-host} / {@code EUC_SMTP_HOST}). */
    public boolean isEnabled() {
        return PortalSettings.value("euc.smtp-host").isPresent();
    }

    /**
     * One message to all recipients, each in BCC so they do not see one another. Recipients
     * without an address are skipped; nothing is thrown.
     */
    public void send(Collection<String> recipients, String subject, String body) {
        if (!isEnabled()) {
            LOG.fine(() -> "E-mail \"" + subject + "\" not sent: EUC_SMTP_HOST is not set");
            return;
        }
        List<InternetAddress> addresses = addressesOf(recipients);
        if (addresses.isEmpty()) {
            LOG.fine(() -> "E-mail \"" + subject + "\" not sent: no recipient has an e-mail address");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(); // the session's mail.from (EUC_MAIL_FROM)
            message.setRecipients(Message.RecipientType.BCC, addresses.toArray(InternetAddress[]::new));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body == null ? "" : body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.fine(() -> "E-mail \"" + subject + "\" sent to " + addresses.size() + " recipient(s)");
        } catch (MessagingException | RuntimeException e) {
            // the message only: a stack trace per failed notification floods the log while SMTP is down
            LOG.warning(() -> "E-mail \"" + subject + "\" to " + addresses.size() + " recipient(s) not sent: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static List<InternetAddress> addressesOf(Collection<String> recipients) {
        List<InternetAddress> addresses = new ArrayList<>();
        if (recipients == null) {
            return addresses;
        }
        for (String recipient : recipients) {
            if (recipient == null || recipient.isBlank()) {
                continue;
            }
            try {
                InternetAddress address = new InternetAddress(recipient.trim(), true);
                if (addresses.stream().noneMatch(address::equals)) {
                    addresses.add(address);
                }
            } catch (AddressException e) {
                LOG.warning("Skipped a recipient whose e-mail address is not valid");
                LOG.fine(() -> "Invalid recipient address: " + recipient);
            }
        }
        return addresses;
    }
}

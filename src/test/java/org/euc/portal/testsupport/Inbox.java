package org.euc.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The e-mails the portal sent to one address, as the test run's own SMTP server received them. */
public final class Inbox {

    private final GreenMail mail;
    private final String address;

    private Inbox(GreenMail mail, String address) {
        this.mail = mail;
        this.address = address;
    }

    /** Absent when the tests are attached to a running stack, which sends its e-mails elsewhere. */
    public static Optional<Inbox> of(String address) {
        return TestStack.mailServer().map(mail -> new Inbox(mail, address));
    }

    /** Every message that reached the address (the portal sends with all recipients in BCC). */
    public List<MimeMessage> messages() {
        var user = mail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(stored -> {
                        try {
                            return stored.getMimeMessage();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The first message whose subject holds the text, waiting up to 30 seconds for it; null if none came. */
    public MimeMessage awaitSubjectContaining(String text) {
        return Eventually.await(() -> messages().stream().filter(m -> subjectOf(m).contains(text)).findFirst().orElse(null),
                found -> found != null, Duration.ofSeconds(30));
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}

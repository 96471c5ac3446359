package org.euc.portal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.euc.portal.common.i18n.Phrase;

/**
 * Something a person should know, addressed to one user, to every importer of an agency, or to
 * everyone holding a role. Whether it was read is kept per user. Its sentence is kept as a
 * phrase, {@code notification.KIND} with the reference and the arguments, worded in each reader's
 * language on the page and in the e-mail.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Separated the text arguments of notifications stored before phrases; never typed by a person. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user", updatable = false, length = 100)
    private String recipientUser;

    @Column(name = "recipient_agency", updatable = false, length = 20)
    private String recipientAgency;

    @Column(name = "recipient_role", updatable = false, length = 30)
    private String recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "certificate_reference", updatable = false, length = 20)
    private String certificateReference;

    /** Notifications stored before phrases (V20) only. */
    @Column(name = "text_arguments", updatable = false)
    private String textArguments;

    @Column(name = "text_phrase", updatable = false)
    private Phrase text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    private Notification(NotificationKind kind, String certificateReference, List<?> arguments, Instant createdAt) {
        this.kind = kind;
        this.certificateReference = certificateReference;
        this.text = Phrase.of(kind.textKey(), referenceFirst(certificateReference, arguments).toArray());
        this.createdAt = createdAt;
    }

    public static Notification toUser(String username, NotificationKind kind, String reference, List<?> arguments,
            Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientUser = username;
        return notification;
    }

    public static Notification toAgency(String agencyCode, NotificationKind kind, String reference,
            List<?> arguments, Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientAgency = agencyCode;
        return notification;
    }

    public static Notification toRole(String role, NotificationKind kind, String reference, List<?> arguments,
            Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientRole = role;
        return notification;
    }

    /** What the notification says, to be worded in the reader's language. */
    public Phrase text() {
        if (text != null) {
            return text;
        }
        List<String> own = textArguments == null ? List.of() : Arrays.asList(textArguments.split(SEPARATOR, -1));
        return kind.storedAsText(referenceFirst(certificateReference, own));
    }

    /** What {@code notification.KIND} expects: the reference ({0}, empty without one), then the arguments. */
    private static List<Object> referenceFirst(String reference, List<?> arguments) {
        List<Object> all = new ArrayList<>(arguments.size() + 1);
        all.add(reference == null ? "" : reference);
        all.addAll(arguments);
        return all;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getRecipientAgency() {
        return recipientAgency;
    }

    public String getRecipientRole() {
        return recipientRole;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getCertificateReference() {
        return certificateReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

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
import java.util.Arrays;
import java.util.List;

/**
 * Something a person should know, addressed to one user, to every importer of an agency, or to
 * everyone holding a role. Whether it was read is kept per user.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Separates the stored text arguments; never typed by a person. */
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

    @Column(name = "text_arguments", updatable = false)
    private String textArguments;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    private Notification(NotificationKind kind, String certificateReference, List<String> arguments, Instant createdAt) {
        this.kind = kind;
        this.certificateReference = certificateReference;
        this.textArguments = arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
        this.createdAt = createdAt;
    }

    public static Notification toUser(String username, NotificationKind kind, String reference, List<String> arguments,
            Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientUser = username;
        return notification;
    }

    public static Notification toAgency(String agencyCode, NotificationKind kind, String reference,
            List<String> arguments, Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientAgency = agencyCode;
        return notification;
    }

    public static Notification toRole(String role, NotificationKind kind, String reference, List<String> arguments,
            Instant now) {
        Notification notification = new Notification(kind, reference, arguments, now);
        notification.recipientRole = role;
        return notification;
    }

    /** The reference first, then the notification's own arguments: what {@code notification.KIND} expects. */
    public Object[] textArguments() {
        List<String> own = textArguments == null ? List.of() : Arrays.asList(textArguments.split(SEPARATOR, -1));
        Object[] all = new Object[own.size() + 1];
        all[0] = certificateReference == null ? "" : certificateReference;
        for (int i = 0; i < own.size(); i++) {
            all[i + 1] = own.get(i);
        }
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

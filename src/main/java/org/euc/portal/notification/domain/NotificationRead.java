package org.euc.portal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a user has read a notification (agency and role notifications are read per person). */
@Entity
@Table(name = "notification_read")
public class NotificationRead {

    @EmbeddedId
    private Key key;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected NotificationRead() {
        // for JPA
    }

    public NotificationRead(long notificationId, String username, Instant readAt) {
        this.key = new Key(notificationId, username);
        this.readAt = readAt;
    }

    /** Notification and reader. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "notification_id")
        private long notificationId;

        @Column(name = "username", length = 100)
        private String username;

        protected Key() {
            // for JPA
        }

        Key(long notificationId, String username) {
            this.notificationId = notificationId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && notificationId == that.notificationId
                    && Objects.equals(username, that.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }
}

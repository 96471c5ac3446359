package org.euc.portal.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.euc.portal.common.security.Caller;
import org.euc.portal.notification.domain.Notification;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.domain.NotificationRead;

/**
 * In-app notifications: sent inside the business transaction that caused them (so they exist
 * exactly when the decision does), read by whoever they are addressed to.
 */
@ApplicationScoped
public class Notifications {

    /** Addressed to the caller: personally, through their agency, or through one of their roles. */
    private static final String ADDRESSED_TO_CALLER = "(n.recipientUser = :me OR n.recipientAgency = :agency "
            + "OR n.recipientRole IN :roles)";
    private static final String UNREAD = "NOT EXISTS (SELECT r FROM NotificationRead r "
            + "WHERE r.key.notificationId = n.id AND r.key.username = :me)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<NotificationCreated> created;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void toAgency(String agencyCode, NotificationKind kind, String reference, Object... arguments) {
        store(Notification.toAgency(agencyCode, kind, reference, List.of(arguments), clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void toUser(String username, NotificationKind kind, String reference, Object... arguments) {
        store(Notification.toUser(username, kind, reference, List.of(arguments), clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void toRole(String role, NotificationKind kind, String reference, Object... arguments) {
        store(Notification.toRole(role, kind, reference, List.of(arguments), clock.instant()));
    }

    @Transactional
    public long unreadCount() {
        if (!caller.isAuthenticated()) {
            return 0;
        }
        return bind(em.createQuery("SELECT count(n) FROM Notification n WHERE " + ADDRESSED_TO_CALLER + " AND " + UNREAD,
                Long.class)).getSingleResult();
    }

    /** The caller's newest notifications, read ones included. */
    @Transactional
    public List<NotificationView> latest(int max) {
        List<Notification> notifications = bind(em.createQuery("SELECT n FROM Notification n WHERE "
                + ADDRESSED_TO_CALLER + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class))
                .setMaxResults(max).getResultList();
        List<Long> read = notifications.isEmpty() ? List.of() : em.createQuery("SELECT r.key.notificationId FROM "
                + "NotificationRead r WHERE r.key.username = :me AND r.key.notificationId IN :ids", Long.class)
                .setParameter("me", caller.name())
                .setParameter("ids", notifications.stream().map(Notification::getId).toList())
                .getResultList();
        return notifications.stream().map(n -> new NotificationView(n.getId(), n.getKind(), n.getCertificateReference(),
                n.text(), n.getCreatedAt(), read.contains(n.getId()))).toList();
    }

    /** Marks every notification addressed to the caller as read. */
    @Transactional
    public void markAllRead() {
        List<Long> unread = bind(em.createQuery("SELECT n.id FROM Notification n WHERE " + ADDRESSED_TO_CALLER + " AND "
                + UNREAD, Long.class)).getResultList();
        unread.forEach(id -> em.persist(new NotificationRead(id, caller.name(), clock.instant())));
    }

    private void store(Notification notification) {
        em.persist(notification);
        created.fire(new NotificationCreated(notification));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        List<String> roles = caller.roles();
        return query.setParameter("me", caller.name())
                .setParameter("agency", caller.agencyCode().orElse(""))
                .setParameter("roles", roles.isEmpty() ? List.of("") : roles);
    }
}

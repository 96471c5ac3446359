package org.euc.portal.common.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.euc.portal.common.integrity.CanonicalForm;
import org.euc.portal.common.integrity.ChainLink;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.integrity.Timestamps;

/**
 * One entry of the append-only audit log. Its id is its position in the hash chain; the database
 * refuses to update or delete it, and its hash covers every field and the previous entry's hash.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements ChainLink {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 200)
    private String actorRoles;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, length = 100)
    private String subjectId;

    @Column(updatable = false)
    private String details;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * Seals a new event onto the end of the chain.
     *
     * @param previous the current last event, or null when this is the first one
     */
    public static AuditEvent append(AuditEvent previous, Instant occurredAt, AuditRecord record) {
        AuditEvent event = new AuditEvent();
        event.id = previous == null ? 1 : previous.id + 1;
        event.previousHash = previous == null ? HashChain.GENESIS : previous.hash;
        event.occurredAt = Timestamps.toMicros(occurredAt);
        event.actor = record.actor();
        event.actorRoles = record.actorRoles();
        event.action = record.action();
        event.subjectType = record.subjectType();
        event.subjectId = record.subjectId();
        event.details = record.details();
        event.clientAddress = record.clientAddress();
        event.hash = HashChain.hashOf(event.previousHash, event);
        return event;
    }

    @Override
    public long position() {
        return id;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public void writeCanonicalFields(CanonicalForm form) {
        form.add("occurredAt", occurredAt)
                .add("actor", actor)
                .add("actorRoles", actorRoles)
                .add("action", action)
                .add("subjectType", subjectType)
                .add("subjectId", subjectId)
                .add("details", details)
                .add("clientAddress", clientAddress);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetails() {
        return details;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}

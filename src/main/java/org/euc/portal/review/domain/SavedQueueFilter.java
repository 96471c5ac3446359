package org.euc.portal.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.euc.portal.certificate.domain.CertificateStatus;

/** A reviewer's named queue filter, to come back to with one click. */
@Entity
@Table(name = "saved_queue_filter")
public class SavedQueueFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CertificateStatus status;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "agency_code", length = 20)
    private String agencyCode;

    @Column(length = 100)
    private String assignee;

    @Column(name = "only_flagged", nullable = false)
    private boolean onlyFlagged;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SavedQueueFilter() {
        // for JPA
    }

    public SavedQueueFilter(String owner, String name, QueueFilter filter, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.status = filter.status();
        this.countryCode = filter.countryCode();
        this.agencyCode = filter.agencyCode();
        this.assignee = filter.assignee();
        this.onlyFlagged = filter.onlyFlagged();
        this.createdAt = createdAt;
    }

    public QueueFilter filter() {
        return new QueueFilter(status, countryCode, agencyCode, assignee, onlyFlagged);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }
}

package org.euc.portal.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision of the ministry about a country: approved or not, from a given day, and why.
 * Decisions are never edited; the latest one in force on a day decides.
 */
@Entity
@Table(name = "country_approval")
public class CountryApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code", updatable = false)
    private Country country;

    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected CountryApproval() {
        // for JPA
    }

    public CountryApproval(Country country, boolean approved, LocalDate effectiveFrom, String reason, String decidedBy,
            Instant decidedAt) {
        this.country = country;
        this.approved = approved;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Country getCountry() {
        return country;
    }

    public boolean isApproved() {
        return approved;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

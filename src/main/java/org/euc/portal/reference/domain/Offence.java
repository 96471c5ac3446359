package org.euc.portal.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of an entry of a country's national offence catalogue. Versions are never edited:
 * a change closes this one ({@code effectiveUntil}) and adds the next, so what a certificate
 * declared stays exactly as it was.
 */
@Entity
@Table(name = "offence")
public class Offence {

    /** The ministry's threshold for a serious crime, in years of imprisonment. */
    public static final int SERIOUS_CRIME_MINIMUM_YEARS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @Column(name = "offence_code", nullable = false, updatable = false, length = 40)
    private String offenceCode;

    @Column(nullable = false, updatable = false, length = 200)
    private String statute;

    @Column(nullable = false, updatable = false, length = 300)
    private String name;

    @Column(name = "max_penalty_years", updatable = false)
    private Integer maxPenaltyYears;

    @Column(name = "life_imprisonment", nullable = false, updatable = false)
    private boolean lifeImprisonment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private OffenceCategory category;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    protected Offence() {
        // for JPA
    }

    public Offence(String countryCode, String offenceCode, String statute, String name, Integer maxPenaltyYears,
            boolean lifeImprisonment, OffenceCategory category, LocalDate effectiveFrom, String recordedBy,
            Instant recordedAt) {
        this.countryCode = countryCode;
        this.offenceCode = offenceCode;
        this.statute = statute;
        this.name = name;
        this.maxPenaltyYears = maxPenaltyYears;
        this.lifeImprisonment = lifeImprisonment;
        this.category = category;
        this.effectiveFrom = effectiveFrom;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Closes this version the day its successor takes effect; the successor is a new row, so a
     * certificate that declared this version keeps exactly what it declared.
     */
    public void closeOn(LocalDate successorEffectiveFrom) {
        if (!successorEffectiveFrom.isAfter(effectiveFrom)) {
            throw new org.euc.portal.common.domain.RuleViolationException("rule.offence.versionOrder", effectiveFrom);
        }
        effectiveUntil = successorEffectiveFrom;
    }

    /** Whether this offence may be declared as a purpose of a certificate, and if not, why. */
    public SeriousCrimeEligibility eligibility() {
        if (category == OffenceCategory.EXPRESSION) {
            return SeriousCrimeEligibility.EXPRESSION_CARVE_OUT;
        }
        if (!lifeImprisonment && (maxPenaltyYears == null || maxPenaltyYears < SERIOUS_CRIME_MINIMUM_YEARS)) {
            return SeriousCrimeEligibility.PENALTY_UNDER_SIX_YEARS;
        }
        return SeriousCrimeEligibility.ELIGIBLE;
    }

    public boolean isInForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveUntil == null || effectiveUntil.isAfter(day));
    }

    public Long getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getOffenceCode() {
        return offenceCode;
    }

    public String getStatute() {
        return statute;
    }

    public String getName() {
        return name;
    }

    public Integer getMaxPenaltyYears() {
        return maxPenaltyYears;
    }

    public boolean isLifeImprisonment() {
        return lifeImprisonment;
    }

    public OffenceCategory getCategory() {
        return category;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

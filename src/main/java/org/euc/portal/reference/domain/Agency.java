package org.euc.portal.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A government body of an applicant country that signs end-use certificates (the end user). */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgencyKind kind;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Agency() {
        // for JPA
    }

    public Agency(String code, String name, Country country, AgencyKind kind) {
        this.code = code;
        this.name = name;
        this.country = country;
        this.kind = kind;
        this.active = true;
    }

    /** An administrator corrects the agency's name or kind; its code and country never change. */
    public void rename(String newName, AgencyKind newKind) {
        this.name = newName;
        this.kind = newKind;
    }

    /** A deactivated agency keeps its history but its importers can no longer start certificates. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
